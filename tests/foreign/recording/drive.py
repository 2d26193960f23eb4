"""Record the foreign test set: a real shell in a container, typed into through tmux, captured by
`asciinema rec` or util-linux `script` — not by realcast's recorder.

    docker build -t realcast-foreign tests/foreign/recording
    .venv/bin/python tests/foreign/recording/drive.py [NAME...]                    # sessions.yaml → tests/foreign
    .venv/bin/python tests/foreign/recording/drive.py --sessions batch3.yaml --out DIR [NAME...]

A sessions file is a list of sessions, or a mapping {image: TAG, dockerfile: FILE, sessions: [...]} for a
batch that needs more tools (its Dockerfile, beside the sessions file, builds FROM realcast-foreign).

Each session names its recorder (cast, script-classic, script-advanced, script-untimed, or paste: no
recorder at all, the terminal's scroll-back copied as text at the end, as a person copies a console into an
issue), its shell (marks: the sandbox's ~/.bashrc with full OSC 133 marks; ad: only the A and D marks;
plain: Debian's stock /etc/skel/.bashrc; zsh; rc: bash with the session's own `rc:` text as its rc file,
any prompt a person may have; zsh also takes a `zshrc:` text), the terminal size, a project folder copied
into the home directory, lines run before recording (`root_setup` as root, then `setup` as dev: a small
tmpfs, a file only root may write, a service started), and the commands typed:

- "text": typed word by word, then Enter; the driver waits for the prompt;
- {keys: "text", interrupt_after: N}: the same, then Ctrl-C after N seconds;
- {send: [ITEM...], wait: prompt | none | REGEX}: keystrokes as a person makes them. An ITEM is "text"
  (typed as is), {key: NAME, times: N} (a tmux key name: Enter, BSpace, Up, Down, Left, Right, Tab, Escape,
  C-c, C-d, C-r, C-u, C-w, C-z, ...), {pause: SECONDS} or {until: REGEX} (wait until the screen shows it;
  its rows are trimmed of trailing spaces, so a REPL's prompt is `>>>\\s*$`). Afterwards the driver waits
  for a prompt (default), for nothing, or for REGEX on the screen.

`paste_crlf: true` writes a paste with `\r\n` line endings. The truth files next to the recordings are
written by hand afterwards, from what the recordings show.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
IMAGE = "realcast-foreign:latest"
PROMPT_END = ("$", "#", "%")
SHELLS = {
    "marks": "bash -i",
    "ad": "bash --rcfile /home/dev/.ad-rc -i",
    "plain": "bash --rcfile /etc/skel/.bashrc -i",
    "zsh": "zsh -i",
    "rc": "bash --rcfile /home/dev/.session-rc -i",
}
RC_FILES = {
    ".ad-rc": "PS1='\\[\\e]133;A\\a\\]\\u@\\h:\\w\\$ '\nPROMPT_COMMAND='printf \"\\e]133;D;%s\\a\" $?'\n",
    ".zshrc": "PROMPT='%n@%m %1~ %# '\n",
    ".tmux.conf": "set -g default-terminal xterm-256color\nset -g status off\nset -g history-limit 100000\n",
}
RECORDERS = {
    "cast": "asciinema rec -q --overwrite -c '{shell}' out/{name}.cast",
    "script-classic": "script -q --log-out out/{name}.log --log-timing out/{name}.timing -c '{shell}'",
    "script-advanced": "script -q -m advanced --log-io out/{name}.log --log-timing out/{name}.timing -c '{shell}'",
    "script-untimed": "script -q out/{name}.log -c '{shell}'",
    "paste": "{shell}",
}
SUFFIXES = (".cast", ".log", ".timing", ".txt")


def docker(*args: str, check: bool = True) -> str:
    done = subprocess.run(["docker", *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"docker {' '.join(args[:3])}…: {done.stderr.strip()[:300]}")
    return done.stdout


def in_box(box: str, script: str, user: str = "dev") -> str:
    return docker("exec", "-u", user, "-w", "/home/dev", box, "bash", "-c", script)


def pane(box: str) -> str:
    return in_box(box, "tmux capture-pane -p -t rec 2>/dev/null || true")


def send(box: str, *keys: str, literal: bool = False) -> None:
    docker("exec", "-u", "dev", box, "tmux", "send-keys", "-t", "rec", *(["-l", "--"] if literal else []), *keys)


def wait_until(box: str, before: str, ready, timeout: float = 120.0) -> None:  # noqa: ANN001 - ready(screen) -> bool
    """Until the screen changed, `ready(screen)` holds, and it has been still for a moment."""
    deadline, last, still_since = time.monotonic() + timeout, None, time.monotonic()
    while time.monotonic() < deadline:
        screen = pane(box)
        if screen != last:
            last, still_since = screen, time.monotonic()
        if screen != before and ready(screen) and time.monotonic() - still_since > 0.8:
            return
        time.sleep(0.2)
    raise RuntimeError(f"the screen did not settle within {timeout:.0f} s:\n{last}")


def at_prompt(screen: str) -> bool:
    lines = [line for line in screen.splitlines() if line.strip()]
    return bool(lines) and lines[-1].rstrip().endswith(PROMPT_END)


def wait_for_prompt(box: str, before: str, timeout: float = 120.0) -> None:
    wait_until(box, before, at_prompt, timeout)


def type_text(box: str, text: str, rng: random.Random) -> None:
    """Word by word, with a person's pauses."""
    words = text.split(" ")
    for index, word in enumerate(words):
        chunk = word + (" " if index < len(words) - 1 else "")
        if chunk:
            send(box, chunk, literal=True)
        time.sleep(rng.uniform(0.05, 0.25))


def type_keys(box: str, keys: str, rng: random.Random) -> None:
    type_text(box, keys, rng)
    send(box, "Enter")


def send_items(box: str, items: list, rng: random.Random) -> None:
    """Keystrokes as a person makes them: text, named keys, pauses, and waits for the screen."""
    for item in items:
        if isinstance(item, str):
            type_text(box, item, rng)
        elif "key" in item:
            for _ in range(item.get("times", 1)):
                send(box, item["key"])
                time.sleep(rng.uniform(0.08, 0.2))
        elif "pause" in item:
            time.sleep(item["pause"])
        elif "until" in item:
            pattern = re.compile(item["until"], re.M)
            wait_until(box, "", lambda screen: bool(pattern.search(screen)), item.get("timeout", 120))


def run_command(box: str, command: str | dict, rng: random.Random) -> None:
    before = pane(box)
    if isinstance(command, dict) and "send" in command:
        send_items(box, command["send"], rng)
        wait = command.get("wait", "prompt")
        if wait == "prompt":
            wait_for_prompt(box, before)
        elif wait != "none":
            pattern = re.compile(wait, re.M)
            wait_until(box, before, lambda screen: bool(pattern.search(screen)))
    else:
        keys = command["keys"] if isinstance(command, dict) else command
        type_keys(box, keys, rng)
        if isinstance(command, dict) and "interrupt_after" in command:
            time.sleep(command["interrupt_after"])
            send(box, "C-c")
        wait_for_prompt(box, before)
    time.sleep(rng.uniform(0.5, 1.5))  # reading the output


def prepare(box: str, session: dict, projects: Path) -> None:
    files = {**RC_FILES, ".session-rc": session.get("rc", "")}
    if "zshrc" in session:
        files[".zshrc"] = session["zshrc"]
    for name, text in files.items():
        in_box(box, f"cat > ~/{name} <<'RC'\n{text}\nRC")
    in_box(box, "mkdir -p ~/out")
    project = session.get("project")
    if project:
        docker("cp", str(projects / project), f"{box}:/home/dev/{session.get('folder', project)}")
        in_box(box, "chown -R dev:dev /home/dev", user="0")
    for line in session.get("root_setup", []):
        in_box(box, line, user="0")
    for line in session.get("setup", []):
        in_box(box, line)


def copy_paste(box: str, name: str, crlf: bool) -> None:
    """The whole scroll-back as a person copies it: wrapped rows joined, trailing spaces trimmed."""
    text = in_box(box, "tmux capture-pane -p -J -S - -E - -t rec")
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    in_box(box, f"cat > ~/out/{name}.txt <<'PASTE'\n" + "\n".join(lines).replace("\n", "\r\n" if crlf else "\n")
           + "\nPASTE")


def end_session(box: str, session: dict, rng: random.Random) -> None:
    if session["recorder"] == "paste":
        copy_paste(box, session["name"], session.get("paste_crlf", False))
    type_keys(box, "exit", rng)
    deadline = time.monotonic() + 20
    while in_box(box, "tmux has-session -t rec 2>/dev/null && echo up || true").strip() == "up":
        if time.monotonic() > deadline:
            raise RuntimeError("the recorder did not end after `exit`")
        time.sleep(0.3)


def record(session: dict, image: str, projects: Path, out: Path) -> None:
    name, rng = session["name"], random.Random(session["name"])
    box = f"foreign-{name}"
    docker("rm", "-f", box, check=False)
    docker("run", "-d", "--name", box, "--network", "none", "--hostname", session.get("host", "devbox"), image,
           "sleep", "infinity")
    try:
        prepare(box, session, projects)
        cols, rows = session["size"]
        recorder = RECORDERS[session["recorder"]].format(shell=SHELLS[session["shell"]], name=name)
        in_box(box, f"tmux -f ~/.tmux.conf new-session -d -s rec -x {cols} -y {rows} \"{recorder}\"")
        wait_for_prompt(box, "")
        for command in session["commands"]:
            run_command(box, command, rng)
        end_session(box, session, rng)
        for suffix in SUFFIXES:
            docker("cp", f"{box}:/home/dev/out/{name}{suffix}", str(out / f"{name}{suffix}"), check=False)
    finally:
        docker("rm", "-f", box, check=False)


def load(path: Path) -> tuple[str, list[dict]]:
    """The image and the sessions of a sessions file (a plain list uses realcast-foreign)."""
    data = yaml.safe_load(path.read_text())
    if isinstance(data, list):
        return IMAGE, data
    return data.get("image", IMAGE), data["sessions"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="sessions to record (default: all)")
    parser.add_argument("--sessions", type=Path, default=HERE / "sessions.yaml")
    parser.add_argument("--projects", type=Path, default=HERE / "projects")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    image, sessions = load(args.sessions)
    args.out.mkdir(parents=True, exist_ok=True)
    for session in sessions:
        if not args.names or session["name"] in args.names:
            started = time.monotonic()
            record(session, image, args.projects, args.out)
            print(f"recorded {session['name']} in {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
