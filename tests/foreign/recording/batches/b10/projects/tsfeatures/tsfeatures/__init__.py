from .rolling import rolling_mean, rolling_max

__all__ = ["rolling_mean", "rolling_max"]
__version__ = "0.2.0"
