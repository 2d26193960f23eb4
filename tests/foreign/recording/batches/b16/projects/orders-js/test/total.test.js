const test = require('node:test');
const assert = require('node:assert');
const { total } = require('../lib/total');

test('sums items', () => {
  assert.strictEqual(total({ id: 1, items: [{ price: 5, qty: 2 }, { price: 1, qty: 3 }] }), 13);
});

test('empty order is zero', () => {
  assert.strictEqual(total({ id: 3 }), 0);
});
