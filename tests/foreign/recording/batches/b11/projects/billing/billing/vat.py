from decimal import Decimal, ROUND_HALF_UP

RATES = {"FR": Decimal("0.20"), "DE": Decimal("0.19"), "NL": Decimal("0.21")}


def gross(net_cents: int, country: str) -> int:
    """Net amount in cents -> gross amount in cents, VAT rounded half-up."""
    vat = Decimal(net_cents) * RATES[country]
    return net_cents + int(vat.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
