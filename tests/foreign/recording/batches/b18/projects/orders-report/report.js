const data = require('./orders.json');

const byStatus = {};
let total = 0;
data.items.map(o => {
  byStatus[o.status] = (byStatus[o.status] || 0) + 1;
  total += o.amount;
});
console.log('orders by status:', byStatus);
console.log('total amount:', total.toFixed(2));
