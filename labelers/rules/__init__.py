"""Importing this package registers every rule."""
from labelers.rules import generic, pytest_results  # noqa: F401
