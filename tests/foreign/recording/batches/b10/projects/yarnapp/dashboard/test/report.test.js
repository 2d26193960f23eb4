const test = require('node:test');
const assert = require('node:assert');
const { lines } = require('../src/report');

test('formats one order per line', () => {
  const out = lines([{ id: 'X-1', date: '2026-01-05T00:00:00Z', cents: 995 }]);
  assert.deepStrictEqual(out, ['X-1  05.01.2026  9.95 EUR']);
});
