import unittest

from todo import store


class StoreTest(unittest.TestCase):
    def test_add_returns_count(self):
        self.assertGreaterEqual(store.add("milk"), 1)
