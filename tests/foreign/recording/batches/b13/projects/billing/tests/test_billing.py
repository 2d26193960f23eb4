import unittest

from billing import gross


class GrossTest(unittest.TestCase):
    def test_zero(self):
        self.assertEqual(gross(0), 0)

    def test_positive(self):
        self.assertGreater(gross(100), 100)


if __name__ == "__main__":
    unittest.main()
