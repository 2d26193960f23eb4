const test = require('node:test');
const assert = require('node:assert/strict');
const { slugify, uniqueSlug } = require('../src/slug');

test('slugify strips punctuation', () => {
  assert.equal(slugify('  Hello, World! '), 'hello-world');
});

test('uniqueSlug appends a counter', () => {
  assert.equal(uniqueSlug('Hello World', new Set(['hello-world'])), 'hello-world-2');
});
