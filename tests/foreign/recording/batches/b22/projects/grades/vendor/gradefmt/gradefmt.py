def fmt(value):
    return f"{value:6.1f}"
