from clean import normalise


def test_strips_whitespace():
    assert normalise("  Hello ") == "hello"


def test_collapses_inner_spaces():
    assert normalise("a   b") == "a b"
