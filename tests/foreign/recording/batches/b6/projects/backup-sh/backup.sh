#!/bin/bash
# Nightly backup of the photos folder.
SRC=$HOME/Pictures
DEST=/backup/photos-$(date +%F)

for dir in $(ls $SRC); do
    echo "backing up $dir"
done
cp -r $SRC $DEST
echo "done: $DEST"
