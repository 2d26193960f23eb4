#!/usr/bin/env node
'use strict';
const fs = require('fs');

const MAX = 80;
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: mdlint FILE...');
  process.exit(2);
}
let problems = 0;
for (const file of files) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.length > MAX) {
      console.log(`${file}:${i + 1}: line too long (${line.length} > ${MAX})`);
      problems++;
    }
    if (/\s+$/.test(line)) {
      console.log(`${file}:${i + 1}: trailing whitespace`);
      problems++;
    }
  });
}
console.log(`${problems} problem(s) in ${files.length} file(s)`);
process.exit(problems ? 1 : 0);
