__version__ = "0.3.0"

def snake(name):
    return name.strip().lower().replace(" ", "_")
