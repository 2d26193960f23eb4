# Totals an order's lines (CSV: sku,qty,unit_price) in the shop's currency.
require "json"
require "csv"

config = JSON.parse(File.read("config.json"))
currency = config[:currency].upcase
vat = config[:vat_percent]

net = 0.0
CSV.foreach(ARGV.fetch(0), headers: true) do |line|
  net += line["qty"].to_i * line["unit_price"].to_f
end
printf("net   %s %.2f\n", currency, net)
printf("gross %s %.2f\n", currency, net * (100 + vat) / 100.0)
