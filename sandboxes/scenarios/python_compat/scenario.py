"""A project written for a newer Python meets the sandbox's Python 3.11: a module uses 3.12/3.13 syntax or
standard-library names (SyntaxError, ImportError, AttributeError), a pinned internal wheel requires
Python >= 3.12, or the project's own requires-python was bumped too early. The developer reads the error,
checks `python3 --version` and the metadata, rewrites the line for 3.11 with sed (or pins the older wheel,
or restores requires-python) and runs again — or stops, since no newer interpreter is installed."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import SHARED, Session, data, project_files, render

HERE = Path(__file__).parent
KINDS = ("none", "code", "requirements", "project")
SHOWN = r"SyntaxError|ImportError|AttributeError|requires a different Python"


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    kind = rng.choices(KINDS, weights=[2, 6, 3, 2])[0]
    pkg, feature = rng.choice(book["packages"]), rng.choice(book["features"])
    if kind == "code":
        runner = rng.choice([r for r, kinds in book["runners"] if feature["kind"] in kinds])
    elif kind == "none":  # the code runs, or the project installs
        runner = rng.choice([r for r, _ in book["runners"]] + book["installers"]["project"])
    else:
        runner = rng.choice(book["installers"][kind]) + rng.choice(book["pipes"])
    sdk = f"{rng.choice(book['orgs'])}-{rng.choice(book['sdk_kinds'])}"
    params = {
        "pkg": pkg, "module": feature["module"], "feature_python": feature["python"], "kind": kind,
        "runner": runner.format(pkg=pkg, module=feature["module"]), "sdk": sdk,
        "sdk_versions": [f"2.{rng.randint(1, 9)}.{rng.randint(0, 4)}", f"3.{rng.randint(0, 2)}.0"],
        "pin": rng.choice(["exact", "floor"]), "fix": kind != "none" and rng.random() < 0.65,
        "version": f"0.{rng.randint(2, 19)}.{rng.randint(0, 9)}",
    }
    if kind == "code" and not feature["fix"]:
        params["fix"] = False  # nothing short of a newer interpreter runs this syntax or name
    files = _files(rng, book, params, feature)
    session = _session(rng, book, params, feature)
    return session.fields(params, files, setup=_setup(params))


def _files(rng: random.Random, book: dict, params: dict, feature: dict) -> list[dict]:
    pkg, module, kind = params["pkg"], params["module"], params["kind"]
    old, new = params["sdk_versions"]
    context = {"pkg": pkg, "version": params["version"], "description": rng.choice(book["descriptions"]),
               "requires_python": ">=3.12" if kind == "project" else ">=3.11",
               "deps": [f"{params['sdk']}>={old}"] if kind == "requirements" else []}
    values = {**feature, "pkg": pkg, "call": feature["call"].replace("{pkg}", pkg)}
    files = project_files(HERE, context, source="files/project") + [
        {"path": f"project/{pkg}/__init__.py", "content": f'__version__ = "{params["version"]}"\n'},
        {"path": f"project/{pkg}/__main__.py", "content": _template("__main__.py.j2", {**context, **values})},
        {"path": f"project/tests/test_{module}.py", "content": _template("test_feature.py.j2", values)},
        {"path": f"project/{pkg}/{module}.py",
         "content": render((HERE / "features" / f"{module}.py.j2").read_text(), {"new": kind == "code"})},
    ]
    if kind == "requirements":
        pin = f"=={new}" if params["pin"] == "exact" else f">={new.rsplit('.', 1)[0]}"
        files.append({"path": "project/requirements.txt", "content": f"{params['sdk']}{pin}\n"})
        files += project_files(SHARED, {}, "wheelhouse", "packages") + _wheel_sources(params)
    return files


def _template(name: str, values: dict) -> str:
    return render((HERE / "templates" / name).read_text(encoding="utf-8"), values)


def _wheel_sources(params: dict) -> list[dict]:
    """The internal SDK's last 3.9+ release and its first release that needs Python 3.12."""
    found = []
    for version, python in zip(params["sdk_versions"], [">=3.9", ">=3.12"]):
        package = {"name": params["sdk"], "version": version, "python": python, "deps": [],
                   "summary": f"Client for the {params['sdk'].split('-')[0]} platform API"}
        folder = f"packages/{params['sdk']}-{version}"
        module = f"{folder}/{_module(params['sdk'])}"
        found += [{"path": f"{folder}/pyproject.toml", "content": _package("pyproject.toml.j2", package)},
                  {"path": f"{module}/__init__.py", "content": _package("__init__.py.j2", package)}]
    return found


def _package(name: str, values: dict) -> str:
    return render((HERE / "packages" / name).read_text(encoding="utf-8"), values)


def _module(name: str) -> str:
    return name.replace("-", "_")


def _setup(params: dict) -> list[str]:
    if params["kind"] != "requirements":
        return []
    return ["cd packages && python3 build_wheels.py ~/project/wheels > /dev/null 2>&1"]


def _session(rng: random.Random, book: dict, params: dict, feature: dict) -> Session:
    kind, runner, pkg = params["kind"], params["runner"], params["pkg"]
    old, new = params["sdk_versions"]
    values = {"pkg": pkg, "path": f"{pkg}/{params['module']}.py", "grep": feature["grep"], "sdk": params["sdk"],
              "wheel": f"{_module(params['sdk'])}-{new}-py3-none-any.whl", "org": params["sdk"].split("-")[0]}
    session = Session(rng).look_some([look.format(**values) for look in book["looks"]], 1, 2)
    if kind == "none":
        return session.run(runner)
    _declare(session, params, feature)
    session.fail(runner, kind, shown_by=SHOWN if "|" in runner else None)
    session.look_some([look.format(**values) for look in book["investigations"][kind]], 1, 2)
    if not params["fix"]:
        return session
    session.run(_fix(params, feature, values))
    session.retry(runner, kind)
    checks = [check.format(**values) for check in book["checks"]]
    return session.look_some(checks if kind == "requirements" else checks[:2], 0, 1)


def _declare(session: Session, params: dict, feature: dict) -> None:
    if params["kind"] == "code":
        session.failure("code", "version_mismatch", "application developer", feature["fact"])
    elif params["kind"] == "requirements":
        session.failure("requirements", "version_mismatch", "build maintainer", params["sdk"], ">=3.12")
    else:
        session.failure("project", "version_mismatch", "build maintainer", params["pkg"], ">=3.12")


def _fix(params: dict, feature: dict, values: dict) -> str:
    old, new = params["sdk_versions"]
    if params["kind"] == "code":
        return feature["fix"].format(path=values["path"])
    if params["kind"] == "project":
        return "sed -i 's/requires-python = \">=3.12\"/requires-python = \">=3.11\"/' pyproject.toml"
    if params["pin"] == "exact":
        return f"sed -i 's/=={new}/=={old}/' requirements.txt"
    return f"sed -i 's/>=.*/>={old},<3/' requirements.txt"
