import unittest

from inventory.low_stock import low_stock


class LowStockTest(unittest.TestCase):
    def test_low_stock(self):
        items = [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 9}]
        self.assertEqual(low_stock(items), ["A"])
