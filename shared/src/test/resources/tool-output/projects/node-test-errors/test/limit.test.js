const test = require('node:test');
const assert = require('node:assert');

// One test throws an error whose message fits on one line; node's TAP reporter quotes it inline. The other fails an
// assertion, whose message spans lines; the reporter prints it as a YAML block.
test('rejects a request over the limit', () => {
  throw new Error('rate limit exceeded for key "api"');
});

test('counts requests', () => {
  assert.strictEqual(1 + 1, 3);
});
