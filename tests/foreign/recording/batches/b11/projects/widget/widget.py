__version__ = "1.4.0"


def render(name):
    return f"<widget name={name!r}>"
