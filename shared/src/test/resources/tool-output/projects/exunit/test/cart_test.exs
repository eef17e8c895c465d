defmodule CartTest do
  use ExUnit.Case

  test "an empty cart costs nothing" do
    assert Cart.total([]) == 0
  end

  test "sums the prices of its items" do
    assert Cart.total([3, 4]) == 7
  end
end
