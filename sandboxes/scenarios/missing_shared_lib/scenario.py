"""A project that builds its own shared library (lib<name>.so.MAJOR into a lib folder) and a program linked
against it. With an rpath the program runs; without one the loader stops it: `error while loading shared
libraries: libgeo.so.1: cannot open shared object file`. Or the library was rebuilt with a new soname and
the program, linked against the old one, was not. The developer looks with ldd, ls, readelf or objdump, and
runs it with LD_LIBRARY_PATH (first pointing at the wrong folder, sometimes), exports it, relinks with an
rpath, or relinks against the new soname — or stops with the failure open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, render

HERE = Path(__file__).parent
OUTCOMES = {"pass": 2, "missing": 5, "stale": 2}
SHOWN = r"error while loading shared libraries"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    library = rng.choice(book["libraries"])
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    libdir = rng.choice(book["libdirs"])
    fixes = {"pass": ["none"], "stale": ["none", "relink", "relink"],
             "missing": ["none", "env", "export", "rpath"] + (["wrong"] if libdir != "lib" else [])}[outcome]
    params = {
        "library": library["name"], "program": library["app"], "libdir": libdir, "outcome": outcome,
        "major": rng.randint(1, 3), "minor": rng.randint(0, 9), "args": rng.choice(library["args"]),
        "prebuilt": rng.random() < 0.5, "piped": outcome != "pass" and rng.random() < 0.2,
        "fix": rng.choice(fixes), "inspect": rng.choice(["ls", "cat Makefile", "ls src include", "tree"]),
    }
    rpath = f" -Wl,-rpath,'$$ORIGIN/../{libdir}'" if outcome != "missing" else ""
    files = _files(params, library, rpath)
    setup = _setup(params)
    return _session(rng, params).fields(params, files, setup=setup)


def _files(params: dict, library: dict, rpath: str) -> list[dict]:
    name = library["name"]
    context = {"lib": name, "app": library["app"], "major": params["major"], "minor": params["minor"],
               "libdir": params["libdir"], "rpath": rpath, "libs": library["libs"]}
    header = render((HERE / "templates/header.h.j2").read_text(encoding="utf-8"),
                    {"guard": f"{name.upper()}_H", "header": library["header"].strip()})
    return [{"path": "project/Makefile", "content": render((HERE / "templates/Makefile.j2").read_text(encoding="utf-8"), context)},
            {"path": f"project/include/{name}.h", "content": header},
            {"path": f"project/src/{name}.c", "content": library["source"]},
            {"path": "project/src/main.c", "content": library["main"]}]


def _setup(params: dict) -> list[str]:
    """What happened before the session: a build, and for a stale program the library's soname bumped and
    only the library rebuilt (`make lib`), the program still linked against the old one."""
    if params["outcome"] == "stale":
        old, new, folder = params["major"], params["major"] + 1, params["libdir"]
        return [f"cd project && make -s >/dev/null && sed -i 's/^MAJOR   = {old}$/MAJOR   = {new}/' Makefile "
                f"&& rm -f {folder}/lib{params['library']}.so* && make -s lib >/dev/null"]
    return ["cd project && make -s >/dev/null"] if params["prebuilt"] else []


def _session(rng: random.Random, params: dict) -> Session:
    lib, app, libdir, outcome = params["library"], params["program"], params["libdir"], params["outcome"]
    run = f"./bin/{app} {params['args']}"
    session = Session(rng).look(params["inspect"])
    if not params["prebuilt"] and outcome != "stale":
        session.run(rng.choice(["make", "make all", "make -j2"]))
    if outcome == "pass":
        return session.look(run, *rng.sample([f"ldd bin/{app}", f"ls {libdir}"], rng.randint(0, 1)))
    needed = f"lib{lib}.so.{params['major']}"
    session.failure("loader", "dependency_resolution", "build maintainer", needed)
    session.fail(run + (" | head -n 5" if params["piped"] else ""), "loader", shown_by=SHOWN if params["piped"] else None)
    looks = [look.format(app=app, libdir=libdir) for look in data(HERE)["looks"]]
    if outcome == "stale":
        looks += [f"readelf -d {libdir}/lib{lib}.so | grep SONAME", "grep -n MAJOR Makefile"]
    fix = params["fix"]
    if fix in ("env", "wrong"):  # nothing changes before the run that works: only plain looks in between
        looks = [look for look in looks if look.startswith(("ls", "grep"))]
    session.look_some(looks, 1, 2)
    if fix == "none":
        return session
    if fix == "relink":  # the program's prerequisite, the library's link name, is newer: make relinks it
        return session.run("make").retry(run, "loader").look(*rng.sample([f"ldd bin/{app}", "ls bin"], rng.randint(0, 1)))
    if fix == "wrong":  # the usual folder first, then where this project really puts it
        session.fail(f"LD_LIBRARY_PATH=lib {run}", "loader").look("find . -name 'lib*.so*'")
        return session.retry(f"LD_LIBRARY_PATH={libdir} {run}", "loader")
    if fix == "env":
        return session.retry(f"LD_LIBRARY_PATH={libdir} {run}", "loader")
    if fix == "export":
        return session.run(f"export LD_LIBRARY_PATH=$PWD/{libdir}").retry(run, "loader").look(f"ldd bin/{app}")
    rpath = f"-Wl,-rpath,'\\$\\$ORIGIN/../{libdir}'"
    session.run(f"sed -i \"s|^RPATH *=.*|RPATH   = {rpath}|\" Makefile")
    session.run(rng.choice([f"make -B bin/{app}", f"rm bin/{app} && make"]))
    session.retry(run, "loader")  # then, sometimes, a look at what made the difference
    return session.look(*rng.sample([f"readelf -d bin/{app} | grep RUNPATH"], rng.randint(0, 1)))
