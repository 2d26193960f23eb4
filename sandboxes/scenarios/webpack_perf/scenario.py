"""webpack 5 (Debian) production builds of a small front end: the bundle goes over the performance
budget (a warning behind exit 0, or an error with `hints: "error"`), or an import cannot be resolved (a
mistyped relative path, a package that is not on this machine, resolve.modules commented out). The
developer reads the build output, looks at dist/, the imports or the config, fixes it with sed (cherry-pick
lodash/debounce, raise the budget, fix the path) and rebuilds — or leaves it open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
MARGIN = 6  # KiB kept between a bundle and its budget, so sizes that drift a little stay on their side
DEFAULT = 250000  # webpack's maxAssetSize and maxEntrypointSize: 244 KiB
BUILD = 300  # seconds: terser on a few hundred KiB takes a while on a busy machine


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app, hints = rng.choice(book["apps"]), rng.choice(["warning", "error"])
    module_problem = rng.choices(["none", "typo", "absent", "resolve"], weights=[4, 2, 1, 2])[0]
    size_fix = rng.choices(["pass", "cherry_pick", "budget", "open"], weights=[2, 3, 2, 2])[0]
    profile, budget = _profile(rng, book, size_fix)
    module, directory = rng.choice(book["modules"]), rng.choice(book["dirs"])
    params = {
        "app": app, "bundle": rng.choice(book["bundles"]).format(app=app), "libs": profile["libs"],
        "budget": budget or DEFAULT, "hints": hints, "module_problem": module_problem, "size_fix": size_fix,
        "dir": f"{directory}/{module}", "runner": rng.choice(book["runners"]), "looks": [],
    }
    absent = rng.choice(book["absent"]) if module_problem == "absent" else None
    helper = rng.choice(book["helpers"])
    context = {**params, "libs": [book["libs"][name] for name in profile["libs"]], "budget": budget,
               "absent": absent, "helper": helper, "dir": directory, "version": f"0.{rng.randint(1, 30)}.0",
               "import_module": _typo(module) if module_problem == "typo" else module}
    files = project_files(HERE, context) + [
        {"path": f"project/src/{directory}/{module}.js", "content": helper["source"]}]
    session = _session(Session(rng), book, params, profile, _typo(module), absent)
    return session.fields(params, files)


def _profile(rng: random.Random, book: dict, size_fix: str) -> tuple[dict, int | None]:
    """A library set and a budget that put the bundle on the side the plan needs: under the budget
    (pass), over it, and — for a cherry-pick — under it once lodash is cherry-picked."""
    for profile in rng.sample(book["profiles"], len(book["profiles"])):
        fits = [b for b in book["budgets"] if _kib(b) > profile["full"] + MARGIN] if size_fix == "pass" else [
            b for b in book["budgets"] if _kib(b) < profile["full"] - MARGIN
            and (size_fix != "cherry_pick" or _kib(b) > profile["picked"] + MARGIN)]
        if fits:
            return profile, rng.choice(fits)
    raise ValueError(f"no profile fits {size_fix}")


def _kib(budget: int | None) -> float:
    return (budget or DEFAULT) / 1024


def _typo(module: str) -> str:
    """The module name with its second-to-last letter dropped (format -> formt)."""
    return module[:-2] + module[-1]


def _session(session: Session, book: dict, params: dict, profile: dict, typo: str, absent: dict | None) -> Session:
    runner = params["runner"]
    _looks(session, params, book["first_looks"], 1, 2)
    pending: list[str] = []
    if params["module_problem"] != "none":
        if not _module_problem(session, book, params, typo, absent):
            return session
        pending = ["module"]
    if params["size_fix"] == "pass":
        session.retry(runner, *pending, timeout_s=BUILD)
        return _looks(session, params, book["after_looks"], 0, 1)
    _size_problem(session, params, pending)
    _looks(session, params, book["size_looks"], 1, 2)
    if params["size_fix"] == "open":
        return session
    session.run(_size_fix(session.rng, book, params))
    session.retry(runner, "size", timeout_s=BUILD)
    return _looks(session, params, book["after_looks"], 0, 1)


def _module_problem(session: Session, book: dict, params: dict, typo: str, absent: dict | None) -> bool:
    """The first build cannot resolve an import; True when the developer fixes it."""
    kind, (directory, module) = params["module_problem"], params["dir"].split("/")
    if kind == "typo":
        session.failure("module", "not_found", "application developer", f"./{directory}/{typo}")
    elif kind == "absent":
        session.failure("module", "dependency_resolution", "build maintainer", absent["name"])
    else:
        session.failure("module", "dependency_resolution", "build maintainer", "lodash")
    session.fail(params["runner"], "module", timeout_s=BUILD)
    fields = {"dir": directory, "typo": typo, "absent": absent["name"] if absent else ""}
    _looks(session, params, [look.format(**fields) for look in book["module_looks"][kind]], 1, 2)
    if kind == "absent":
        return False
    session.run(f"sed -i 's|./{directory}/{typo}\"|./{directory}/{module}\"|' src/index.js" if kind == "typo"
                else "sed -i 's|// modules:|modules:|' webpack.config.js")
    return True


def _size_problem(session: Session, params: dict, pending: list[str]) -> None:
    """Over budget: a warning behind exit 0 with hints "warning", a failed build with hints "error"."""
    session.failure("size", "lint_error", "application developer", params["bundle"])
    if params["hints"] == "warning":
        session.warn(params["runner"], "size", shown_by="WARNING in asset size limit", resolves=pending, timeout_s=BUILD)
    else:
        session.fail(params["runner"], "size", resolves=pending, timeout_s=BUILD)


def _size_fix(rng: random.Random, book: dict, params: dict) -> str:
    if params["size_fix"] == "cherry_pick":
        return """sed -i 's|import { debounce } from "lodash";|import debounce from "lodash/debounce";|' src/index.js"""
    raised = rng.choice(book["raised"])
    if params["budget"] != DEFAULT:
        return f"sed -i 's/: {params['budget']},/: {raised},/' webpack.config.js"
    hints = params["hints"]
    return f"""sed -i 's/hints: "{hints}",/&\\n    maxAssetSize: {raised},\\n    maxEntrypointSize: {raised},/' webpack.config.js"""


def _looks(session: Session, params: dict, candidates: list[str], low: int, high: int) -> Session:
    fields = {"bundle": params["bundle"]}
    count = session.rng.randint(low, min(high, len(candidates)))
    looks = [look.format(**fields) for look in session.rng.sample(candidates, count)]
    params["looks"] += looks
    return session.look(*looks)
