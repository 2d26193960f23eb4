const test = require('node:test');
const assert = require('node:assert');
const { money } = require('..');

test('positive amounts', () => {
  assert.strictEqual(money(129900), '1299.00');
  assert.strictEqual(money(5), '0.05');
});

test('credit notes are negative', () => {
  assert.strictEqual(money(-1205), '-12.05');
});
