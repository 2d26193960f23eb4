#!/bin/bash
set -e
mkdir -p ~/www
cp -r public/* ~/www/
echo "deployed $(ls public | wc -l) files to ~/www"
