def normalise(text: str) -> str:
    return " ".join(text.split()).lower()
