require "csv"
require_relative "invoice"

module Report
  def self.load(path)
    CSV.read(path, headers: true).map { |r| Invoice.new(r["number"], r["month"], r["net"]) }
  end

  def self.for_month(invoices, month)
    rows = invoices.select { |i| i.month == month }
    rows.each { |i| puts format("%-8s %10.2f %8.2f %10.2f", i.number, i.net, i.vat, i.gross) }
    puts format("%-8s %10.2f", "TOTAL", rows.sum(BigDecimal("0"), &:gross))
  end
end
