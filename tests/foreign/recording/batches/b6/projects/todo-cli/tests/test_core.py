import datetime

from todo import core


def test_parse_due_iso():
    assert core.parse_due("2026-12-24") == datetime.date(2026, 12, 24)


def test_parse_due_tomorrow():
    assert core.parse_due("tomorrow") == datetime.date.today() + datetime.timedelta(days=1)


def test_add_without_due():
    items = []
    core.add(items, "water plants")
    assert items == [{"title": "water plants", "done": False}]
