import unittest

from wc import count_words


class CountWordsTest(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(count_words("hello world"), 2)

    def test_empty(self):
        self.assertEqual(count_words("   "), 0)

    def test_double_spaces(self):
        self.assertEqual(count_words("hello  big world"), 3)


if __name__ == "__main__":
    unittest.main()
