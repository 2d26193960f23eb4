import { LineItem, Order } from "./types";

export function subtotal(items: LineItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
}

export function applyDiscount(amount: number, percent: number): number {
  return Math.round(amount * (100 - percent)) / 100;
}

export function orderTotal(order: Order): number {
  return applyDiscount(subtotal(order.items), order.discount);
}

export function formatMoney(amount: number, currency: string = "EUR"): string {
  return `${amount.toFixed(2)} ${currency}`;
}
