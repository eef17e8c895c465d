require 'cart'

RSpec.describe Basket do
  it 'starts empty' do
    expect(Basket.new.total).to eq(0)
  end
end
