'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { NoteStore } = require('../lib/store');

test('store assigns ids and slugs', () => {
  const s = new NoteStore();
  const a = s.add('First note');
  const b = s.add('Second note');
  assert.equal(a.id, 1);
  assert.equal(b.slug, 'second-note');
  assert.equal(s.list().length, 2);
});
