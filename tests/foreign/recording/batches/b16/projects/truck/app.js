'use strict';
const chalk = require('chalk');

const truck = { id: 'truck-01', temp: 1.8, state: 'ready' };

function report(t) {
  console.log(chalk.green(`[${t.id}] state=${t.state} temp=${t.temp}C`));
}

report(truck);
