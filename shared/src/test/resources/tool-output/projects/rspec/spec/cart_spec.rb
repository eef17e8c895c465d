require 'cart'

RSpec.describe Cart do
  it 'starts empty' do
    expect(Cart.new.total).to eq(0)
  end

  it 'sums the prices of its items' do
    cart = Cart.new
    cart.add(3)
    cart.add(4)
    expect(cart.total).to eq(7)
  end
end
