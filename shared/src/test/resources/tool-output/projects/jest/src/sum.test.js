const { sum } = require('./sum');

describe('Calc', () => {
  test('adds', () => {
    expect(sum(1, 2)).toBe(3);
  });

  test('divides', () => {
    expect(1 / 2).toBe(0.5);
  });
});
