#!/bin/sh
# Run the team's shell checks on every script given.
for f in "$@"; do sh -n "$f" && echo "ok $f"; done
