defmodule Invoice do
  def total(lines) do
    Enum.reduce(lines, 0, fn line, acc -> acc + line.price * quantity end)
  end
end
