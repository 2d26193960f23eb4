'use strict';
const fs = require('node:fs');

const configPath = process.argv.includes('--config')
  ? process.argv[process.argv.indexOf('--config') + 1]
  : 'config.json';
const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));

if (process.argv.includes('--check')) {
  const names = config.routes.map((r) => `${r.match} -> ${r.target}`);
  console.log(`config ok: ${config.routes.length} routes, listening on :${config.port}`);
  for (const n of names) console.log(`  ${n}`);
  process.exit(0);
}
console.log('relay would start here; run with --check to validate the config');
