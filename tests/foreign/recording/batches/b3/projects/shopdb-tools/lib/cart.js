// Cart helpers shared by the checkout and the admin scripts.
function total(cart) {
  return cart.items.reduce((sum, item) => sum + item.price * item.qty, 0);
}

function count(cart) {
  return cart.items.reduce((n, item) => n + item.qty, 0);
}

module.exports = { total, count };
