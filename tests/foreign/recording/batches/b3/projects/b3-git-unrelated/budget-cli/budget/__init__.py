"""budget: sum monthly expenses from a CSV export."""
__version__ = "0.1.0"
