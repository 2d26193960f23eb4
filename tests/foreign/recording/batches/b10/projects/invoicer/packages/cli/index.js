const { money } = require('@acme/fmt');

const lines = [['Consulting, November', 240000], ['Travel', 18450], ['Credit note CN-7', -1205]];
let total = 0;
for (const [label, cents] of lines) {
  console.log(`${label.padEnd(24)} ${money(cents).padStart(10)}`);
  total += cents;
}
console.log(`${'TOTAL'.padEnd(24)} ${money(total).padStart(10)}`);
