// Fingerprint the static assets the way our old webpack 4 config did (md4, 8 hex chars).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const src = path.join(__dirname, 'assets');
const out = path.join(__dirname, 'dist');
fs.mkdirSync(out, { recursive: true });
const manifest = {};
for (const name of fs.readdirSync(src)) {
  const body = fs.readFileSync(path.join(src, name));
  const hash = crypto.createHash('md4').update(body).digest('hex').slice(0, 8);
  const ext = path.extname(name);
  const hashed = `${path.basename(name, ext)}.${hash}${ext}`;
  fs.writeFileSync(path.join(out, hashed), body);
  manifest[name] = hashed;
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`built ${Object.keys(manifest).length} assets into dist/`);
