interface Item {
  sku: string;
  price: number;
  qty: number;
}

export function addItem(cart: Item[], sku: string, price: number, qty = 1): Item[] {
  return [...cart, { sku, price, qty }];
}

export function cartTotal(cart: Item[]): number {
  return cart.reduce((sum, i) => sum + i.price * i.qty, 0);
}

let cart: Item[] = [];
cart = addItem(cart, "TEA-01", "4.50", 2);
cart = addItem(cart, "MUG-02", 9.0);
console.log(`items: ${cart.length}, total: ${cartTotal(cart).toFixed(2)}, first: ${cart[0].name}`);
