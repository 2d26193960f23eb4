from setuptools import setup
setup(name="labelkit", version="1.1.0", packages=["labelkit"])
