from setuptools import setup, Extension

setup(
    name="fastcsv",
    version="0.3.0",
    description="CSV row splitting with an optional C speedup",
    packages=["fastcsv"],
    ext_modules=[Extension("fastcsv._speedups", ["src/_speedups.c"])],
)
