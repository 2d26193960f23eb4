FREE_SHIPPING_OVER = 50
SHIPPING = 4.90


def total(prices):
    subtotal = sum(prices)
    shipping = 0 if subtotal >= FREE_SHIPPING_OVER else SHIPPING
    return round(subtotal + shipping, 2)
