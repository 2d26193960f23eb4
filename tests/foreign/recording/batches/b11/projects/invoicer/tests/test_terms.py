import unittest
from datetime import date

from invoicer.terms import due_date


class DueDateTest(unittest.TestCase):
    def test_net15(self):
        self.assertEqual(due_date(date(2026, 12, 1), "net15"), date(2026, 12, 16))

    def test_net30_crosses_year(self):
        self.assertEqual(due_date(date(2026, 12, 6), "net30"), date(2027, 1, 5))
