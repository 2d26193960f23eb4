"""Price helpers used by the checkout service."""


def apply_discount(price, percent):
    """Return the price after a percentage discount."""
    return price - price * percent / 100


def with_vat(price, rate=0.23):
    return round(price * (1 + rate), 2)
