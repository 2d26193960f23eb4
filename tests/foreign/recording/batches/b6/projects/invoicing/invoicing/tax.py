from decimal import Decimal, ROUND_HALF_UP

RATES = {"standard": Decimal("0.19"), "reduced": Decimal("0.07"), "zero": Decimal("0")}


def tax(net, rate="standard"):
    """VAT on a net amount, rounded to cents."""
    amount = Decimal(str(net)) * RATES[rate]
    return amount.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def gross(net, rate="standard"):
    return Decimal(str(net)) + tax(net, rate)
