const test = require('node:test');
const assert = require('node:assert');
const discount = require('../discount');

test('no discount', () => {
  assert.strictEqual(discount(10, 'NONE'), 10);
});
