'use strict';

function isValidOrder(body) {
  return Boolean(body) && typeof body.sku === 'string' && Number.isInteger(body.qty) && body.qty > 0;
}

module.exports = { isValidOrder };
