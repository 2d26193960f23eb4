#!/bin/bash
# build a small history with ~40 commits (run by the session setup, then removed)
set -e
cd ~/ledger && git init -q -b main
mkdir -p src tests
n=0
commit() { n=$((n+1)); d=$(printf '2026-10-%02dT%02d:%02d:00' $(( (n/2)%28+1 )) $((9+n%8)) $((n*7%60))); GIT_AUTHOR_DATE=$d GIT_COMMITTER_DATE=$d git -c user.name="$1" -c user.email="$(echo $1 | tr 'A-Z ' 'a-z.')@example.com" commit -qam "$2" 2>/dev/null || { git add -A; GIT_AUTHOR_DATE=$d GIT_COMMITTER_DATE=$d git -c user.name="$1" -c user.email="$(echo $1 | tr 'A-Z ' 'a-z.')@example.com" commit -qm "$2"; }; }
printf 'ROUNDING = 2\n\ndef convert(amount, rate):\n    return round(amount * rate, ROUNDING)\n' > src/rates.py
printf 'from src.rates import convert\n\ndef test_convert():\n    assert convert(10, 1.1) == 11.0\n' > tests/test_rates.py
printf '# ledger\nDouble-entry ledger for the shop.\n' > README.md
git add -A; commit "Maya Lind" "initial ledger skeleton"
people=("Maya Lind" "Omar Haddad" "Jo Kowalski")
msgs=("add account model" "post journal entries" "fix sign of refunds" "add trial balance report" "rename ledger_id column" "add EUR/USD rates" "cache rates for a day" "handle missing rate" "add CSV export" "export: quote fields" "trial balance: sort by account" "add closing entries" "fix closing for leap years" "docs: explain posting rules" "add VAT accounts" "VAT: round per line" "lint" "add audit log" "audit: include user" "bump deps" "rates: read from config" "report: totals row" "fix off-by-one in period end" "add tests for refunds" "speed up balance query" "add opening balances" "docs: export format" "refactor posting service" "remove dead code" "add GBP" "rates: use Decimal" "rates: ROUNDING to 4 places for FX" "revert ROUNDING change, round at report time" "report: show FX differences" "add period lock" "period lock: allow admins" "fix typo in README" "prepare 1.3.0")
i=0
for m in "${msgs[@]}"; do
  i=$((i+1)); f=src/module$((i%6)).py
  echo "# $m" >> $f
  case "$m" in
    "rates: ROUNDING to 4 places for FX") sed -i 's/^ROUNDING = 2/ROUNDING = 4/' src/rates.py ;;
    "revert ROUNDING change, round at report time") sed -i 's/^ROUNDING = 4/ROUNDING = 2/' src/rates.py; echo "# round at report time" >> src/rates.py ;;
    "rates: use Decimal") sed -i '1i from decimal import Decimal' src/rates.py ;;
  esac
  git add -A; commit "${people[$((i%3))]}" "$m"
done
