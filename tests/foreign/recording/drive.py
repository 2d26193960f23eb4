"""Record the foreign test set: a real shell in a container, typed into through tmux, captured by
`asciinema rec` or util-linux `script` — not by realcast's recorder.

    docker build -t realcast-foreign tests/foreign/recording
    .venv/bin/python tests/foreign/recording/drive.py [NAME...]     # all sessions of sessions.yaml by default

Each session in sessions.yaml names its recorder (cast, script-classic, script-advanced, script-untimed),
its shell (marks: the sandbox's ~/.bashrc with full OSC 133 marks; ad: only the A and D marks; plain:
Debian's stock /etc/skel/.bashrc; zsh), the terminal size, a project folder copied into the home
directory, setup lines run before recording, and the commands typed. A command given as
{keys: ..., interrupt_after: N} gets Ctrl-C after N seconds. The truth files next to the recordings are
written by hand afterwards, from what the recordings show.
"""
from __future__ import annotations

import random
import subprocess
import sys
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
}
RC_FILES = {
    ".ad-rc": "PS1='\\[\\e]133;A\\a\\]\\u@\\h:\\w\\$ '\nPROMPT_COMMAND='printf \"\\e]133;D;%s\\a\" $?'\n",
    ".zshrc": "PROMPT='%n@%m %1~ %# '\n",
    ".tmux.conf": "set -g default-terminal xterm-256color\nset -g status off\n",
}
RECORDERS = {
    "cast": "asciinema rec -q --overwrite -c '{shell}' out/{name}.cast",
    "script-classic": "script -q --log-out out/{name}.log --log-timing out/{name}.timing -c '{shell}'",
    "script-advanced": "script -q -m advanced --log-io out/{name}.log --log-timing out/{name}.timing -c '{shell}'",
    "script-untimed": "script -q out/{name}.log -c '{shell}'",
}


def docker(*args: str, check: bool = True) -> str:
    done = subprocess.run(["docker", *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"docker {' '.join(args[:3])}…: {done.stderr.strip()[:300]}")
    return done.stdout


def in_box(box: str, script: str, user: str = "dev") -> str:
    return docker("exec", "-u", user, "-w", "/home/dev", box, "bash", "-c", script)


def pane(box: str) -> str:
    return in_box(box, "tmux capture-pane -p -t rec 2>/dev/null || true")


def wait_for_prompt(box: str, before: str, timeout: float = 120.0) -> None:
    """Until the screen changed, ends at a prompt, and has been still for a moment."""
    deadline, last, still_since = time.monotonic() + timeout, None, time.monotonic()
    while time.monotonic() < deadline:
        screen = pane(box)
        if screen != last:
            last, still_since = screen, time.monotonic()
        lines = [line for line in screen.splitlines() if line.strip()]
        at_prompt = bool(lines) and lines[-1].rstrip().endswith(PROMPT_END)
        if screen != before and at_prompt and time.monotonic() - still_since > 0.8:
            return
        time.sleep(0.2)
    raise RuntimeError(f"no prompt came back within {timeout:.0f} s:\n{last}")


def type_keys(box: str, keys: str, rng: random.Random) -> None:
    """Word by word, with a person's pauses, then Enter."""
    words = keys.split(" ")
    for index, word in enumerate(words):
        chunk = word + (" " if index < len(words) - 1 else "")
        docker("exec", "-u", "dev", box, "tmux", "send-keys", "-t", "rec", "-l", "--", chunk)
        time.sleep(rng.uniform(0.05, 0.25))
    docker("exec", "-u", "dev", box, "tmux", "send-keys", "-t", "rec", "Enter")


def run_command(box: str, command: str | dict, rng: random.Random) -> None:
    before = pane(box)
    keys = command["keys"] if isinstance(command, dict) else command
    type_keys(box, keys, rng)
    if isinstance(command, dict) and "interrupt_after" in command:
        time.sleep(command["interrupt_after"])
        docker("exec", "-u", "dev", box, "tmux", "send-keys", "-t", "rec", "C-c")
    wait_for_prompt(box, before)
    time.sleep(rng.uniform(0.5, 1.5))  # reading the output


def prepare(box: str, session: dict) -> None:
    for name, text in RC_FILES.items():
        in_box(box, f"cat > ~/{name} <<'RC'\n{text}RC")
    in_box(box, "mkdir -p ~/out")
    project = session.get("project")
    if project:
        docker("cp", str(HERE / "projects" / project), f"{box}:/home/dev/{session.get('folder', project)}")
        in_box(box, "chown -R dev:dev /home/dev", user="0")
    for line in session.get("setup", []):
        in_box(box, line)


def record(session: dict) -> None:
    name, rng = session["name"], random.Random(session["name"])
    box = f"foreign-{name}"
    docker("rm", "-f", box, check=False)
    docker("run", "-d", "--name", box, "--network", "none", "--hostname", session.get("host", "devbox"), IMAGE,
           "sleep", "infinity")
    try:
        prepare(box, session)
        cols, rows = session["size"]
        recorder = RECORDERS[session["recorder"]].format(shell=SHELLS[session["shell"]], name=name)
        in_box(box, f"tmux -f ~/.tmux.conf new-session -d -s rec -x {cols} -y {rows} \"{recorder}\"")
        wait_for_prompt(box, "")
        for command in session["commands"]:
            run_command(box, command, rng)
        type_keys(box, "exit", rng)
        deadline = time.monotonic() + 20
        while in_box(box, "tmux has-session -t rec 2>/dev/null && echo up || true").strip() == "up":
            if time.monotonic() > deadline:
                raise RuntimeError("the recorder did not end after `exit`")
            time.sleep(0.3)
        for suffix in (".cast", ".log", ".timing"):
            docker("cp", f"{box}:/home/dev/out/{name}{suffix}", str(OUT / f"{name}{suffix}"), check=False)
    finally:
        docker("rm", "-f", box, check=False)


def main(names: list[str]) -> None:
    sessions = yaml.safe_load((HERE / "sessions.yaml").read_text())
    for session in sessions:
        if not names or session["name"] in names:
            started = time.monotonic()
            record(session)
            print(f"recorded {session['name']} in {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
