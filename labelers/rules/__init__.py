"""Importing this package registers every rule."""
from labelers.rules import address_in_use, generic, git_conflicts, pytest_results  # noqa: F401
