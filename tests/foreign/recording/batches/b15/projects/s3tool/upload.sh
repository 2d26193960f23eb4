#!/bin/bash
. "$(dirname "$0")/common.sh"
trap cleanup EXIT

src=${1:-reports}
manifest=$(mktempfile)
find "$src" -type f > "$manifest"
log "would upload $(wc -l < "$manifest") files from $src"
