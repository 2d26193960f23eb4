import unittest

from pricing import discounted


class DiscountTest(unittest.TestCase):
    def test_fifteen_percent(self):
        self.assertEqual(discounted(200, 15), 170.0)

    def test_no_discount(self):
        self.assertEqual(discounted(80, 0), 80)


if __name__ == "__main__":
    unittest.main()
