// Tests that pass, named after the inputs they feed the loader: TAP runners print each test's name.
const test = require('tape');

const load = (text) => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false };
  }
};

test('json - parse invalid json', (t) => {
  t.equal(load('{ retries: 3 }').ok, false, 'invalid JSON is rejected');
  t.end();
});

test('yaml - reports invalid YAML indentation', (t) => {
  t.equal(load('[1, 2]').ok, true);
  t.end();
});

test('invalid configuration falls back to defaults', (t) => {
  t.deepEqual(load('{"retries": 3}').value, { retries: 3 });
  t.end();
});
