'use strict';
const { total } = require('./lib/cart');
const orders = require('./orders.json');

let grand = 0;
for (const order of orders) {
  const t = total(order.items);
  grand += t;
  console.log(`order ${order.id}  ${order.customer.padEnd(8)} ${t.toFixed(2).padStart(8)}`);
}
console.log(`total             ${grand.toFixed(2).padStart(8)}`);
