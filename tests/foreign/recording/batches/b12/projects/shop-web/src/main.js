const items = [
  { name: 'Espresso beans 1kg', price: 24.5 },
  { name: 'Milk jug', price: 12.0 },
]
const total = items.reduce((s, i) => s + i.price, 0)
document.querySelector('#cart').textContent = `${items.length} items, ${total.toFixed(2)} EUR`
