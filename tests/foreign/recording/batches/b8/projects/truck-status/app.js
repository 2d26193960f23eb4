const chalk = require('chalk');
const trucks = require('./trucks.json');

for (const t of trucks) {
  const temp = t.tempC.toFixed(1);
  const line = `${t.id.padEnd(8)} ${temp.padStart(6)} °C  ${t.door}`;
  console.log(t.tempC > 4 ? chalk.red(line) : chalk.green(line));
}
