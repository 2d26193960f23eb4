const test = require('node:test');
const assert = require('node:assert');
const { slugify } = require('../slug');

test('lower-cases words', () => {
  assert.strictEqual(slugify('Hello'), 'hello');
});

test('collapses runs of punctuation', () => {
  assert.strictEqual(slugify('Release notes: v2.1!'), 'release-notes-v2-1');
});
