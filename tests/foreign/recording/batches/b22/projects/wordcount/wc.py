def count_words(text):
    """Number of words in text."""
    if not text.strip():
        return 0
    return len(text.split(" "))
