import unittest

from cart import total


class TotalTest(unittest.TestCase):
    def test_small_order_pays_shipping(self):
        self.assertEqual(total([(1, 1200)]), 1690)

    def test_free_shipping_from_50_euros(self):
        self.assertEqual(total([(2, 2500)]), 5000)


if __name__ == "__main__":
    unittest.main()
