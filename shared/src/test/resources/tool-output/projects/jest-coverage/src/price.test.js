const { price } = require('./price');

test('members get ten percent off', () => {
  expect(price(50, true)).toBe(45);
});
