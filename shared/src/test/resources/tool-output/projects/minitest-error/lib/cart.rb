class Cart
  def initialize
    @items = []
  end

  def add(price)
    @items << price
  end

  def total
    @items.sum + shipping
  end
end
