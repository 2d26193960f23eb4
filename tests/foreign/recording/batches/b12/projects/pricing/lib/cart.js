'use strict';
const catalog = require('../catalog.json');

function lineTotal(item) {
  const product = catalog[item.sku];
  return product.price * item.qty;
}

function total(items) {
  return items.reduce((sum, item) => sum + lineTotal(item), 0);
}

module.exports = { catalog, lineTotal, total };
