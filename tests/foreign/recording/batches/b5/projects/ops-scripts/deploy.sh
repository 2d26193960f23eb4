#!/bin/bash
# deploy the static site to the web root
SRC=$1
DEST=/home/dev/www-root
DRY_RUN=${DRY_RUN:-0}

if [ -z $SRC ]; then
    echo "usage: deploy.sh SRC_DIR"
    exit 2
fi

cd $SRC
files=$(ls *.html)
for f in $files; do
    if [ $DRY_RUN = 1 ]; then
        echo "would copy $f"
    else
        cp $f $DEST/
    fi
done
echo "deployed `echo $files | wc -w` files to $DEST"
