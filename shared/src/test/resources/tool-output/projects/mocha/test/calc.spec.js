const assert = require('assert');

describe('Calc', function () {
  it('adds', function () {
    assert.strictEqual(1 + 2, 4, 'one plus two');
  });

  it('subtracts', function () {
    assert.strictEqual(3 - 2, 1);
  });
});
