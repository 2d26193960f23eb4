const test = require('node:test');
const assert = require('node:assert/strict');
const { clamp } = require('../dist/index.js');

test('clamps low', () => assert.equal(clamp(-5, 0, 10), 0));
test('clamps high', () => assert.equal(clamp(42, 0, 10), 10));
