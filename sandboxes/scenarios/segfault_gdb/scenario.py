"""A small C tool (a linked list of named values read from a text file) that runs fine — or dies with
`Segmentation fault`: a drawn mutation of records.c, a lookup of a name the file lacks (NULL unchecked),
`top N` past the end of the list, or a mistyped path (fopen's NULL unchecked). The developer gets a
backtrace with gdb (running it, or from the core file) or reads AddressSanitizer's report, looks at the
code, fixes it with sed (or the path), rebuilds and runs it again — or stops with the crash open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios import mutants
from sandboxes.scenarios.kit import Session, data, project_files, render
from sandboxes.scenarios.mutate import Mutation, candidates, sed_fix

HERE = Path(__file__).parent
NAME = "segfault-gdb"
RECORDS = (HERE / "files/src/records.c").read_text(encoding="utf-8")
OUTCOMES = {"pass": 2, "summary": 4, "lookup": 3, "top": 2, "path": 2}
LOOKUP_FIX = 'if (!found) { puts("no such " NOUN); free_records(head); return 0; }'


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    domain = rng.choice(book["domains"])
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    names = rng.sample(book["names"], rng.randint(4, 7))
    unit = rng.choice(sorted(mutants.kept(NAME))) if outcome == "summary" else "none"
    build = rng.choice(["plain", "plain", "asan"])
    datafile = f"data/{domain['noun']}s.txt"
    params = {
        "program": domain["prog"], "noun": domain["noun"], "names": names, "outcome": outcome,
        "function": unit, "mutation": rng.choice(mutants.kept(NAME)[unit]) if unit != "none" else "none",
        "build": build, "debug": "asan" if build == "asan" else rng.choice(["run", "core"]),
        "lookup": rng.choice(book["strangers"] + [n[0] + n[2] + n[1] + n[3:] for n in names if len(n) > 3])
        if outcome == "lookup" else "none",
        "top": rng.choice([8, 10, 12, 20]), "data": datafile, "typo": _typo(rng, datafile),
        "fix": rng.choice(["none", "fix", "fix"] + (["guard"] if outcome == "path" else [])),
        "inspect": rng.choice(book["inspect"]),
    }
    records, main, sites = _sources(params)
    values = [rng.randint(domain["low"], domain["high"]) for _ in names]
    files = [{"path": "project/src/records.c", "content": records}, {"path": "project/src/main.c", "content": main},
             {"path": f"project/{datafile}", "content": "".join(f"{n} {v}\n" for n, v in zip(names, values))},
             *project_files(HERE, {}, skip=("src/records.c",)), *_templated(params, domain)]
    return _session(rng, params, sites).fields(params, files)


def _typo(rng: random.Random, path: str) -> str:
    """The data file's path mistyped: two letters of its name swapped."""
    folder, name = path.split("/")
    at = rng.randrange(0, len(name) - 6)
    return f"{folder}/{name[:at]}{name[at + 1]}{name[at]}{name[at + 2:]}"


def _mutation(key: str) -> Mutation:
    kind, rest = key.split("@", 1)
    offset, change = rest.split(":", 1)
    splits = [(change[:at], change[at + 1:]) for at, char in enumerate(change) if char == ">" and at]
    before, after = next(pair for pair in splits if RECORDS.startswith(pair[0], int(offset)))
    return Mutation(kind, int(offset), before, after)


def _sources(params: dict) -> tuple[str, str, dict]:
    """records.c (mutated for a summary crash), main.c (unguarded for a lookup or top crash) and the line
    each crash shows at: what the code look names and the sed that fixes it."""
    outcome = params["outcome"]
    main = render((HERE / "templates/main.c.j2").read_text(encoding="utf-8"),
                  {"guarded": outcome not in ("lookup", "top")})
    records, lines = RECORDS, main.splitlines()
    if outcome == "summary":
        bug = _mutation(params["mutation"])
        records = bug.apply(RECORDS)
        symbol = bug.after if bug.kind != "shift-constant" else params["function"]
        site = {"path": "src/records.c", "line": bug.line(RECORDS), "symbol": symbol,
                "fix": sed_fix(bug, RECORDS, "src/records.c")}
    elif outcome == "lookup":
        line = next(n for n, text in enumerate(lines, 1) if "found->name" in text)
        site = {"path": "src/main.c", "line": line, "symbol": "found", "fix": f"sed -i '{line}i\\        {LOOKUP_FIX}' src/main.c"}
    elif outcome == "top":
        line = next(n for n, text in enumerate(lines, 1) if "order[place]->name" in text)
        site = {"path": "src/main.c", "line": line, "symbol": "place < top",
                "fix": "sed -i 's/place < top;/place < top \\&\\& place < count;/' src/main.c"}
    else:
        line = next(n for n, text in enumerate(RECORDS.splitlines(), 1) if "fopen(" in text)
        site = {"path": "src/records.c", "line": line + 4, "symbol": "fopen",
                "fix": f"sed -i '{line}a\\    if (file == NULL) {{ perror(path); return NULL; }}' src/records.c"}
    return records, main, site


def _templated(params: dict, domain: dict) -> list[dict]:
    makefile = render((HERE / "templates/Makefile.j2").read_text(encoding="utf-8"),
                      {"prog": params["program"], "asan": params["build"] == "asan"})
    config = render((HERE / "templates/config.h.j2").read_text(encoding="utf-8"), domain)
    return [{"path": "project/Makefile", "content": makefile}, {"path": "project/src/config.h", "content": config}]


def _session(rng: random.Random, params: dict, site: dict) -> Session:
    book, outcome, prog = data(HERE), params["outcome"], params["program"]
    context = {"prog": prog, "data": params["data"], "typo": params["typo"], "name": params["lookup"],
               "top": params["top"]}
    session = Session(rng).look(params["inspect"].format(**context))
    if params["debug"] == "core":
        session.run("ulimit -c unlimited")  # so a crash leaves a core file to read the backtrace from
    session.run("make")
    working = [f"./bin/{prog} {params['data']}", f"./bin/{prog} {params['data']} top 3",
               f"./bin/{prog} {params['data']} find {params['names'][0]}"]
    if outcome == "pass":
        return session.look(*rng.sample(working, rng.randint(1, 3)))
    crash = rng.choice(book["runs"]["summary" if outcome == "summary" else outcome]).format(**context)
    fact = {"summary": params["data"], "lookup": f"find {params['lookup']}", "top": f"top {params['top']}",
            "path": params["typo"]}[outcome]
    session.failure("crash", "crash", "application developer", fact).fail(crash, "crash")
    if params["debug"] == "core":
        session.look(*(["ls"] if rng.random() < 0.5 else []), rng.choice(book["gdb"]["core"]).format(prog=prog))
    elif params["debug"] == "run":
        session.look(rng.choice(book["gdb"]["run"]).format(command=crash))
    start = max(1, site["line"] - 3)
    session.look(rng.choice(book["code"]).format(start=start, end=start + 7, **site))
    if params["fix"] == "none":
        return session
    if outcome == "path" and params["fix"] == "fix":  # the input was wrong, not the code
        return session.retry(f"./bin/{prog} {params['data']}", "crash")
    session.run(site["fix"])
    if params["fix"] == "guard":  # the program now says what is wrong with the path
        session.failure("path", "not_found", "application developer", params["typo"])
        return session.fail(f"make && {crash}", "path", resolves=["crash"]).retry(working[0], "path")
    session.retry(f"make && {crash}", "crash")
    return session.look(*rng.sample([run for run in working if run != crash], rng.randint(0, 1)))


def trials() -> list[mutants.Trial]:
    """Every non-misspelling mutation of records.c, built without warnings and run on a 4-record and a
    7-record file twice each: kept when all four runs die of SIGSEGV (exit 139) and AddressSanitizer
    sees a NULL dereference (heap corruption would crash or not depending on the data)."""
    main = render((HERE / "templates/main.c.j2").read_text(encoding="utf-8"), {"guarded": True})
    base = [{"path": "project/src/main.c", "content": main},
            {"path": "project/data/a.txt", "content": "ann 4\nbob 9\ncat 1\ndan 7\n"},
            {"path": "project/data/b.txt", "content": "eve 3\nfay 8\ngil 2\nhal 6\nida 5\njon 11\nkim 0\n"},
            *project_files(HERE, {}, skip=("src/records.c",)),
            *_templated({"program": "trial", "build": "plain"}, {"noun": "thing", "unit": "points"})]
    command = ("make -s 2>&1 && for f in data/a.txt data/b.txt data/a.txt data/b.txt; do "
               "./bin/trial $f > /dev/null 2>&1; echo rc=$?; done; make -s clean; "
               "make -s CFLAGS='-g -fsanitize=address' LDFLAGS=-fsanitize=address && ./bin/trial data/b.txt; exit 1")
    found = []
    for mutation in candidates(RECORDS, "c"):
        source = mutation.apply(RECORDS)
        unit = _function_at(RECORDS, mutation.offset)
        files = [{"path": "project/src/records.c", "content": source}, *base]
        found.append(mutants.Trial(unit, mutation.key, files, command,
                                   r"\A(?![\s\S]*warning:)(?![\s\S]*^rc=(?!139$))(?:[\s\S]*?^rc=139$){4}"
                                   r"[\s\S]*SEGV on unknown address[\s\S]*address points to the zero page"))
    return found


def _function_at(source: str, offset: int) -> str:
    """The function a mutation falls in: the last definition that starts before it."""
    starts = [line for line in source[:offset].splitlines() if line and line[0].isalpha() and "(" in line]
    return starts[-1].split("(")[0].split()[-1].lstrip("*")
