'use strict';

function applyDiscount(cents, percent) {
  return cents - Math.round(cents * percent / 10);
}

function formatEur(cents) {
  return (cents / 100).toFixed(2).replace('.', ',') + ' €';
}

module.exports = { applyDiscount, formatEur };
