// One-off: convert the v1 order export (one JSON object per line) to the v2 shape, as a single JSON file.
const fs = require("fs");
const path = require("path");

const [input, output] = process.argv.slice(2);
const lines = fs.readFileSync(input, "utf8").split("\n").filter(Boolean);
const orders = [];
for (const line of lines) {
  const v1 = JSON.parse(line);
  orders.push({
    id: `ord_${v1.id}`,
    customer: { id: v1.customer_id, email: v1.email },
    items: v1.items.map((item) => ({ sku: item.sku, qty: item.qty, unitPrice: item.price })),
    total: v1.items.reduce((sum, item) => sum + item.qty * item.price, 0),
    createdAt: new Date(v1.ts * 1000).toISOString(),
  });
}
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify(orders));
console.log(`migrated ${orders.length} orders -> ${output}`);
