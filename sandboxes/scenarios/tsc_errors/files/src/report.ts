import { Order } from "./types";
import { formatMoney, orderTotal } from "./pricing";
import { displayName, emailDomain } from "./customers";

export function orderLine(order: Order): string {
  const total = orderTotal(order);
  return `${order.id} ${displayName(order.customer)} ${formatMoney(total)}`;
}

export function domains(orders: Order[]): string[] {
  const found = new Set<string>();
  for (const order of orders) {
    const domain = emailDomain(order.customer);
    if (domain) {
      found.add(domain);
    }
  }
  return [...found].sort();
}

export const sample: Order = {
  id: "A-1001",
  customer: { id: 7, name: "Ada Lovelace", email: "ada@example.org" },
  items: [{ sku: "PEN-01", quantity: 3, unitPrice: 2.5 }],
  discount: 10,
};
