import unittest
from pricing import gross


class GrossTest(unittest.TestCase):
    def test_de(self):
        self.assertEqual(str(gross("10.00", "DE")), "11.90")

    def test_at(self):
        self.assertEqual(str(gross("10.00", "AT")), "12.00")


if __name__ == "__main__":
    unittest.main()
