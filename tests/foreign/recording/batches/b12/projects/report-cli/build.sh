#!/bin/sh
# builds app.jar (needs lib/textkit.jar on the class path)
set -e
rm -rf out && mkdir out
javac -cp lib/textkit.jar -d out src/com/acme/report/*.java
jar cfe app.jar com.acme.report.Main -C out .
echo "built app.jar"
