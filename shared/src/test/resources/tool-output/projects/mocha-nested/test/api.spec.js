const assert = require('assert');

// Like TypeScript's test runner: an unnamed root suite holds the nested ones.
describe('', function () {
  describe('Public APIs', function () {
    describe('for the compiler', function () {
      it('should be acknowledged when they change', function () {
        assert.strictEqual('export function a(): void;', 'export function b(): void;', 'the API baseline changed');
      });
    });
  });
});
