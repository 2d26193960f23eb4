"""Word and sentence statistics for plain text."""
import re


def words(text):
    return re.findall(r"[a-z]+", text.lower())


def word_count(text):
    return len(words(text))


def sentence_count(text):
    return len([s for s in re.split(r"[.!?]+", text) if s.strip()])
