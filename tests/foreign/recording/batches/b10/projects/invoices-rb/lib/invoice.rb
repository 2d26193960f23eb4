require "bigdecimal"
require "bigdecimal/util"

class Invoice
  VAT = BigDecimal("0.19")

  attr_reader :number, :month, :net

  def initialize(number, month, net)
    @number = number
    @month = month
    @net = net.to_d
  end

  def vat
    (net * VAT).round(2, BigDecimal::ROUND_DOWN)
  end

  def gross
    net + vat
  end
end
