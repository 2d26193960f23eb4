// prints the build banner in colour once chalk is installed
const chalk = require('chalk')
console.log(chalk.green.bold('shop-web build ok'), chalk.dim(`(chalk level ${chalk.level})`))
