require "bigdecimal"

class Ledger
  Entry = Struct.new(:date, :account, :amount)

  def initialize
    @entries = []
  end

  def post(date, account, amount)
    @entries << Entry.new(date, account, BigDecimal(amount.to_s))
    self
  end

  def balance(account)
    @entries.select { |e| e.account == account }.sum(BigDecimal("0"), &:amount)
  end

  def accounts
    @entries.map(&:account).uniq.sort
  end
end
