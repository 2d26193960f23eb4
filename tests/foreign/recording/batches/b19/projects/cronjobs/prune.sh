#!/bin/bash
set -euo pipefail
find "${ROLLUP_DIR:?}" -name 'rollup.txt' -mtime +30 -print -delete
