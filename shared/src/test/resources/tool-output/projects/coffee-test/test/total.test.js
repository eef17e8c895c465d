const assert = require('assert');
const { total } = require('../src/total');

describe('total', () => {
  it('adds the prices', () => {
    assert.equal(total([1, 2]), 3);
  });
});
