const test = require('node:test');
const assert = require('node:assert');
const { slugify } = require('../src/slug');

test('lowercases and joins words with dashes', () => {
  assert.strictEqual(slugify('Q4 Planning: Draft!'), 'q4-planning-draft');
});

test('keeps digits', () => {
  assert.strictEqual(slugify('Release 2.3'), 'release-2-3');
});
