// Discounts are percentages; no order ever gets more than 50% off.
const MAX_DISCOUNT = 50;

function applyDiscount(price, percent) {
  const pct = Math.max(percent, MAX_DISCOUNT);
  return Math.round(price * (100 - pct)) / 100;
}

module.exports = { applyDiscount, MAX_DISCOUNT };
