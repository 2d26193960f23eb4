#!/bin/sh
set -e
BUILD=42
echo "deploying build $BUILD to staging"
echo "done"
