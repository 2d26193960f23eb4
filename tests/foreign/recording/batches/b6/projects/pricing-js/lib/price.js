// Cart totals with an optional coupon.
function total(items, coupon) {
  const sum = items.reduce((acc, item) => acc + item.price * item.qty, 0);
  const off = sum * coupon.percent / 100;
  return Math.round((sum - off) * 100) / 100;
}

module.exports = { total };
