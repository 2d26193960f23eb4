from decimal import Decimal

from django.test import TestCase

from .models import Product


class GrossPriceTests(TestCase):
    def test_gross_price_adds_vat(self):
        p = Product(name="Desk lamp", sku="LMP-1", price=Decimal("20.00"))
        self.assertEqual(p.gross_price(), Decimal("23.80"))

    def test_reduced_rate(self):
        p = Product(name="Cookbook", sku="BK-7", price=Decimal("10.00"), vat_rate=Decimal("0.07"))
        self.assertEqual(p.gross_price(), Decimal("10.70"))
