#!/bin/sh
# nightly export
python3 dump.py > out/orders.csv
