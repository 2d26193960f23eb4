__version__ = "1.1.0"

def encode(values):
    classes = sorted(set(values))
    return [classes.index(v) for v in values], classes
