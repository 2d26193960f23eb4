'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { applyDiscount, formatEur } = require('../src/price');

test('formatEur uses a decimal comma', () => {
  assert.strictEqual(formatEur(1999), '19,99 €');
});

test('applyDiscount takes percent off', () => {
  assert.strictEqual(applyDiscount(2000, 15), 1700);
});
