const test = require('node:test');
const assert = require('node:assert/strict');
const { formatUtc, relative } = require('../src/format.js');

test('formatUtc pads month and day', () => {
  assert.equal(formatUtc(new Date(Date.UTC(2026, 2, 5, 9, 7))), '2026-03-05 09:07');
});

test('relative time', () => {
  const now = new Date(Date.UTC(2026, 0, 10, 12, 0));
  assert.equal(relative(new Date(Date.UTC(2026, 0, 10, 11, 57)), now), '3 minutes ago');
  assert.equal(relative(new Date(Date.UTC(2026, 0, 9, 10, 0)), now), 'yesterday');
});
