#!/bin/sh
# golden test: the counts for tests/sample.txt
set -e
./bin/wordfreq tests/sample.txt > /tmp/wordfreq.out
diff -u tests/expected.txt /tmp/wordfreq.out
echo "PASS tests/sample.txt"
