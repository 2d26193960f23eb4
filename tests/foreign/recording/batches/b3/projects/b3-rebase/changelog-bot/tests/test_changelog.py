from changelog import sections


def test_groups_by_kind():
    got = sections(["feat: add export", "fix(api): null total", "chore: bump deps"])
    assert got == {"Features": ["add export"], "Fixes": ["null total"]}
