import unittest
from fetch_rates import parse, SAMPLE


class ParseTest(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse(SAMPLE)["USD"], 1.08)


if __name__ == "__main__":
    unittest.main()
