require 'httparty'
require 'json'

# post a deploy notification to the local webhook receiver
url = ENV.fetch('HOOK_URL', 'http://127.0.0.1:4567/hooks/deploy')
payload = { service: 'orders', version: ARGV[0] || '2.4.0', status: 'deployed' }

resp = HTTParty.post(url, body: payload.to_json, headers: { 'Content-Type' => 'application/json' })
puts "#{resp.code} #{resp.body}"
