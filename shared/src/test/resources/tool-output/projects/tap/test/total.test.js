const t = require('tap');
const total = require('../total');

t.test('adds all prices', async (t) => {
  t.equal(total([2, 3, 4]), 9);
});

t.test('an empty cart costs nothing', async (t) => {
  t.equal(total([]), 0);
});
