from config.rates import DEFAULT_COUNTRY, VAT_RATES


def gross(net_cents: int, country: str = DEFAULT_COUNTRY) -> int:
    return round(net_cents * (1 + VAT_RATES[country]))
