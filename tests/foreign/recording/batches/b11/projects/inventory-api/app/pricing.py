"""Price helpers for the inventory API."""

VAT_RATE = 0.20


def with_vat(net):
    return round(net * (1 + VAT_RATE), 2)
