const test = require('node:test');
const assert = require('node:assert');
const { slugify } = require('../slug');

test('simple title', () => {
  assert.strictEqual(slugify('Hello World'), 'hello-world');
});

test('many words', () => {
  assert.strictEqual(slugify('  Release Notes for v2 '), 'release-notes-for-v2');
});
