require 'minitest/autorun'
require 'cart'

class CartTest < Minitest::Test
  def test_starts_empty
    assert_equal 0, Cart.new.total
  end

  def test_sums_the_prices_of_its_items
    cart = Cart.new
    cart.add(3)
    cart.add(4)
    assert_equal 7, cart.total
  end
end
