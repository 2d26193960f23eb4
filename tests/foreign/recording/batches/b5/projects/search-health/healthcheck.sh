#!/bin/bash
# print the search cluster health; ES_URL comes from .env
set -a; . ./.env; set +a
echo "checking $ES_URL ..."
curl -s "$ES_URL/_cluster/health" | python3 -m json.tool
