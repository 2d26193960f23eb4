"""Merging a branch in a small repository: a fast-forward, a clean three-way merge, or a real content
conflict that the developer inspects and resolves (ours, theirs, both sides, abort, or abort and retry
with -X), sometimes after a typical slip such as committing before `git add`. The repository is data.yaml
and files/: tracked files (`kinds`) whose lines (`slots`) the two branches edit, and commits around them."""
from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files, quote, render

HERE = Path(__file__).parent


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    topic, project = rng.choice(book["topics"]), rng.choice(book["projects"])
    names = {"project": project, "pkg": project.split("-")[0]}
    branch = rng.choice(book["branch_prefixes"]) + topic["slug"]
    outcome = rng.choices(["conflict", "clean", "fast_forward"], weights=[6, 2, 2])[0]
    direction = "into_main" if outcome == "fast_forward" or rng.random() < 0.7 else "into_feature"
    current, other = ("main", branch) if direction == "into_main" else (branch, "main")
    targets = rng.sample(book["kinds"], 2 if outcome == "conflict" and rng.random() < 0.25 else 1)
    edits = _draw_edits(targets, outcome, rng)
    resolution, mistake = _draw_ending(targets, edits, outcome, rng)
    paths = [kind["path"] for kind in targets]
    keys = {side: [f"{path}:{key}" for path in paths for key in edits[side].get(path, [])] for side in edits}
    params = {
        "project": project, "topic": topic["slug"], "branch": branch, "outcome": outcome, "direction": direction,
        "start_on": current if rng.random() < 0.6 else other, "files": paths,
        "conflict_keys": keys["shared"], "feature_keys": keys["feature"], "main_keys": keys["main"],
        "base_commits": rng.randint(1, 3), "feature_extra_commits": rng.choice([0, 1, 1, 2, 2, 3]),
        "main_extra_commits": 0 if outcome == "fast_forward" else rng.randint(0 if any(edits["main"].values()) else 1, 2),
        "colleague": rng.random() < 0.5, "resolution": resolution, "mistake": mistake,
        "pre_inspect": rng.sample(book["pre_inspect"], rng.randint(1, 3)),
        "conflict_inspect": _conflict_inspect(rng) if outcome == "conflict" else [],
        "merge_flags": rng.choice(["", "--no-edit "]) if outcome == "conflict" else "",
        "add_style": rng.choice(["files", ".", "-A", "-u"]),
        "commit_style": rng.choice(["no-edit", "merge", "resolve"]),
        "status_after_add": rng.random() < 0.5, "delete_branch": direction == "into_main" and rng.random() < 0.3,
        "restore_cmd": rng.choice(["checkout", "restore"]), "switch_cmd": rng.choice(["checkout", "switch"]),
    }
    files, setup = _repository(params, topic, targets, edits, names, rng)
    return _steps(Session(rng), params, current, other).fields(params, files, setup=setup)


# --- the branches' edits -------------------------------------------------------------------------------
def _draw_edits(targets: list[dict], outcome: str, rng: random.Random) -> dict[str, dict]:
    """Per file path, the slot values each branch writes (key -> line); `shared`: the slots both change."""
    feature: dict[str, dict[str, str]] = {}
    main: dict[str, dict[str, str]] = {}
    shared: dict[str, list[str]] = {}
    for kind in targets:
        slots, both = list(kind["slots"]), []
        rng.shuffle(slots)
        if outcome == "conflict":
            additive = [slot for slot in slots if not slot["base"]]
            count = 1 if additive and rng.random() < 0.4 else rng.randint(1, min(3, len(slots)))
            if count == 1 and additive:  # a lone conflict on an insertion point: both sides add a line
                slots.remove(additive[0])
                slots.insert(0, additive[0])
            both, rest = slots[:count], slots[count:]
            shared[kind["path"]] = [slot["key"] for slot in both]
            feature_only = rest[:rng.randint(0, min(1, len(rest)))]
            main_only = rest[len(feature_only):][:rng.randint(0, 1)]
        elif outcome == "clean":
            feature_only = slots[:rng.randint(1, min(2, len(slots)))]
            main_only = slots[len(feature_only):][:rng.randint(0, 2)]
        else:
            feature_only, main_only = slots[:rng.randint(1, min(2, len(slots)))], []
        feature[kind["path"]], main[kind["path"]] = {}, {}
        for slot in both:
            main[kind["path"]][slot["key"]], feature[kind["path"]][slot["key"]] = rng.sample(slot["options"], 2)
        for values, chosen in ((feature, feature_only), (main, main_only)):
            values[kind["path"]].update({slot["key"]: rng.choice(slot["options"]) for slot in chosen})
    return {"feature": feature, "main": main, "shared": shared}


def _draw_ending(targets: list[dict], edits: dict, outcome: str, rng: random.Random) -> tuple[str, str]:
    """How a conflict ends (keeping both sides only where both branches add lines), and a realistic slip
    (ones that need a conflict only where there is one)."""
    if outcome != "conflict":
        slip = "none" if rng.random() < 0.75 else "typo_branch" if outcome == "fast_forward" else None
        return "none", slip or rng.choice(["typo_branch", "ff_only"])
    additive = all(not _slot(kind, key)["base"] for kind in targets for key in edits["shared"][kind["path"]])
    weights = data(HERE)["resolutions"]
    resolution = rng.choices(list(weights), [w if name != "union" or additive else 0 for name, w in weights.items()])[0]
    if rng.random() < 0.5:
        return resolution, "none"
    weights = dict(data(HERE)["conflict_mistakes"])
    if resolution not in ("sed_theirs", "sed_ours", "union"):
        weights["commit_markers"] = 0
    if resolution.startswith("abort"):
        weights["commit_early"] = 2
    return resolution, rng.choices(list(weights), weights=list(weights.values()))[0]


def _conflict_inspect(rng: random.Random) -> list[str]:
    """One to three looks at the conflict (never both long and short `git status`)."""
    commands = rng.sample(data(HERE)["conflict_inspect"], rng.randint(1, 3))
    return [command for command in commands if not (command == "git status -s" and "git status" in commands)]


# --- the repository before the session -----------------------------------------------------------------
def _repository(params: dict, topic: dict, targets: list[dict], edits: dict, names: dict[str, str],
                rng: random.Random) -> tuple[list[dict], list[str]]:
    """Files of the base commit, staged contents of later commits (.stage/N), and the setup lines that
    commit them: a base history, the feature branch, then main's own commits."""
    book, pkg = data(HERE), names["pkg"]
    readme = next(kind for kind in book["kinds"] if kind["path"] == "README.md")
    bystanders = [kind for kind in book["kinds"] if kind not in targets and kind is not readme]
    present = [*targets, *rng.sample(bystanders, rng.randint(0, 2))]
    base = {kind["path"]: _render(kind, {}, names) for kind in present + ([readme] if readme not in present else [])}
    base |= {".gitignore": _text("base/.gitignore", names), f"src/{pkg}/__init__.py": "",
             f"src/{pkg}/app.py": _text("base/app.py.j2", names)}
    texts = {file["path"]: file["content"] for file in project_files(HERE, names, "files/extras", "")}
    extras = [({extra["path"]: texts[extra["path"]]}, extra["message"])
              for extra in rng.sample(book["main_extras"], len(book["main_extras"]))]
    history = extras[:params["base_commits"] - 1]
    main_extra = extras[len(history):][:params["main_extra_commits"]]
    used: list[str] = []  # commit messages so far, so that the two branches' commits do not read the same
    feature = [_slot_commit(kind, edits["feature"][kind["path"]], names, used, rng) for kind in targets]
    context = names | topic  # the topic's module, its tests and its note
    feature += [({render(commit["path"], context): _text(render(commit["file"], context), context)},
                 render(commit["message"], context))
                for commit in book["topic_commits"][:params["feature_extra_commits"]]]
    rng.shuffle(feature)
    main = [_slot_commit(kind, edits["main"][kind["path"]], names, used, rng)
            for kind in targets if edits["main"][kind["path"]]] + main_extra
    rng.shuffle(main)
    files = [{"path": f"project/{path}", "content": text} for path, text in base.items()]
    hours = sorted(rng.sample(range(2, 24 * 6), len(history) + len(feature) + len(main) + 1), reverse=True)
    author = rng.choice(book["colleagues"]) if params["colleague"] else None
    setup = ["cd project && git init -q && git add -A && " + _commit("Initial commit", hours.pop(0), None)]
    stages = itertools.count(1)
    for checkout, commits, who in ((None, history, None), (f"checkout -q -b {params['branch']}", feature, author),
                                   ("checkout -q main", main, None)):
        setup += [f"git -C project {checkout}"] if checkout else []
        for changes, message in commits:
            stage = next(stages)
            files += [{"path": f".stage/{stage}/{path}", "content": text} for path, text in changes.items()]
            # cp -r, not -a: a fresh mtime makes git re-read same-size files (the archive gives them one mtime)
            setup.append(f"cd project && cp -r ~/.stage/{stage}/. . && git add -A && "
                         + _commit(message, hours.pop(0), who))
    if params["start_on"] != "main":
        setup.append(f"git -C project checkout -q {params['start_on']}")
    return files, setup + ["rm -rf .stage"]


def _slot(kind: dict, key: str) -> dict:
    return next(slot for slot in kind["slots"] if slot["key"] == key)


def _render(kind: dict, values: dict[str, str], names: dict[str, str]) -> str:
    """The file with each slot's chosen value (the base value where none is chosen); an insertion point's
    value ends with a newline, as the template writes it at the start of the following line."""
    lines = {}
    for slot in kind["slots"]:
        line = render(values.get(slot["key"], slot["base"]), names)
        lines[slot["key"]] = line + "\n" if line and not slot["base"] else line
    return _text(f"kinds/{kind['path']}.j2", names | lines)


def _text(name: str, context: dict) -> str:
    """A file under files/, rendered with `context` when it is a Jinja template."""
    text = (HERE / "files" / name).read_text(encoding="utf-8")
    return render(text, context) if name.endswith(".j2") else text


def _slot_commit(kind: dict, values: dict[str, str], names: dict[str, str], used: list[str],
                 rng: random.Random) -> tuple[dict[str, str], str]:
    """One commit that writes `values` into `kind`; its message describes the first change and differs
    from the messages in `used`."""
    slot = _slot(kind, next(iter(values)))
    item = _item(render(values[slot["key"]], names))
    messages = [render(message, names | {"item": item}) for message in slot["messages"]]
    message = rng.choice([message for message in messages if message not in used] or messages)
    used.append(message)
    return {kind["path"]: _render(kind, values, names)}, message


def _item(value: str) -> str:
    """The thing a slot value names: `8080` from `port = 8080`, `redis` from `redis==5.0.1`."""
    text = value.strip().lstrip("- ").strip('",').split("==")[0]
    for separator in (" = ", ": ", ":"):
        if separator in text:
            text = text.rsplit(separator, 1)[1]
    return text.strip('",').split()[0] if text.strip('",') else text


def _commit(message: str, hours_ago: int, author: list[str] | None) -> str:
    """`git commit` dated `hours_ago` in the past, by `author` (default: the sandbox user's identity)."""
    minutes = hours_ago * 60 - (hours_ago * 37) % 60
    when = f'"$(date -R -d \'-{minutes} minutes\')"'
    who = f"-c user.name={quote(author[0])} -c user.email={author[1]} " if author else ""
    return f"GIT_AUTHOR_DATE={when} GIT_COMMITTER_DATE={when} git {who}commit -q -m {quote(message)}"


# --- what the developer types --------------------------------------------------------------------------
def _fill(command: str, **values: str) -> str:
    """A data.yaml command with its {current}, {other}, {branch} or {file} filled in."""
    return re.sub(r"\{(\w+)\}", lambda match: values.get(match[1], match[0]), command)


def _steps(session: Session, params: dict, current: str, other: str) -> Session:
    """Look, [slip,] merge, and for a conflict: look at it, [slip,] resolve and wrap up."""
    book, rng, mistake, outcome = data(HERE), session.rng, params["mistake"], params["outcome"]
    looks = [_fill(command, current=current, other=other) for command in params["pre_inspect"]]
    if params["start_on"] != current:
        looks.insert(rng.randint(0, len(looks)), f"git {params['switch_cmd']} {current}")
    session.look(*looks)
    fixed = []  # the next merge of the right branch, however it goes, is past the slip
    if mistake in book["branch_slips"]:
        slip, typed = book["branch_slips"][mistake], _typo(other, rng) if mistake == "typo_branch" else other
        session.failure(slip["failure"], slip["category"], "application developer", typed)
        session.fail(_fill(slip["command"], branch=typed), slip["failure"])
        fixed = [slip["failure"]]
    if outcome != "conflict":
        commands = [_fill(command, other=other) for command in book["merges"][outcome]]
        session.retry(rng.choice([command for command in commands if len(command) <= 60]), *fixed)
        return _wrap_up(session, params)
    session.failure("conflict", "merge_conflict", "change authors", *params["files"])
    session.fail(f"git merge {params['merge_flags']}{other}", "conflict", resolves=fixed)
    session.look(*[_fill(command, file=rng.choice(params["files"])) for command in params["conflict_inspect"]])
    if mistake in book["slips"]:  # a merge command while the conflict is still open
        slips = book["slips"][mistake]
        session.fail(_fill(rng.choice(slips) if len(slips) > 1 else slips[0], other=other), "conflict")
        session.look(*["git status"] * (rng.random() < 0.5))
    return _resolve(session, params, other)


def _resolve(session: Session, params: dict, other: str) -> Session:
    """Abort (and maybe merge again with -X), or resolve each file, stage, commit and wrap up; or commit the
    markers with `git commit -a` (exit 0), notice them with `git diff --check`, resolve and amend."""
    resolution, paths, rng = params["resolution"], params["files"], session.rng
    if resolution == "abort":
        history = ["git log --oneline --graph --all"] * (rng.random() < 0.4)
        return session.look("git merge --abort", "git status", *history)
    if resolution.startswith("abort_x_"):
        side = resolution.removeprefix("abort_x_")
        session.run("git merge --abort").retry(f"git merge -X {side} --no-edit {other}", "conflict")
        return _wrap_up(session, params)
    fixes = [f"git {params['restore_cmd']} --{resolution} {path}" if resolution in ("ours", "theirs")
             else _fill(data(HERE)["sed_keep"][resolution.removeprefix("sed_")], file=path) for path in paths]
    if params["mistake"] == "commit_markers":
        commit = _fill(rng.choice(data(HERE)["marker_commits"]), other=other)
        session.steps.append({"command": commit, "expect": "warn", "failure": "conflict"})  # git says nothing
        session.fail("git diff --check HEAD^", "conflict").look(*fixes)
        session.retry("git commit -a --amend --no-edit", "conflict").run("git diff --check HEAD^")
        return _wrap_up(session, params)
    add = " ".join(paths) if params["add_style"] == "files" else params["add_style"]
    session.look(*fixes, f"git add {add}", *["git status"] * params["status_after_add"])
    style = params["commit_style"] + ("_many" if params["commit_style"] == "resolve" and len(paths) > 1 else "")
    commit = _fill(data(HERE)["commit_styles"][style], other=other, file=paths[0].rsplit("/", 1)[-1])
    session.retry(commit, "conflict")
    return _wrap_up(session, params)


def _wrap_up(session: Session, params: dict) -> Session:
    """Looking at the result: history, the merged file, and maybe deleting the merged branch."""
    rng = session.rng
    looks = [rng.choice(data(HERE)["wrap_up"])]
    if rng.random() < 0.5:
        looks.insert(rng.randint(0, 1), f"cat {rng.choice(params['files'])}")
    looks += ["git status"] * (rng.random() < 0.3) + [f"git branch -d {params['branch']}"] * params["delete_branch"]
    return session.look(*looks)


def _typo(branch: str, rng: random.Random) -> str:
    """The branch name with two neighbouring letters swapped (or one dropped)."""
    letters = [i for i in range(len(branch) - 1) if branch[i].isalpha() and branch[i + 1].isalpha()
               and branch[i] != branch[i + 1]]
    i = rng.choice(letters)
    return branch[:i] + (branch[i + 1] + branch[i] if rng.random() < 0.7 else branch[i + 1]) + branch[i + 2:]
