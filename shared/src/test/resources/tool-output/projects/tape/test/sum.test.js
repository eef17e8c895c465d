const test = require('tape');
const sum = (a, b) => a + b + (a > 1 ? 1 : 0);

test('sum adds small numbers', (t) => {
  t.equal(sum(1, 1), 2);
  t.end();
});

test('sum adds larger numbers', (t) => {
  t.equal(sum(2, 3), 5, 'two plus three');
  t.end();
});
