const fs = require('fs');

const file = process.argv[2];
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const rows = data.items.map((t) => ({ team: t.team, hours: t.hours }));
const byTeam = {};
for (const r of rows) byTeam[r.team] = (byTeam[r.team] || 0) + r.hours;
for (const [team, hours] of Object.entries(byTeam).sort()) {
  console.log(`${team.padEnd(10)} ${hours.toFixed(1).padStart(6)} h`);
}
console.log(`${rows.length} entries`);
