const total = (items) => items.reduce((sum, item) => sum + item.price, 0) * 1.1;

describe('cart total', () => {
  it('is zero for an empty cart', () => {
    expect(total([])).toBe(0);
  });

  it('adds the item prices', () => {
    expect(total([{ price: 2 }, { price: 3 }])).toBe(5);
  });
});
