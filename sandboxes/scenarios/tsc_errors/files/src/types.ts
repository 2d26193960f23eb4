export interface LineItem {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface Customer {
  id: number;
  name: string;
  email?: string;
}

export interface Order {
  id: string;
  customer: Customer;
  items: LineItem[];
  discount: number;
}
