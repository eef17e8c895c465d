module LegacyPricing
  def self.total(prices)
    rounded = prices.map(&:round)
    prices.sum
  end
end
