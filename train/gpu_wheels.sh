#!/usr/bin/env bash
# Fetch, on a machine that reaches PyPI, the wheels a GPU machine without internet lacks for
# train/gpu_check.sh (Python 3.12, x86_64). They land in .whl/ (git-ignored); 64 MiB at most in all.
# Left out for size: bitsandbytes (43 MB; the check trains in 16-bit) and xformers.
set -euo pipefail
cd "$(dirname "$0")/.."
wheels=(
  unsloth==2026.10.9 unsloth_zoo==2026.10.9 trl==1.15.0 peft==0.21.2 datasets==4.8.5 dill==0.4.1
  multiprocess==0.70.19 tyro==1.0.17 docstring_parser==0.18.0 typeguard==4.6.1 msgspec==0.22.0
  cut_cross_entropy==25.1.1 torchao==0.18.0 quicktok-v1==0.4.0 pydantic==2.14.4 pydantic_core==2.50.5
  annotated_types==0.8.0 typing_inspection==0.4.5 pyte==0.8.2 wcwidth structlog json5 nest_asyncio
  diffusers==0.42.1
)
platforms=()
for tag in manylinux_2_17_x86_64 manylinux2014_x86_64 manylinux_2_24_x86_64 manylinux_2_27_x86_64 \
           manylinux_2_28_x86_64 manylinux_2_34_x86_64 manylinux1_x86_64; do platforms+=(--platform "$tag"); done
rm -rf .whl && mkdir -p .whl
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  "${platforms[@]}" -d .whl "${wheels[@]}"
total=$(du -cb .whl/*.whl | tail -1 | cut -f1)
echo "gpu_wheels: $(ls .whl | wc -l) wheels, $((total / 1048576)) MiB in .whl/"
if (( total > 64 * 1048576 )); then echo "gpu_wheels: over the 64 MiB the device carries" >&2; exit 1; fi
