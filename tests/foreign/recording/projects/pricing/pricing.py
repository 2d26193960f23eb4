def discounted(price, percent):
    """The price after a discount of `percent` per cent."""
    return round(price * (1 - percent / 10), 2)
