#!/bin/bash
# Apply the migrations that shop.db has not seen yet (tracked in PRAGMA user_version).
set -euo pipefail
db=${1:-shop.db}
current=$(sqlite3 "$db" 'PRAGMA user_version')
pending=()
for file in migrations/*.sql; do
  number=$(basename "$file" | cut -d_ -f1)
  (( 10#$number > current )) && pending+=("$file")
done
if (( ${#pending[@]} == 0 )); then echo "$db is up to date (version $current)"; exit 0; fi
printf 'pending: %s\n' "${pending[@]}"
read -r -p "Apply ${#pending[@]} pending migration(s) to $db? [y/N] " answer
[[ $answer == [yY] ]] || { echo "nothing applied"; exit 1; }
for file in "${pending[@]}"; do
  number=$(basename "$file" | cut -d_ -f1)
  sqlite3 "$db" < "$file"
  sqlite3 "$db" "PRAGMA user_version = $((10#$number))"
  echo "applied $file"
done
