from config.rates import VAT_RATES


def test_rates_are_fractions():
    assert all(0 < rate < 0.3 for rate in VAT_RATES.values())
