import unittest

from invoice import invoice_total, line_total


class InvoiceTest(unittest.TestCase):
    def test_line_total(self):
        self.assertEqual(line_total(3, 2.5), 7.5)

    def test_total_with_tax(self):
        self.assertEqual(invoice_total([(2, 10.0), (1, 5.0)]), 30.0)


if __name__ == "__main__":
    unittest.main()
