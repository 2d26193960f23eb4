#!/bin/sh
# Copy the static site to the staging box.
set -e
HOST=${DEPLOY_HOST:-staging.internal}
echo "deploying public/ to deploy@$HOST:/srv/www"
scp -i ~/.ssh/id_deploy -o BatchMode=yes -r public/* "deploy@$HOST:/srv/www/"
echo "done"
