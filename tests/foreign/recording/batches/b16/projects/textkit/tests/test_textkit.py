from textkit import title_case, word_count


def test_word_count():
    assert word_count("a b  c") == 3


def test_title_case():
    assert title_case("hello big world") == "Hello Big World"
