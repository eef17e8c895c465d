class Cart
  def initialize
    @prices = []
  end

  def add(price)
    @prices << price
  end

  def total
    @prices.sum
  end

  # Old carts are priced by the legacy rules, loaded only when one is met.
  def legacy_total
    require 'legacy_pricing'
    LegacyPricing.total(@prices)
  end
end
