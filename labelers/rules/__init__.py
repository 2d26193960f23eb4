"""Importing this package registers every rule: the generic layer, the Python family rules, and one
labeler per labelers/families/*.yaml."""
from labelers.rules import address_in_use, families, generic, git_conflicts, pytest_results  # noqa: F401
