require 'minitest/autorun'
require 'cart'

class CartTest < Minitest::Test
  i_suck_and_my_tests_are_order_dependent!

  def test_a_starts_empty
    assert_equal 0, Cart.new.total
  end

  def test_b_sums_one_item
    cart = Cart.new
    cart.add(3)
    assert_equal 3, cart.total
  end

  def test_c_sums_two_items
    cart = Cart.new
    cart.add(3)
    cart.add(4)
    assert_equal 7, cart.total
  end

  def test_d_sums_three_items
    cart = Cart.new
    [1, 2, 3].each { |price| cart.add(price) }
    assert_equal 6, cart.total
  end

  def test_e_prices_a_legacy_cart
    cart = Cart.new
    cart.add(2.5)
    assert_equal 3, cart.legacy_total
  end
end
