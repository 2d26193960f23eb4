import re
import unicodedata


def slugify(text, sep="-"):
    """Lower-case ASCII slug of a title: 'Hello, World!' -> 'hello-world'."""
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", sep, text)
    return text.strip(sep)
