const test = require('node:test');
const assert = require('node:assert');
const { isOn, refreshSeconds } = require('./flags');

test('newCheckout is on', () => assert.strictEqual(isOn('newCheckout'), true));
test('unknown flags are off', () => assert.strictEqual(isOn('nope'), false));
test('refresh interval', () => assert.strictEqual(refreshSeconds, 30));
