const test = require('node:test');
const assert = require('node:assert');
const issues = require('./issues.json');

test('every issue has a slug', () => {
  for (const i of issues) assert.match(i.slug, /^\d{4}-\d{2}$/);
});
