import unittest

from textstats import sentence_count, word_count


class TextStatsTest(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(word_count("The cat sat."), 3)

    def test_contractions(self):
        self.assertEqual(word_count("It's the user's file, isn't it?"), 6)

    def test_sentences(self):
        self.assertEqual(sentence_count("One. Two! Three?"), 3)


if __name__ == "__main__":
    unittest.main()
