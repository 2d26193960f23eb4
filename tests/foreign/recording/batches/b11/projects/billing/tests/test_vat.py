import unittest

from billing.vat import gross


class GrossTest(unittest.TestCase):
    def test_half_cent_rounds_up(self):
        self.assertEqual(gross(1250, "FR"), 1500)
        self.assertEqual(gross(1, "NL"), 1)

    def test_germany(self):
        self.assertEqual(gross(1000, "DE"), 1190)

