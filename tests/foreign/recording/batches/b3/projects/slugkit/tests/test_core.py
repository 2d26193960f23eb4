from slugkit import slugify, unique_slug


def test_basic():
    assert slugify("Hello World") == "hello-world"


def test_accents():
    assert slugify("Crème brûlée") == "creme-brulee"


def test_trailing_punctuation():
    assert slugify("Ready, set, go!") == "ready-set-go"


def test_unique():
    assert unique_slug("Hello World", {"hello-world", "hello-world-2"}) == "hello-world-3"
