#!/bin/bash
set -euo pipefail

echo "deploying to ${DEPLOY_ENV}"
host=$(echo "$DB_URL" | sed -E 's#.*@([^:/]+).*#\1#')
echo "database host: $host"
migrations=$(ls migrations/*.sql | wc -l)
echo "pending migrations: $migrations"
grep -h '^-- requires:' migrations/*.sql | sort -u
echo "done"
