const test = require('ava');
const total = require('../total');

test('adds all prices', (t) => {
  t.is(total([2, 3, 4]), 9);
});

test('an empty cart costs nothing', (t) => {
  t.is(total([]), 0);
});
