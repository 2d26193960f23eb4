from setuptools import setup
setup(name="tidyframe", version="0.3.0", packages=["tidyframe"])
