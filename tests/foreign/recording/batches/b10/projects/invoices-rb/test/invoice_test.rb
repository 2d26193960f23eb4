require "minitest/autorun"
require_relative "../lib/invoice"

class InvoiceTest < Minitest::Test
  def test_vat_rounds_half_up
    assert_equal BigDecimal("2.38"), Invoice.new("R-1", "2026-11", "12.50").vat
    assert_equal BigDecimal("0.02"), Invoice.new("R-2", "2026-11", "0.10").vat
  end

  def test_gross
    assert_equal BigDecimal("119.00"), Invoice.new("R-3", "2026-11", "100").gross
  end
end
