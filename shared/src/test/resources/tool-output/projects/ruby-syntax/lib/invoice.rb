class Invoice
  def initialize(lines)
    @lines = lines
  end

  def total
    @lines.sum do |line|
      line.price * line.quantity
  end
end
