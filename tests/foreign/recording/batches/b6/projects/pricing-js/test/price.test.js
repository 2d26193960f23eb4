const test = require('node:test');
const assert = require('node:assert');
const { total } = require('../lib/price');

test('applies a 10% coupon', () => {
  assert.strictEqual(total([{ price: 10, qty: 2 }], { percent: 10 }), 18);
});

test('works without a coupon', () => {
  assert.strictEqual(total([{ price: 10, qty: 2 }, { price: 5, qty: 1 }]), 25);
});
