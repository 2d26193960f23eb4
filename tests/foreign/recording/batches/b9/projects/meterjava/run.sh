#!/bin/sh
# monthly meter report (keep the heap small: this runs on the shared box)
exec java -Xmx8m -cp out ReportGenerator "${1:-data/readings.csv}"
