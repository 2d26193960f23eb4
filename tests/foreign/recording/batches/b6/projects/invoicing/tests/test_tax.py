from decimal import Decimal

from invoicing.tax import gross, tax


def test_standard_rate():
    assert tax(100) == Decimal("19.00")


def test_reduced_rate_rounds_to_cents():
    assert tax("12.99", "reduced") == Decimal("0.91")


def test_zero_rate():
    assert tax(50, "zero") == Decimal("0")


def test_gross():
    assert gross(100) == Decimal("119.00")
