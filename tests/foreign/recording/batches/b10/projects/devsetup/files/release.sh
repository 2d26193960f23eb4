#!/bin/sh
set -eu
git describe --tags --abbrev=0
