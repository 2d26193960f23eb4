"""Build every package folder here into wheels, offline: setuptools runs in this process, no index needed.

    python3 build_wheels.py OUTDIR
"""
import os
import sys
from pathlib import Path

from setuptools import build_meta

here = Path(__file__).resolve().parent
out = Path(sys.argv[1]).resolve()
out.mkdir(parents=True, exist_ok=True)
for source in sorted(path for path in here.iterdir() if (path / "pyproject.toml").is_file()):
    os.chdir(source)
    print(build_meta.build_wheel(str(out)))
    os.chdir(here)
