'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { render } = require('../src/template');

test('fills variables', () => {
  assert.strictEqual(render('Hi {{name}}!', { name: ' Ana ' }), 'Hi Ana!');
});

test('missing variable renders empty', () => {
  assert.strictEqual(render('Hi {{name}}!', {}), 'Hi !');
});
