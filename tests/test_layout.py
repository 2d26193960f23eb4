"""Finding steps on the rendered screen (recorder/layout.py, recorder/terminal.py): the terminal behaviour a
transcript depends on, and the partial-mark and prompt cases, on small casts written the way bash draws
(bracketed-paste toggles, `\\r\\n` line ends, marks inside the prompt)."""
from __future__ import annotations

from pathlib import Path

import pytest

from labelers import load_transcript
from recorder.cast import Cast
from recorder.importing import import_file
from recorder.layout import commands, incomplete, lay_out, output_lines
from schema.cast import CastEvent, CastHeader

A, B, C = "\x1b]133;A\x07", "\x1b]133;B\x07", "\x1b]133;C\x07"
PROMPT = "\x1b[?2004hdev@devbox:~$ "
ENTER = "\r\n\x1b[?2004l\r"


def D(code: str | None = "0") -> str:  # noqa: N802 - the mark's name
    return f"\x1b]133;D;{code}\x07" if code is not None else "\x1b]133;D\x07"


def cast(*chunks: str | tuple[str, str], cols: int = 60, rows: int = 10) -> Cast:
    """A cast with one event per chunk, 0.5 s apart; a (code, data) chunk is an input or resize event."""
    events = [CastEvent(time=0.5 * number, code=chunk[0] if isinstance(chunk, tuple) else "o",
                        data=chunk[1] if isinstance(chunk, tuple) else chunk)
              for number, chunk in enumerate(chunks, 1)]
    return Cast(CastHeader(width=cols, height=rows), events)


def steps(recording: Cast, prompt: str | None = None) -> list[tuple[str, int | None, list[str]]]:
    layout = lay_out(recording, prompt)
    return [(command.text, command.span.exit_code, output_lines(layout, command.span)) for command in commands(layout)]


def typed(*commands_and_outputs: tuple[str, str], prompt: str = PROMPT) -> list[str]:
    """Chunks of a plain-prompt session: prompt, the typed echo, Enter, the output; then a last prompt."""
    chunks = []
    for command, output in commands_and_outputs:
        chunks += [prompt, command, ENTER + output]
    return [*chunks, prompt]


# --- marks: all, some, other spellings -------------------------------------------------------------------------
def test_full_marks_give_exit_codes_outputs_and_the_working_directory() -> None:
    recording = cast(A + PROMPT + B, "ls /nope", ENTER + C + "ls: cannot access '/nope'\r\n",
                     D("2") + "\x1b]7;file://devbox/tmp/x%20y\x07" + A + PROMPT + B, "true", ENTER + C,
                     D("0") + A + PROMPT + B)
    layout = lay_out(recording)
    assert layout.marked and steps(recording) == [("ls /nope", 2, ["ls: cannot access '/nope'"]), ("true", 0, [])]
    assert [command.span.cwd for command in commands(layout)] == ["/tmp/x y", None]


@pytest.mark.parametrize(("end_mark", "code"), [(D("1"), 1), (D(None), None), ("\x1b]133;D;1;aid=42\x07", 1)])
def test_prompt_and_end_marks_alone_frame_the_steps(end_mark: str, code: int | None) -> None:
    recording = cast(A + PROMPT, "false", ENTER + "nope\r\n", end_mark + A + PROMPT)
    assert steps(recording) == [("false", code, ["nope"])]


def test_end_marks_alone_frame_the_steps_too() -> None:
    recording = cast(D("0") + PROMPT, "false", ENTER + "nope\r\n", D("1") + PROMPT, "ls", ENTER + "a  b\r\n",
                     D("0") + PROMPT)
    assert steps(recording) == [("false", 1, ["nope"]), ("ls", 0, ["a  b"])]


def test_vs_code_osc_633_marks_count_as_marks() -> None:
    recording = cast("\x1b]633;A\x07" + PROMPT + "\x1b]633;B\x07", "make", ENTER + "\x1b]633;C\x07" + "done\r\n",
                     "\x1b]633;D;0\x07\x1b]633;A\x07" + PROMPT)
    assert lay_out(recording).marked and steps(recording) == [("make", 0, ["done"])]


def test_a_prompt_marked_without_b_ends_where_the_prompt_was_drawn() -> None:
    """A custom prompt no default regex knows: the cursor at the end of the A mark's event says where it ends."""
    recording = cast(A + "λ ", "ls", ENTER + "a\r\n", D("0") + A + "λ ")
    assert steps(recording) == [("ls", 0, ["a"])]


def test_a_two_line_prompt_types_the_command_on_the_b_marks_line() -> None:
    recording = cast(A + "dev@devbox ~/app\r\n$ " + B, "ls", ENTER + C + "a\r\n", D("0") + A + "dev@devbox ~/app\r\n$ " + B)
    layout = lay_out(recording)
    assert steps(recording) == [("ls", 0, ["a"])] and layout.lines[commands(layout)[0].span.prompt] == "$ ls"


# --- prompts ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", ["dev@devbox:~/app$ ", "root@devbox:/etc# ", "(venv) dev@devbox:~/app (main)$ ",
                                    "[dev@devbox app]$ ", "devbox:app dev$ ", "dev@devbox app % ", "devbox% ",
                                    "bash-5.2$ "])
def test_stock_bash_and_zsh_prompts_are_found_without_marks(prompt: str) -> None:
    recording = cast(*typed(("echo hi", "hi\r\n"), ("ls", "a  b\r\n"), prompt=prompt))
    assert steps(recording) == [("echo hi", None, ["hi"]), ("ls", None, ["a  b"])]


@pytest.mark.parametrize("line", ["100% done", "jane@example.com: cost $ 5", "make: *** [all] Error 1",
                                  "50%|█████     | 5/10"])
def test_output_that_merely_contains_a_dollar_or_percent_is_not_a_prompt(line: str) -> None:
    recording = cast(*typed(("./run", f"{line}\r\n")))
    assert steps(recording) == [("./run", None, [line])]


def test_a_prompt_regex_given_by_hand() -> None:
    recording = cast(*typed(("ls", "a\r\n"), prompt="❯ "))
    assert steps(recording) == [] and steps(recording, r"^❯ ") == [("ls", None, ["a"])]


# --- what belongs to the command ---------------------------------------------------------------------------------
def test_a_long_command_wrapped_at_the_margin_is_one_command() -> None:
    long = "grep -rn 'a fairly long pattern' src/ tests/ docs/ | head -n 20"
    recording = cast(*typed((long, "src/a.py:1: match\r\n")), cols=40)
    assert steps(recording) == [(long, None, ["src/a.py:1: match"])]


def test_continuation_lines_belong_to_the_command_only_while_bash_needs_more() -> None:
    continued = cast(PROMPT, "echo one \\", "\r\n> ", "two", ENTER + "one two\r\n", PROMPT)
    quoted = cast(PROMPT, "cat notes.md", ENTER + "> a quoted line\r\nplain\r\n", PROMPT)
    heredoc = cast(PROMPT, "cat <<EOF", "\r\n> ", "hi", "\r\n> ", "EOF", ENTER + "hi\r\n", PROMPT)
    assert steps(continued) == [("echo one \\\ntwo", None, ["one two"])]
    assert steps(quoted) == [("cat notes.md", None, ["> a quoted line", "plain"])]
    assert steps(heredoc) == [("cat <<EOF\nhi\nEOF", None, ["hi"])]


@pytest.mark.parametrize(("command", "more"), [
    ("echo one \\", True), ("ls |", True), ("make &&", True), ("echo 'open", True), ('echo "it\'s"', False),
    ("for f in *; do", True), ("for f in *; do echo $f; done", False), ("if true; then", True),
    ("echo for while", False), ("cat <<EOF", True), ("cat <<EOF\nx\nEOF", False), ("ls # it's", False),
])
def test_whether_bash_would_ask_for_more(command: str, more: bool) -> None:
    assert incomplete(command) is more


def test_empty_enters_are_no_steps_and_a_final_exit_or_logout_is_none_either() -> None:
    for ending in ("exit", "exit 0", "logout"):
        recording = cast(PROMPT, ENTER, PROMPT, "exit", ENTER + "exit\r\n", PROMPT, "ls", ENTER + "a\r\n", PROMPT,
                         ending, ENTER + "exit\r\n")
        assert [text for text, _, _ in steps(recording)] == ["exit", "ls"], ending  # a nested shell's exit stays


def test_a_ctrl_c_echo_the_program_erased_as_it_exited_stays_in_the_output() -> None:
    """npm draws its progress line, the tty echoes `^C`, and npm clears the line as it exits (`\\r\\e[K`)."""
    progress = "\r(\u2802\u2802\u2802) \u2834 idealTree: sill buildDeps\x1b[K"
    recording = cast(*typed(("npm install chalk", progress + "\r^C\r\x1b[K\x1b[?25h\r"), ("ls", "a\r\n")))
    assert steps(recording)[0] == ("npm install chalk", None, ["^C"])
    assert steps(recording)[1][0] == "ls"


# --- the terminal ------------------------------------------------------------------------------------------------
def test_a_full_screen_program_leaves_the_shell_screen_as_it_was() -> None:
    """vim, less, tmux draw on the alternate screen; quitting shows the shell's lines again, and only those."""
    recording = cast(*typed(("ls", "a  b\r\n")), "vim notes", ENTER + "\x1b[?1049h\x1b[H\x1b[2Jhello from vim\r\n~\r\n~",
                     "\x1b[?1049l", PROMPT, "ls", ENTER + "a  b\r\n", PROMPT)
    layout = lay_out(recording)
    assert steps(recording) == [("ls", None, ["a  b"]), ("vim notes", None, []), ("ls", None, ["a  b"])]
    assert not any("vim" in line for line in layout.lines if "notes" not in line)


def test_clear_keeps_the_earlier_steps_in_the_scroll_back() -> None:
    recording = cast(*typed(("echo before", "before\r\n"), ("clear", "\x1b[H\x1b[2J\x1b[3J"), ("echo after", "after\r\n")))
    assert steps(recording) == [("echo before", None, ["before"]), ("clear", None, []), ("echo after", None, ["after"])]


def test_a_resize_that_shrinks_the_screen_loses_no_line() -> None:
    lines = "".join(f"line {number}\r\n" for number in range(8))
    recording = cast(PROMPT, "seq", ENTER + lines, ("r", "60x4"), PROMPT, "ls", ENTER + "a\r\n", PROMPT, rows=12)
    assert steps(recording) == [("seq", None, [f"line {number}" for number in range(8)]), ("ls", None, ["a"])]


def test_step_times_come_from_the_events() -> None:
    """Prompt at 0.5 s, the echo of the first key at 1.0 s, Enter at 1.5 s, the next prompt at 2.5 s."""
    (command,) = commands(lay_out(cast(PROMPT, "sleep 1", ENTER, "", PROMPT)))
    assert (command.start, command.output_start, command.end) == (1.0, 1.5, 2.5)
    keys = cast(PROMPT, ("i", "l"), ("i", "s\r"), "ls" + ENTER + "a\r\n", PROMPT)  # keystrokes recorded (--stdin)
    (command,) = commands(lay_out(keys))
    assert (command.start, command.output_start, command.end) == (1.0, 2.0, 2.5)


def test_a_real_recording_with_tmux_renders_as_the_terminal_showed_it(tmp_path: Path) -> None:
    """asciinema 3, a Fedora-style prompt and tmux on the alternate screen (tests/fixtures/layout/README.md)."""
    result = import_file(Path(__file__).parent / "fixtures" / "layout" / "tmux-v3.cast", tmp_path)
    meta, transcript = load_transcript(result.directory)
    assert transcript.lines == ["[niklas@niklas-ms7977 tcp]$ tmux", "[exited]", "[niklas@niklas-ms7977 tcp]$ exit",
                                "exit"]
    assert (meta.imported.format, meta.imported.steps_from, meta.hostname) == ("asciicast-v3", "prompt",
                                                                               "niklas-ms7977")
    (step,) = transcript.steps  # the final `exit` ends the recording: no step
    assert (step.command, step.exit_code, step.output) == ("tmux", None, ["[exited]"])
    assert (step.record.start, step.record.end) == pytest.approx((0.441, 18.385), abs=1e-3)  # first key; shell back


def test_a_real_bash_on_a_narrow_terminal(tmp_path: Path) -> None:
    """tests/fixtures/layout/record.py: wraps, an exact fit, clear, a here-document, less, a silent sleep."""
    result = import_file(Path(__file__).parent / "fixtures" / "layout" / "terminal.cast", tmp_path)
    _, transcript = load_transcript(result.directory)
    assert [(step.command, step.output) for step in transcript.steps] == [
        ("echo the quick brown fox jumps over the lazy dog again",
         ["the quick brown fox jumps over the lazy dog again"]),  # wrapped at the margin: one line again
        ("printf '> quoted\\nplain\\n'", ["> quoted", "plain"]),  # fits its row exactly: the output is no command
        ("clear", []), ("cat <<EOF\nhi\nEOF", ["hi"]), ("less notes.txt", []), ("sleep 1", [])]
    sleep = transcript.steps[-1].record
    assert sleep.end - sleep.output_start == pytest.approx(1.0, abs=0.05)  # it ends when the prompt is back


@pytest.mark.parametrize(("json_reply", "next_command"), [
    ('{"error": "no such item"}', "echo next"),
    ('[{"id": 1, "name": "desk lamp", "price": 24.5}, {"id": 2, "name": "standing desk", "price": 389.0}]',
     "echo next; echo a command long enough to wrap past the margin"),  # both rows wrap (workday-web-s0112)
])
def test_output_without_a_final_newline_is_its_own_step_s_only(tmp_path: Path, json_reply: str, next_command: str) -> None:
    """`curl -s` printing JSON leaves the next prompt on its line: the line belongs to the step only up to
    where its output stopped (load-testing-s0112 quoted `{"error": ...}dev@host:~$ grep ...` as evidence)."""
    from recorder.cast import cast_text

    recording = cast(A + PROMPT + B, "curl -s localhost:5000/api/items/20", ENTER + C + json_reply,
                     D("0") + A + PROMPT + B, next_command, ENTER + C + "next\r\n", D("0") + A + PROMPT + B)
    (tmp_path / "reply.cast").write_text(cast_text(recording), encoding="utf-8")
    _, transcript = load_transcript(import_file(tmp_path / "reply.cast", tmp_path / "sessions").directory)
    reply, following = transcript.steps
    assert reply.output == [json_reply] and following.output[0] == "next"
    assert following.prompt_line == json_reply + "dev@devbox:~$ " + next_command  # the screen itself is as it was
