const { add, parse } = require('./calc');

describe('calc', () => {
  test('adds two numbers', () => {
    expect(add(2, 3)).toBe(5);
  });

  test('parses a number', () => {
    expect(parse('42')).toBe(42);
  });

  test('parses a word', () => {
    expect(parse('forty-two')).toBe(42);
  });
});
