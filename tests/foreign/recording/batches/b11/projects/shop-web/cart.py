"""Cart totals for the shop front-end (prices in cents)."""


def subtotal(lines):
    return sum(qty * price for qty, price in lines)


def total(lines, shipping=490):
    sub = subtotal(lines)
    if sub >= 5000:
        shipping = 0
    return sub + shipping
