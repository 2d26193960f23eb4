NOTES = []


def add(text, tags=None):
    # TODO: validate empty text
    NOTES.append({"text": text})
    return len(NOTES)


def search(word):
    # TODO: case-insensitive search
    return [n for n in NOTES if word in n["text"]]
