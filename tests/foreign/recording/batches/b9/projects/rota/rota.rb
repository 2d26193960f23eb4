require 'csv'
require 'date'

# On-call rota: prints who is on call each week, from the US team's export.
path = ARGV.fetch(0, 'shifts.csv')
rows = CSV.read(path, headers: true)
rows.each do |row|
  start = Date.parse(row['start'])
  puts format('%-12s %s  (%s)', row['engineer'], start.strftime('%a %d %b %Y'), start.cweek.to_s.rjust(2, '0'))
end
