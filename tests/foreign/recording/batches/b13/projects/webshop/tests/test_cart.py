import unittest

from app.cart import total


class CartTest(unittest.TestCase):
    def test_small_order_pays_shipping(self):
        self.assertEqual(total([10]), 14.9)

    def test_big_order_ships_free(self):
        self.assertEqual(total([80, 20]), 100)
