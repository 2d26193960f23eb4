const chalk = require("chalk");

console.log(chalk.green("build passed"), chalk.red("2 warnings"));
