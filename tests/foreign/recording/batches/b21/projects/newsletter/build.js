const fs = require('fs');
fs.mkdirSync('dist', { recursive: true });
const issues = JSON.parse(fs.readFileSync('issues.json', 'utf8'));
for (const issue of issues) {
  fs.writeFileSync(`dist/${issue.slug}.html`, `<h1>${issue.title}</h1>\n`);
}
console.log(`built ${issues.length} issues into dist/`);
