import unittest

from inventory.stock import Item, to_reorder


class ReorderTest(unittest.TestCase):
    def test_below_level(self):
        items = [Item("A1", "bolts", 3, 10), Item("A2", "nuts", 50, 10)]
        self.assertEqual([i.sku for i in to_reorder(items)], ["A1"])

    def test_at_level_is_reordered(self):
        items = [Item("B7", "washers", 10, 10)]
        self.assertEqual([i.sku for i in to_reorder(items)], ["B7"])


if __name__ == "__main__":
    unittest.main()
