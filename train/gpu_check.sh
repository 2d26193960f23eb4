#!/usr/bin/env bash
# The GPU check: on a machine with one CUDA GPU and no internet, install the carried wheels (.whl/, made by
# train/gpu_wheels.sh) and run the Unsloth training path on a few-layer GPT-OSS-shaped model (< 8 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
if compgen -G ".whl/*.whl" >/dev/null; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
  export PYTHONPATH=/tmp/site
fi
export PYTHONPATH="${PYTHONPATH:+$PYTHONPATH:}$PWD" HF_HUB_OFFLINE=1 UNSLOTH_DISABLE_STATS=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
exec timeout 480 python3 -m train.gpu_check "$@"
