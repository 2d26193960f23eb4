from setuptools import setup

setup(name="gradefmt", version="0.1", py_modules=["gradefmt"])
