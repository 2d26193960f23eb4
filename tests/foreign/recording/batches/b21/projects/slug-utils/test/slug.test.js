const test = require('node:test');
const assert = require('node:assert');
const { slugify } = require('../slug');

test('lowercases and joins words', () => {
  assert.strictEqual(slugify('Hello World'), 'hello-world');
});

test('drops trailing punctuation', () => {
  assert.strictEqual(slugify('Ship it!'), 'ship-it');
});

test('collapses repeated separators', () => {
  assert.strictEqual(slugify('a  --  b'), 'a-b');
});
