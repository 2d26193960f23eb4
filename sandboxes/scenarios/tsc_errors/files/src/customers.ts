import { Customer } from "./types";

export function displayName(customer: Customer): string {
  return customer.name.trim() || `customer #${customer.id}`;
}

export function emailDomain(customer: Customer): string | undefined {
  return customer.email?.split("@")[1];
}

export function sameCustomer(first: Customer, second: Customer): boolean {
  return first.id === second.id;
}
