const test = require('node:test');
const assert = require('node:assert');

const slug = (title) => title.toLowerCase().replace(/ /g, '-');

test('slug lowercases words', () => {
  assert.strictEqual(slug('Hello World'), 'hello-world');
});

test('slug drops punctuation', () => {
  assert.strictEqual(slug('Hello, World!'), 'hello-world');
});
