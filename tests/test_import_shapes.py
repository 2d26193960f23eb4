"""`realcast import` with no options on the shapes consoles come in: pasted text, prompts it must infer (bare,
no colon, a domain in brackets, a folder with a space, Git Bash's two lines, a prompt that changes), `\\n`
line endings, output left without a final newline, vim, and secrets read from what the screen showed.

The recordings are real (tests/fixtures/import/shapes/shapes.yaml says how they were made)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from labelers import load_transcript
from recorder.cast import Cast
from recorder.importing import import_file
from recorder.prompts import DEFAULT_PROMPT, infer
from recorder.redact import Redactor
from schema.cast import CastEvent, CastHeader

SHAPES = Path(__file__).parent / "fixtures" / "import" / "shapes"
FIX = "sed -i 's/^main($/main()/' app.py"
EDITED = ["cd app", "python3 app.py 1 2", FIX, "python3 app.py 1 2"]
SYNTAX_ERROR = "SyntaxError: '(' was never closed"


def steps(path: Path, out: Path) -> list[tuple[str, list[str]]]:
    """The imported session's steps: each command and its output lines (blank ones left out)."""
    _, transcript = load_transcript(import_file(path, out).directory)
    return [(view.command, [line for line in view.output if line.strip()]) for view in transcript.steps]


def commands(path: Path, out: Path) -> list[str]:
    return [command for command, _ in steps(path, out)]


@pytest.mark.parametrize(("name", "prompt"), [
    ("bare.txt", "$ "), ("pct.txt", "% "), ("domain.txt", "[dev@devbox.corp.example.com@node1 app]$ "),
])
def test_pasted_console_text_with_a_prompt_it_repeats(tmp_path: Path, name: str, prompt: str) -> None:
    found = steps(SHAPES / name, tmp_path)
    assert [command for command, _ in found if command != "ls"] == EDITED
    assert SYNTAX_ERROR in found[1][1] and found[-1][1] == ["total: 3"]
    assert prompt in (SHAPES / name).read_text()


def test_a_prompt_without_a_colon_and_a_log_saved_with_lf_line_endings(tmp_path: Path) -> None:
    assert commands(SHAPES / "nocolon.log", tmp_path / "crlf") == EDITED  # dev@devbox ~/app$
    lf = tmp_path / "nocolon-lf.log"
    lf.write_bytes((SHAPES / "nocolon.log").read_bytes().replace(b"\r\n", b"\n"))
    assert b"\r\n" not in lf.read_bytes()
    assert steps(lf, tmp_path / "lf") == steps(SHAPES / "nocolon.log", tmp_path / "again")


def test_a_zsh_prompt_whose_folder_has_a_space(tmp_path: Path) -> None:
    found = steps(SHAPES / "zsh-space.log", tmp_path)
    assert [command for command, _ in found] == ["cd My\\ Project", "python3 run.py", "python3 missing.py", "ls"]
    assert found[1][1] == ["ok"] and "No such file or directory" in found[2][1][0]


def test_git_bash_two_line_prompt_in_crlf_text(tmp_path: Path) -> None:
    assert b"\r\n" in (SHAPES / "gitbash.txt").read_bytes()
    found = steps(SHAPES / "gitbash.txt", tmp_path)
    assert [command for command, _ in found] == EDITED
    assert not [line for _, output in found for line in output if "MINGW64" in line]  # the header is the prompt's
    assert found[-1][1] == ["total: 3"]


def test_a_prompt_that_changes_inside_one_file(tmp_path: Path) -> None:
    """A venv, then a nested shell with a root prompt, then back: no command is lost."""
    assert commands(SHAPES / "change.log", tmp_path) == [
        "cd app", "python3 -m venv .venv", "source .venv/bin/activate", "python app.py 1 2", "deactivate",
        "bash --rcfile ~/.other-rc", "python3 app.py 1 2", "ls /nonexistent", "exit", "ls"]


def test_output_without_a_final_newline_keeps_the_next_command(tmp_path: Path) -> None:
    found = steps(SHAPES / "nonl.log", tmp_path)
    assert found[1:4] == [("printf '{\"error\": \"no such item\"}'", ['{"error": "no such item"}']),
                          ("ls", ["app.py"]), ("printf 'no newline here'", ["no newline here"])]
    assert found[4][0] == "python3 app.py 1 2"


def test_a_recording_with_vim_in_it_imports_and_labels(tmp_path: Path) -> None:
    imported = import_file(SHAPES / "vim.cast", tmp_path)
    assert imported.note == "" and (imported.directory / "report.json").is_file()
    _, transcript = load_transcript(imported.directory)
    assert [view.command for view in transcript.steps] == ["cd app", "python3 app.py 1 2", "vim app.py",
                                                            "python3 app.py 1 2"]
    assert transcript.steps[2].output == [] and "\n~" not in transcript.text()  # vim's screen left no trace


def test_console_text_needs_no_option_on_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "realcast.cli", "import", str(SHAPES / "bare.txt"), "--out",
                           str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (folder,) = (tmp_path / "imported").iterdir()
    assert '"format": "text"' in (folder / "meta.json").read_text()


def test_redaction_reads_what_the_screen_showed(tmp_path: Path) -> None:
    text = "\n".join(command for command, _ in steps(SHAPES / "secrets.cast", tmp_path))
    assert "export API_TOKEN=<REDACTED:secret:1>" in text and "s3cr3t" not in text
    assert "ssh -o ConnectTimeout=2 deploy@build.example.com uptime" in text  # a login, not a mailbox


def test_a_redraw_that_overwrote_a_secret_like_word_is_left_as_it_was() -> None:
    """Readline moved back over `db_password=abcdefgh` and drew another line over it; the screen never showed
    a secret, so the bytes stay as they are and the redraw still lands where it did."""
    raw = "$ db_password=abcdefgh" + "\b" * 20 + "git commit -m x\x1b[K\r\n"
    cast = Cast(CastHeader(width=80, height=24), [CastEvent(time=0.0, code="o", data=raw)])
    assert Redactor().cast(cast, shown="$ git commit -m x").events[0].data == raw
    assert Redactor().cast(cast).events[0].data != raw  # read as raw bytes, the word looks like a secret


@pytest.mark.parametrize("kept", ["Access denied for user 'root'@'localhost' (using password: YES)",
                                  "X509_check_private_key:key values mismatch:../crypto/x509/x509_cmp.c:403:",
                                  "token: none", "ssh deploy@build.example.com uptime",
                                  "scp -P 2222 backup.tar ops@db01.example.net:/srv/"])
def test_answers_and_remote_logins_are_no_secrets(kept: str) -> None:
    assert Redactor().text(kept) == kept


def test_output_with_a_sign_in_it_is_no_prompt() -> None:
    """Progress lines, a table's header and a percentage repeat, but they are no prompts."""
    lines = ["dev@devbox:~$ git push", "Counting objects: 100% (5/5), done.", "Counting objects: 100% (3/3), done.",
             "Filesystem      Size  Used Avail Use% Mounted on", "Filesystem      Size  Used Avail Use% Mounted on",
             "tmpfs            64M   64M     0 100% /dev/shm", "tmpfs            64M   64M     0 100% /dev/shm",
             "# Heading", "# Heading", "sqlite> select 1;", "sqlite> select 2;", ">>> 1/0", ">>> 2/0",
             "app=# select 1;", "app=# select 2;", "dev@devbox:~$ ls"]
    shape = infer(lines)
    own = shape.pattern.removesuffix(DEFAULT_PROMPT)
    assert own == "(?:^(?:\\([^)]*\\) )?dev@devbox:\\~\\$(?: |$))|" and shape.header is None  # the prompt alone


@pytest.mark.parametrize("name", ["folder-first.log", "ohmyzsh.txt"])
def test_a_prompt_that_begins_with_its_folder_or_a_symbol(tmp_path: Path, name: str) -> None:
    """`~/app $ ` (the folder first, `~ $ ` before the cd) and oh-my-zsh's `➜  app git:(main) $ `."""
    assert commands(SHAPES / name, tmp_path) == EDITED


@pytest.mark.parametrize("name", ["bash-heredoc.log", "zsh-heredoc-wrap.log"])
def test_a_heredoc_with_a_blank_line_under_bash_and_zsh_continuation_prompts(tmp_path: Path, name: str) -> None:
    found = commands(SHAPES / name, tmp_path)
    assert found[1] == "cat > notes.txt <<'EOF'\nfirst line\n\nthird line\nEOF"


def test_a_long_command_zsh_wrapped_with_a_forced_wrap_is_one_command(tmp_path: Path) -> None:
    """zsh writes `… \\r` at the margin and goes on drawing the command on the next row."""
    found = steps(SHAPES / "zsh-heredoc-wrap.log", tmp_path)
    assert found[2][0] == ("python3 -c 'print(\"a long line that certainly wraps past the sixty columns of this "
                           "terminal\")' && wc -l notes.txt")
    assert found[2][1][-1] == "3 notes.txt"


def test_a_prompt_seen_once_that_ends_as_a_repeated_one_and_shows_only_a_folder() -> None:
    """zsh's `%1~ %`: `~ %` once before the `cd`; a theme's `✗` once after a failure."""
    lines = ["~ % cd invoice-java", "invoice-java % javac Main.java", "invoice-java % java Main", "hello",
             "√ ~ % cd 'net quality'", "√ net quality % go build .", "✗ net quality % go env", "√ net quality % ls",
             "Total: 3 %", "50 % done"]
    prompt = re.compile(infer(lines).pattern)
    assert [line for line in lines if prompt.match(line)] == lines[:3] + lines[4:8]


def test_a_nested_root_prompt_named_by_its_tool() -> None:
    lines = ["[dev@metrics-07 spool]$ ./agent-shell", "(ops) spool-agent # echo $SPOOL_DIR", "/dev/shm/spool",
             "(ops) spool-agent # df -h /dev/shm", "tmpfs 64M 64M 0 100% /dev/shm", "(ops) spool-agent # exit",
             "[dev@metrics-07 spool]$ ls", "# Heading", "# Heading"]
    prompt = re.compile(infer(lines).pattern)
    assert [line for line in lines if prompt.match(line)] == [lines[i] for i in (0, 1, 3, 5, 6)]


def test_a_prompt_with_an_empty_part_before_its_sign_is_still_one() -> None:
    """`folder branch $ ` shows `~  $ ` before the `cd` (no branch outside a repository); columns stay output."""
    lines = ["~  $ cd exporter", "exporter feature/csv-export $ git status -s", "?? export.py",
             "exporter feature/csv-export $ git add export.py", "Size  Used  $", "tmpfs  64M  100% $"]
    prompt = re.compile(infer(lines).pattern)
    assert [line for line in lines if prompt.match(line)] == lines[:2] + lines[3:4]


def test_a_two_line_prompt_keeps_its_header_when_a_tool_echoes_a_bare_prompt(tmp_path: Path) -> None:
    """Git Bash's `me@HOST MINGW64 ~/proj (main)` / `$ `: yarn echoes `$ node --test test/` in its output, which is
    no prompt (blind batch 10)."""
    found = commands(Path(__file__).parent / "foreign" / "b10-yarn-offline-unused-dep.txt", tmp_path)
    assert found[-3:] == ["yarn install --offline", "yarn test", "yarn report"] and len(found) == 9


def test_ctrl_c_at_an_empty_prompt_is_no_step(tmp_path: Path) -> None:
    """`dev@devbox:~/dashboard$ ^C` after `fg` found no job: nothing ran (blind batch 12)."""
    found = commands(Path(__file__).parent / "foreign" / "b12-vite-build-preview.cast", tmp_path)
    assert "^C" not in found and found.count("jobs") == 2


def test_a_line_given_up_with_ctrl_c_after_typing_is_no_step(tmp_path: Path) -> None:
    console = tmp_path / "abandoned.txt"
    console.write_text("$ cd notes\n$ rm -rf build^C\n$ git status\nOn branch main\n$ \n")
    assert commands(console, tmp_path / "out") == ["cd notes", "git status"]


def test_a_command_the_terminal_wrapped_and_the_copy_broke_inside_a_quote_is_one_command(tmp_path: Path) -> None:
    """zsh wrapped a long query at the terminal's 110 columns; the pasted text keeps the break (blind batch 13)."""
    query = ('sqlite3 -header sales.db "SELECT region, count(*) AS orders, round(sum(amount), 2) AS revenue '
             'FROM sales GROUP BY region"')
    prompt = "% "
    cut = 110 - len(prompt)
    console = tmp_path / "wrapped.txt"
    console.write_text(f"{prompt}cd sales\n{prompt}{query[:cut]}\n{query[cut:]}\nregion  orders  revenue\n"
                       f"south   15      3846.81\n{prompt}ls\nsales.db\n{prompt}\n")
    assert commands(console, tmp_path / "out") == ["cd sales", query, "ls"]


def test_a_folder_only_prompt_seen_once_and_a_bare_prompt_after_json_without_a_newline(tmp_path: Path) -> None:
    folders = tmp_path / "folders.txt"
    folders.write_text("~$ cd textkit\ntextkit$ python3 -m venv .venv\ntextkit$ . .venv/bin/activate\n"
                       "(.venv) textkit$ python -m pytest -q\n2 passed in 0.01s\n(.venv) textkit$ \n")
    assert commands(folders, tmp_path / "a")[:2] == ["cd textkit", "python3 -m venv .venv"]
    glued = tmp_path / "glued.txt"
    glued.write_text('$ cd app\n$ ls\nserver\n$ curl -s localhost:5050/api/health\n{"status":"up"}$ kill %1\n$ \n')
    assert commands(glued, tmp_path / "b") == ["cd app", "ls", "curl -s localhost:5050/api/health", "kill %1"]


FOREIGN = Path(__file__).parent / "foreign"


def test_a_prompt_whose_folder_ends_in_a_digit(tmp_path: Path) -> None:
    found = commands(FOREIGN / "b22-python-vs-python3.txt", tmp_path)  # `dev@lab-pc12 ~/homework1$ `
    assert found[3:] == ["cd homework1", "python3 hello.py", "cat hello.py", "nano +2 hello.py", "python3 hello.py"]


def test_a_shell_without_marks_started_inside_a_marked_one(tmp_path: Path) -> None:
    found = commands(FOREIGN / "b22-apt-nested-shell.log", tmp_path)  # `bash --norc`: `bash-5.2$ ` and no marks
    assert found[4:] == ["bash --norc", "top -b -n 1 | head -12", "echo $PS1", "exit", "tree"]


def test_a_continuation_line_that_wraps_once_its_secret_is_redacted(tmp_path: Path) -> None:
    found = commands(FOREIGN / "b21-dotenv-heredoc.txt", tmp_path)  # zsh's `heredoc> `, a password in a URL
    heredoc = next(command for command in found if command.startswith("cat > .env"))
    assert "@localhost:5432/billing_dev\n" in heredoc and "devpass" not in heredoc


def test_a_typed_line_readline_wrapped_keeps_its_words_when_a_secret_in_it_is_redacted(tmp_path: Path) -> None:
    found = commands(FOREIGN / "b21-sqlite-migration-vim.log", tmp_path)  # an e-mail address in a 110-column line
    assert any(command.endswith("# must be rejected") and "<REDACTED:email:1>" in command for command in found)


def test_a_nested_shell_started_with_its_own_rc_file(tmp_path: Path) -> None:
    found = commands(FOREIGN / "b23-nested-shell-gpu.log", tmp_path)  # `bash --rcfile .jobrc`: `(batch) gpu01$ `
    assert found[2:] == ["bash --rcfile .jobrc", "python3 check_env.py", "./job.sh", "exit", "ls"]
