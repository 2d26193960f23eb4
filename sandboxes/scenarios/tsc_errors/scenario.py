"""tsc --noEmit on a small strict TypeScript project: clean, type errors from a drawn bug (a type mistake
or a misspelled name, each kept only if the real tsc reports it first in its file), or a misspelled
"strict" in tsconfig.json (TS5025) whose fix brings strict-only errors to light. The developer reads the
error, looks at the file, fixes it with sed and re-runs until tsc is quiet — or leaves it open."""
from __future__ import annotations

import random
import re
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

HERE = Path(__file__).parent
NAME = "tsc-errors"
SHOWN = r"error TS\d+"
KEYWORDS = {"return", "function", "export", "import", "from", "const", "string", "number", "boolean", "undefined",
            "null", "true", "false", "interface", "type", "void", "this"}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    outcome = rng.choices(["pass", "types", "config", "config_types"], weights=[2, 6, 1, 2])[0]
    unit, bugs = _bugs(rng, book, outcome)
    runner = book["piped_runner"] if outcome != "pass" and rng.random() < 0.2 else rng.choice(book["runners"])
    params = {
        "package": rng.choice(book["packages"]), "target": rng.choice(book["targets"]), "outcome": outcome,
        "bugs": [f"{unit}:{key}" for key, _ in bugs], "strict_typo": rng.choice(book["strict_typos"]),
        "fix": rng.choice(["none", "all", "one_by_one"]) if outcome != "pass" else "none",
        "runner": runner, "piped": runner == book["piped_runner"], "looks": [],
        "confirm": rng.choice(["none", "tsc --noEmit --diagnostics", "tsc --noEmit --extendedDiagnostics"]),
    }
    clean = (HERE / "files" / "src" / unit).read_text(encoding="utf-8")
    source = clean
    for _, mutation in sorted(bugs, key=lambda pair: -pair[1].offset):
        source = mutation.apply(source)
    context = {"package": params["package"], "target": params["target"], "minor": rng.randint(1, 20),
               "strict_key": params["strict_typo"] if outcome.startswith("config") else "strict"}
    files = project_files(HERE, context, skip=(f"src/{unit}",)) + [{"path": f"project/src/{unit}", "content": source}]
    fixes = [sed_fix(mutation, clean, f"src/{unit}") for _, mutation in sorted(bugs, key=lambda pair: pair[1].offset)]
    session = _session(Session(rng), book, params, unit, [m for _, m in bugs], fixes)
    return session.fields(params, files)


def _bugs(rng: random.Random, book: dict, outcome: str) -> tuple[str, list[tuple[str, Mutation]]]:
    """One file and 1-2 kept bugs in it on different lines (strict-only mistakes behind a config typo)."""
    strict = {f"mistake:{m['id']}" for m in book["mistakes"] if m.get("strict")}
    fitting = {unit: [key for key in mutants.kept(NAME).get(unit, []) if outcome != "config_types" or key in strict]
               for unit in book["units"]}
    unit = rng.choice([unit for unit, keys in fitting.items() if keys])
    if outcome in ("pass", "config"):
        return unit, []
    keys = fitting[unit]
    source = (HERE / "files" / "src" / unit).read_text(encoding="utf-8")
    chosen = [(key, _mutation(key, source, book)) for key in rng.sample(keys, min(len(keys), rng.randint(1, 2)))]
    first, second = chosen[0][1], chosen[-1][1]
    if len(chosen) == 2 and (first.line(source) == second.line(source) or first.after == second.after):
        chosen = chosen[:1]  # one line each; and the same misspelling at declaration and use cancels out
    return unit, chosen


def _mutation(key: str, source: str, book: dict) -> Mutation:
    """A kept mutant's key as a Mutation: `mistake:<id>` from data.yaml, else a token mutation."""
    if key.startswith("mistake:"):
        mistake = next(m for m in book["mistakes"] if m["id"] == key.removeprefix("mistake:"))
        return Mutation("type-mistake", source.index(mistake["before"]), mistake["before"], mistake["after"])
    kind, rest = key.split("@", 1)
    offset, change = rest.split(":", 1)
    before, after = change.split(">", 1)
    return Mutation(kind, int(offset), before, after)


def _facts(book: dict, unit: str, bugs: list[Mutation]) -> list[str]:
    """The file, and with one bug what tsc's first error line names: its code, or the misspelled name."""
    if len(bugs) != 1:
        return [f"src/{unit}"]
    mistake = next((m for m in book["mistakes"] if m["after"] == bugs[0].after and m["file"] == unit), None)
    return [f"src/{unit}", mistake["code"] if mistake else bugs[0].before]


def _session(session: Session, book: dict, params: dict, unit: str, bugs: list[Mutation],
             fixes: list[str]) -> Session:
    runner, outcome, shown = params["runner"], params["outcome"], SHOWN if params["piped"] else None
    _looks(session, params, [look.format(file=unit) for look in book["first_looks"]], 1, 2)
    if outcome == "pass":
        _looks(session, params, [look.format(file=unit) for look in book["showing_looks"]], 1, 1)
        return _confirm(session.run(runner), params)
    pending: list[str] = []
    if outcome.startswith("config"):
        session.failure("config", "config_syntax", "build maintainer", "tsconfig.json", params["strict_typo"])
        session.fail(runner, "config", shown_by=shown)
        _looks(session, params, book["config_looks"], 1, 1)
        if params["fix"] == "none":
            return session
        session.run(f"sed -i 's/\"{params['strict_typo']}\"/\"strict\"/' tsconfig.json")
        if outcome == "config":
            return _confirm(session.retry(runner, "config"), params)
        pending = ["config"]
    session.failure("types", "compile_error", "application developer", *_facts(book, unit, bugs))
    session.fail(runner, "types", shown_by=shown, resolves=pending)
    source = (HERE / "files" / "src" / unit).read_text(encoding="utf-8")
    line, word = bugs[0].line(source), _word(book, bugs[0])
    looks = [look.format(file=unit, start=max(1, line - 3), end=line + 3, word=word) for look in book["investigate"]]
    _looks(session, params, looks, 1, 2)
    if params["fix"] == "none":
        return session
    for fix in fixes[:-1] if params["fix"] == "one_by_one" else []:
        session.run(fix).fail(runner, "types", shown_by=shown)
    remaining = fixes[-1:] if params["fix"] == "one_by_one" else fixes
    return _confirm(session.look(*remaining).retry(runner, "types"), params)


def _confirm(session: Session, params: dict) -> Session:
    """Once tsc is quiet, some ask it for its statistics to see that it really checked the files."""
    return session if params["confirm"] == "none" else session.run(params["confirm"])


def _word(book: dict, bug: Mutation) -> str:
    """What the developer greps for: the mistake's word, or the misspelled name."""
    mistake = next((m for m in book["mistakes"] if m["after"] == bug.after), None)
    return mistake["word"] if mistake else bug.after


def _looks(session: Session, params: dict, candidates: list[str], low: int, high: int) -> Session:
    looks = session.rng.sample(candidates, session.rng.randint(low, min(high, len(candidates))))
    params["looks"] += looks
    return session.look(*looks)


def trials() -> list[mutants.Trial]:
    """Every type mistake and every misspelled name of each file, checked alone with tsc."""
    book, found = data(HERE), []
    base = project_files(HERE, {"package": "trial", "target": "ES2020", "minor": 1, "strict_key": "strict"})
    for unit in book["units"]:
        source = (HERE / "files" / "src" / unit).read_text(encoding="utf-8")
        keyed = [(f"mistake:{m['id']}", _mutation(f"mistake:{m['id']}", source, book), m["code"])
                 for m in book["mistakes"] if m["file"] == unit]
        keyed += [(m.key, m, None) for m in candidates(source, "js", _names(source)) if m.kind == "misspell-symbol"]
        for key, mutation, code in keyed:
            files = [f for f in base if f["path"] != f"project/src/{unit}"]
            files.append({"path": f"project/src/{unit}", "content": mutation.apply(source)})
            named = code or f"[^\\n]*'{re.escape(mutation.before)}'"
            first = rf"\A(?:(?![^\n]*error TS)[^\n]*\n)*src/{re.escape(unit)}\(\d+,\d+\): error {named}"
            found.append(mutants.Trial(unit, key, files, "tsc --noEmit --pretty false", first))
    return found


def _names(source: str) -> frozenset[str]:
    """The file's own lowercase names (parameters, locals, properties, methods), never keywords."""
    return frozenset(set(re.findall(r"\b[a-z][a-z0-9_]{3,}\b", source)) - KEYWORDS)
