#!/bin/bash
# nightly export of the events table (stand-in: generated rows)
python3 - <<'PY'
import sys
w = sys.stdout.write
w("id,ts,user,event,amount\n")
for i in range(60000):
    w(f"{i},2026-12-07T00:{i%60:02d}:00,user{i%977},purchase,{(i*37)%1000/10:.2f}\n")
PY
