const fs = require('fs');
const pizzas = require('./pizzas.json');
const items = pizzas.map(p => `<li>${p.name} - ${p.price.toFixed(2)}</li>`).join('\n');
fs.writeFileSync('menu.html', `<ul>\n${items}\n</ul>\n`);
console.log(`menu.html written (${pizzas.length} pizzas)`);
