#!/bin/bash
# nightly sync: opens a transaction, reads orders, then waits for the upstream export (never committed if upstream hangs)
( echo 'BEGIN;'; echo 'SELECT count(*) FROM orders;'; sleep 100000 ) | psql -q -d shop >/dev/null
