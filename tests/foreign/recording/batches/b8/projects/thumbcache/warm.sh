#!/bin/sh
# Push every rendered thumbnail into the preview cache (redis on 6385).
for f in thumbs/*.bin; do
    key="thumb:$(basename "$f" .bin)"
    printf '%s ' "$key"
    redis-cli -p 6385 -x SET "$key" < "$f"
done
echo "done: $(ls thumbs | wc -l) thumbnails"
