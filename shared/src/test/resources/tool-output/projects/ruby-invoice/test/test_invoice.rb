require 'test/unit'
require 'invoice'

class TestInvoice < Test::Unit::TestCase
  def test_total_of_no_lines_is_zero
    assert_equal(0, Invoice.new([]).total)
  end

  def test_total_multiplies_price_and_quantity
    invoice = Invoice.new([{ price: 3, quantity: 2 }, { price: 5, quantity: 1 }])
    assert_equal(12, invoice.total)
  end

  def test_tax_is_twenty_percent
    assert_equal(2, Invoice.new([{ price: 10, quantity: 1 }]).tax)
  end
end
