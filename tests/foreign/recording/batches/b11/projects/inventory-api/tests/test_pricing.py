import unittest

from app.pricing import with_vat


class WithVatTest(unittest.TestCase):
    def test_adds_vat(self):
        self.assertGreater(with_vat(10), 10)
