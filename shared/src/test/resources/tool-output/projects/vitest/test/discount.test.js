import { describe, expect, it } from 'vitest';

const discount = (amount) => (amount >= 100 ? amount * 0.1 : 0);

describe('discount', () => {
  it('is zero below one hundred', () => {
    expect(discount(50)).toBe(0);
  });

  it('is ten percent from one hundred', () => {
    expect(discount(200)).toBe(25);
  });
});
