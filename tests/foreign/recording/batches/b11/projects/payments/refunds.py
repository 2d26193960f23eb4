"""Refund calculations (amounts in cents)."""


def partial_refund(amount, fraction):
    return int(amount * fraction)
