import { readdir, readFile } from 'node:fs/promises';
const path = require('node:path');

const dir = process.argv[2] ?? 'transcripts';
const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));

let total = 0;
for (const file of files) {
  const text = await readFile(path.join(dir, file), 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  total += words;
  console.log(`${file.padEnd(24)} ${String(words).padStart(6)} words`);
}
console.log(`${'total'.padEnd(24)} ${String(total).padStart(6)} words, ~${Math.round(total * 1.33)} tokens`);
