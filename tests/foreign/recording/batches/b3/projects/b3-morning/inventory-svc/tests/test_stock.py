import unittest

from inventory import stock

ITEMS = [{"sku": f"S{i}", "qty": i % 7, "price": 2.5} for i in range(120)]


class StockTest(unittest.TestCase):
    def test_first_page(self):
        self.assertEqual(len(stock.page(ITEMS, 1)), 50)

    def test_last_page(self):
        self.assertEqual(len(stock.page(ITEMS, 3)), 20)

    def test_value(self):
        self.assertEqual(stock.value(ITEMS[:7]), 52.5)


if __name__ == "__main__":
    unittest.main()
