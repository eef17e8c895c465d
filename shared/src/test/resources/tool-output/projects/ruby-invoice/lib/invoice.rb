class Invoice
  def initialize(lines)
    @lines = lines
  end

  def total
    @lines.sum { |line| line[:price] * line[:quantity] }
  end

  def tax
    total * rate
  end
end
