require "rack"
require_relative "lib/ledger"

run lambda { |_env| [200, { "content-type" => "text/plain" }, ["ledger ok\n"]] }
