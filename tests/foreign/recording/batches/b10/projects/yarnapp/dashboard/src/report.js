const { money, shortDate } = require('@acme/fmt');

const orders = [
  { id: 'A-17', date: '2026-11-30T09:12:00Z', cents: 129900 },
  { id: 'A-18', date: '2026-12-01T14:40:00Z', cents: 4550 },
  { id: 'A-19', date: '2026-12-02T08:05:00Z', cents: -1200 },
];

function lines(rows) {
  return rows.map((o) => `${o.id}  ${shortDate(o.date)}  ${money(o.cents)}`);
}

if (require.main === module) {
  console.log(lines(orders).join('\n'));
}

module.exports = { lines };
