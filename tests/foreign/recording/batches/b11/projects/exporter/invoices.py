"""Invoice records as the API returns them."""

INVOICES = [
    {"number": "INV-2026-0412", "customer": "Acme GmbH", "total": "1299.00", "currency": "EUR"},
    {"number": "INV-2026-0413", "customer": "Bakkerij de Vries", "total": "86.40", "currency": "EUR"},
    {"number": "INV-2026-0414", "customer": "Nordlys AS", "total": "4410.00", "currency": "NOK"},
]
