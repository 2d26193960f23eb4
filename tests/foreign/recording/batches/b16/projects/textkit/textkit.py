def word_count(text):
    return len(text.split())


def title_case(text):
    return " ".join(w.capitalize() for w in text.split())
