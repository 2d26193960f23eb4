require "minitest/autorun"
require "ledger"

class LedgerTest < Minitest::Test
  def setup
    @ledger = Ledger.new
    @ledger.post("2026-12-01", "cash", "100.00").post("2026-12-02", "cash", "-19.99").post("2026-12-02", "fees", "19.99")
  end

  def test_balance
    assert_equal BigDecimal("80.01"), @ledger.balance("cash")
  end

  def test_accounts_sorted
    assert_equal %w[cash fees], @ledger.accounts
  end
end
