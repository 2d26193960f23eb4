'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { slugify } = require('../lib/slug');

test('slugify joins words with dashes', () => {
  assert.equal(slugify('Release Notes 0.6'), 'release-notes-0-6');
});

test('slugify drops accents instead of letters', () => {
  assert.equal(slugify('Crème brûlée recipe'), 'creme-brulee-recipe');
});
