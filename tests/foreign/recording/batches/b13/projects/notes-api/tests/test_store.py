from notes.store import format_table, search

NOTES = [
    {"id": 1, "title": "Deploy checklist", "tag": "ops"},
    {"id": 2, "title": "Lunch ideas", "tag": "misc"},
]


def test_search_ignores_case():
    assert [n["id"] for n in search(NOTES, "deploy")] == [1]


def test_format_table_has_header():
    assert format_table(NOTES).splitlines()[0].split() == ["id", "title", "tag"]
