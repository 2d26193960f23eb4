#!/bin/sh
# apply every migration in order
set -e
for f in migrations/*.sql; do
  echo "applying $f"
  sqlite3 blog.db < "$f"
done
