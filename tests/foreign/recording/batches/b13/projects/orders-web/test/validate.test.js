'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { isValidOrder } = require('../src/validate');

test('accepts sku and positive qty', () => {
  assert.ok(isValidOrder({ sku: 'A1', qty: 2 }));
});

test('rejects a missing qty', () => {
  assert.ok(!isValidOrder({ sku: 'A1' }));
});
