import unittest

from metrics import best, f1


class MetricsTest(unittest.TestCase):
    def test_f1(self):
        self.assertAlmostEqual(f1(0.5, 1.0), 2 / 3)

    def test_f1_zero(self):
        self.assertEqual(f1(0, 0), 0.0)

    def test_best(self):
        self.assertEqual(best([{"f1": 0.2}, {"f1": 0.7}])["f1"], 0.7)


if __name__ == "__main__":
    unittest.main()
