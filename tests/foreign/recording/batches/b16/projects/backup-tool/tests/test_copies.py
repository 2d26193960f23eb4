import os
from shallow_backup import _copy_file, _copy_dir


def test_copy_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("hi")
    _copy_file(src, tmp_path / "b.txt")
    assert (tmp_path / "b.txt").read_text() == "hi"
