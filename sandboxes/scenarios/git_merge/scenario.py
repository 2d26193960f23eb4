"""Merging a branch in a small repository: a fast-forward, a clean three-way merge, or a real content
conflict that the developer inspects and resolves (ours, theirs, both sides, abort, or abort and retry
with -X), sometimes after a typical mistake such as committing before `git add`."""
from __future__ import annotations

import random
import shlex
from dataclasses import dataclass




@dataclass(frozen=True)
class Slot:
    """One editable line of a file: its text on the base commit ("" = an insertion point) and what a
    branch may put there instead, with commit messages for such a change ({item} = the added thing)."""

    key: str
    base: str
    options: tuple[str, ...]
    messages: tuple[str, ...]

    @property
    def additive(self) -> bool:
        """Both sides add lines here, so keeping both sides is a valid resolution."""
        return self.base == ""


@dataclass(frozen=True)
class FileKind:
    """A tracked file whose `@@key` template lines are slots the branches edit."""

    path: str
    template: str
    slots: tuple[Slot, ...]

    def render(self, values: dict[str, str], names: dict[str, str]) -> str:
        """The file's text with each slot's chosen value (the base value where none is chosen)."""
        out = []
        for line in self.template.split("\n"):
            if line.startswith("@@"):
                slot = self.slot(line[2:])
                text = values.get(slot.key, slot.base)
                if text:
                    out.append(text)
            else:
                out.append(line)
        return _named("\n".join(out) + "\n", names)

    def slot(self, key: str) -> Slot:
        return next(slot for slot in self.slots if slot.key == key)


@dataclass(frozen=True)
class Topic:
    """What the branch is about: its name, and the module, tests and notes it adds."""

    slug: str
    module: str
    title: str
    source: str


CONFIG_INI = FileKind("config.ini", """[server]
host = 0.0.0.0
@@port
keepalive = 5
@@workers

[database]
@@url
echo = false
@@pool
timeout = 30

[logging]
@@level
format = %(asctime)s %(levelname)s %(name)s %(message)s""", (
    Slot("port", "port = 8000", ("port = 8080", "port = 9000", "port = 5000", "port = 8443"),
         ("Change default port", "Move server to port {item}", "Use a free port for the server")),
    Slot("workers", "workers = 4", ("workers = 2", "workers = 8", "workers = 16"),
         ("Tune worker count", "Set workers to {item}", "Adjust number of workers")),
    Slot("url", "url = postgresql://db.internal:5432/{pkg}",
         ("url = postgresql://localhost:5432/{pkg}_dev", "url = sqlite:///data/{pkg}.db",
          "url = postgresql://db-replica.internal:5432/{pkg}"),
         ("Point database url at new host", "Switch database url", "Use local database by default")),
    Slot("pool", "pool_size = 10", ("pool_size = 5", "pool_size = 20", "pool_size = 32"),
         ("Raise connection pool size", "Set pool_size to {item}", "Tune database pool")),
    Slot("level", "level = INFO", ("level = DEBUG", "level = WARNING", "level = ERROR"),
         ("Change log level", "Use {item} log level", "Quieter logging")),
))

SETTINGS_PY = FileKind("settings.py", '''"""Settings for the {project} service."""
import os

@@debug
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only")

@@hosts
INSTALLED_APPS = [
    "core",
    "accounts",
@@apps
]

@@timeout
CACHE_BACKEND = "memory"
@@ttl''', (
    Slot("debug", "DEBUG = False", ('DEBUG = os.environ.get("DEBUG") == "1"', "DEBUG = True",
                                    'DEBUG = os.getenv("APP_DEBUG", "0") == "1"'),
         ("Read DEBUG from the environment", "Enable debug mode", "Make DEBUG configurable")),
    Slot("hosts", 'ALLOWED_HOSTS = ["localhost"]',
         ('ALLOWED_HOSTS = ["localhost", "127.0.0.1"]', 'ALLOWED_HOSTS = ["*"]',
          'ALLOWED_HOSTS = ["{pkg}.example.dev", "localhost"]'),
         ("Update ALLOWED_HOSTS", "Allow more hosts", "Fix ALLOWED_HOSTS for staging")),
    Slot("apps", "", ('    "billing",', '    "reports",', '    "notifications",', '    "audit",', '    "search",'),
         ("Add {item} app", "Register {item} app", "Enable {item} in INSTALLED_APPS")),
    Slot("timeout", "REQUEST_TIMEOUT = 30", ("REQUEST_TIMEOUT = 10", "REQUEST_TIMEOUT = 60", "REQUEST_TIMEOUT = 45"),
         ("Change request timeout", "Set REQUEST_TIMEOUT to {item}", "Tune request timeout")),
    Slot("ttl", "CACHE_TTL = 300", ("CACHE_TTL = 60", "CACHE_TTL = 600", "CACHE_TTL = 900"),
         ("Change cache TTL", "Set CACHE_TTL to {item}", "Tune cache expiry")),
))

README_MD = FileKind("README.md", """# {project}

@@tagline

## Install

@@install

## Features

- REST API for {pkg} records
- Health check at /healthz
@@features

## License

MIT""", (
    Slot("tagline", "A small service for managing {pkg} data.",
         ("Internal service that stores and serves {pkg} data.", "A small, fast service for {pkg} data.",
          "Backend service for the {pkg} dashboard."),
         ("Reword README intro", "Update project description", "Clarify what {project} does")),
    Slot("install", "    pip install -e .",
         ("    pip install -e '.[dev]'", "    make install", "    pip install -r requirements.txt"),
         ("Update install instructions", "Fix install command in README", "Document dev install")),
    Slot("features", "", ("- CSV export", "- Rate limiting on login", "- Prometheus metrics at /metrics",
                          "- Audit log for admin actions", "- Full-text search"),
         ("Update feature list", "Document new feature in README", "List new feature in README")),
))

APP_YAML = FileKind("deploy/app.yaml", """name: {project}
@@image
env: production
@@replicas
resources:
  limits:
@@memory
    cpu: 500m
env_vars:
@@loglevel
  PORT: "8080\"""", (
    Slot("image", "image: registry.example.dev/{project}:1.4.0",
         ("image: registry.example.dev/{project}:1.5.0", "image: registry.example.dev/{project}:1.4.1",
          "image: registry.example.dev/{project}:latest"),
         ("Deploy new image tag", "Bump image to {item}", "Update image")),
    Slot("replicas", "replicas: 2", ("replicas: 3", "replicas: 4", "replicas: 1"),
         ("Scale replicas", "Set replicas to {item}", "Change replica count")),
    Slot("memory", "    memory: 512Mi", ("    memory: 1Gi", "    memory: 768Mi", "    memory: 256Mi"),
         ("Raise memory limit", "Set memory limit to {item}", "Adjust memory limit")),
    Slot("loglevel", "  LOG_LEVEL: info", ("  LOG_LEVEL: debug", "  LOG_LEVEL: warning", "  LOG_LEVEL: error"),
         ("Change LOG_LEVEL", "Use {item} logs in production", "Tune log level")),
))

VERSION = FileKind("VERSION", "@@version", (
    Slot("version", "1.4.2", ("1.5.0", "1.4.3", "2.0.0", "1.5.0-rc1"),
         ("Bump version to {item}", "Release {item}", "Set version {item}")),
))

REQUIREMENTS_TXT = FileKind("requirements.txt", """@@flask
gunicorn==21.2.0
@@sqlalchemy
python-dotenv==1.0.0
@@extra""", (
    Slot("flask", "flask==2.3.3", ("flask==3.0.0", "flask==2.3.2", "flask==3.0.3"),
         ("Bump flask", "Upgrade flask", "Update flask pin")),
    Slot("sqlalchemy", "sqlalchemy==2.0.21", ("sqlalchemy==2.0.23", "sqlalchemy==1.4.50", "sqlalchemy==2.0.30"),
         ("Bump sqlalchemy", "Upgrade sqlalchemy", "Update sqlalchemy pin")),
    Slot("extra", "", ("redis==5.0.1", "requests==2.31.0", "celery==5.3.4", "pydantic==2.5.2", "httpx==0.25.2"),
         ("Add {item} dependency", "Add {item} to requirements", "Require {item}")),
))

CHANGELOG_MD = FileKind("CHANGELOG.md", """# Changelog

## Unreleased

- Fix typo in error message
@@entries

## 1.4.0

- Add health check endpoint
- Fix crash on empty config""", (
    Slot("entries", "", ("- Add CSV export for orders", "- Rate limit login attempts", "- Expose metrics endpoint",
                         "- Retry failed webhook deliveries", "- Drop support for Python 3.8"),
         ("Update changelog", "Add changelog entry", "Note change in CHANGELOG")),
))

PACKAGE_JSON = FileKind("package.json", """{
  "name": "{project}",
@@version
  "private": true,
  "scripts": {
@@start
    "test": "jest"
  },
  "dependencies": {
@@express
    "pg": "^8.11.3"
  }
}""", (
    Slot("version", '  "version": "1.4.2",', ('  "version": "1.5.0",', '  "version": "1.4.3",', '  "version": "2.0.0",'),
         ("Bump version", "Release {item}", "Bump package version")),
    Slot("start", '    "start": "node server.js",',
         ('    "start": "node --enable-source-maps server.js",', '    "start": "NODE_ENV=production node server.js",',
          '    "start": "node src/server.js",'),
         ("Change start script", "Update npm start", "Fix start script")),
    Slot("express", '    "express": "^4.18.2",', ('    "express": "^4.19.2",', '    "express": "^4.18.3",',
                                                   '    "express": "^4.21.0",'),
         ("Bump express", "Update express to {item}", "Upgrade express")),
))

FILE_KINDS = (CONFIG_INI, SETTINGS_PY, README_MD, APP_YAML, VERSION, REQUIREMENTS_TXT, CHANGELOG_MD, PACKAGE_JSON)

TOPICS = (
    Topic("rate-limit", "rate_limit", "Rate limiting for login attempts",
          "WINDOW_SECONDS = 60\nMAX_ATTEMPTS = 5\n\n\ndef allowed(attempts, now):\n"
          "    recent = [t for t in attempts if now - t < WINDOW_SECONDS]\n    return len(recent) < MAX_ATTEMPTS\n"),
    Topic("csv-export", "export", "CSV export of records",
          "import csv\nimport io\n\n\ndef to_csv(rows, fields):\n    buffer = io.StringIO()\n"
          "    writer = csv.DictWriter(buffer, fieldnames=fields)\n    writer.writeheader()\n"
          "    writer.writerows(rows)\n    return buffer.getvalue()\n"),
    Topic("retry-backoff", "retry", "Retries with exponential backoff",
          "import time\n\n\ndef retry(call, attempts=3, base=0.5):\n    for attempt in range(attempts):\n"
          "        try:\n            return call()\n        except OSError:\n"
          "            if attempt == attempts - 1:\n                raise\n"
          "            time.sleep(base * 2 ** attempt)\n"),
    Topic("cache-ttl", "cache", "In-memory cache with expiry",
          "import time\n\n_store = {}\n\n\ndef get(key):\n    value, expires = _store.get(key, (None, 0))\n"
          "    return value if expires > time.time() else None\n\n\ndef put(key, value, ttl):\n"
          "    _store[key] = (value, time.time() + ttl)\n"),
    Topic("metrics", "metrics", "Request metrics",
          "from collections import Counter\n\nrequests = Counter()\n\n\ndef record(path, status):\n"
          "    requests[(path, status)] += 1\n"),
    Topic("audit-log", "audit", "Audit log for admin actions",
          "import json\nimport time\n\n\ndef audit(user, action, path=\"audit.log\"):\n"
          "    with open(path, \"a\") as log:\n"
          "        log.write(json.dumps({\"ts\": time.time(), \"user\": user, \"action\": action}) + \"\\n\")\n"),
    Topic("search", "search", "Simple full-text search",
          "def search(records, query):\n    words = query.lower().split()\n"
          "    return [r for r in records if all(w in r[\"text\"].lower() for w in words)]\n"),
    Topic("healthcheck", "health", "Health check with database ping",
          "def health(db):\n    try:\n        db.execute(\"SELECT 1\")\n    except Exception as error:\n"
          "        return {\"status\": \"down\", \"error\": str(error)}\n    return {\"status\": \"ok\"}\n"),
)
BRANCH_PREFIXES = ("feature/", "feature/", "fix/", "chore/", "", "sam/")
PROJECTS = ("orders-api", "inventory", "billing-svc", "ledger", "shipments", "catalog", "notify", "userdir")
COLLEAGUES = (("Priya Natarajan", "priya@example.dev"), ("Tom Becker", "tom.becker@example.dev"),
              ("Lena Fischer", "lena@example.dev"), ("Diego Alvarez", "diego@example.dev"))
MAIN_EXTRAS = (
    ("CONTRIBUTING.md", "# Contributing\n\nOpen a merge request against main and keep commits small.\n",
     "Add contributing guide"),
    ("docs/deploy.md", "# Deploying\n\nBuild the image and roll it out with the deploy pipeline.\n", "Document deployment"),
    ("scripts/backup.sh", "#!/bin/sh\nset -e\npg_dump \"$DATABASE_URL\" > backup.sql\n", "Add backup script"),
    (".editorconfig", "root = true\n\n[*]\nindent_style = space\nindent_size = 4\n", "Add editorconfig"),
    ("LICENSE", "MIT License\n\nCopyright (c) 2024 The {project} authors\n", "Add license file"),
    ("docs/api.md", "# API\n\n- GET /healthz\n- GET /{pkg}\n- POST /{pkg}\n", "Document the API"),
)
GITIGNORE = "__pycache__/\n*.pyc\n.venv/\n.env\n"
APP_SOURCE = '"""{project}: HTTP entry point."""\n\n\ndef create_app():\n    return {"name": "{project}"}\n'

PRE_INSPECT = ("git status", "git branch", "git branch -v", "git log --oneline --graph --all",
               "git log --oneline -n 5", "git diff {current} {other} --stat", "git log --oneline {current}..{other}",
               "git show --stat {other}")
CONFLICT_INSPECT = ("git status", "git diff", "cat {file}", "git diff --name-only --diff-filter=U",
                    "git log --merge --oneline", "git status -s")
RESOLUTIONS = ("theirs", "ours", "sed_theirs", "sed_ours", "union", "abort", "abort_x_theirs", "abort_x_ours")
SED_KEEP = {"ours": "sed -i '/^=======/,/^>>>>>>>/d;/^<<<<<<</d' {file}",
            "theirs": "sed -i '/^<<<<<<</,/^=======/d;/^>>>>>>>/d' {file}",
            "union": "sed -i '/^[<=>]\\{{7\\}}/d' {file}"}


def draw(rng: random.Random) -> dict:
    topic = rng.choice(TOPICS)
    project = rng.choice(PROJECTS)
    names = {"project": project, "pkg": project.split("-")[0]}
    branch = rng.choice(BRANCH_PREFIXES) + topic.slug
    outcome = rng.choices(["conflict", "clean", "fast_forward"], weights=[6, 2, 2])[0]
    direction = "into_main" if outcome == "fast_forward" or rng.random() < 0.7 else "into_feature"
    current, other = ("main", branch) if direction == "into_main" else (branch, "main")
    targets = rng.sample(FILE_KINDS, 2 if outcome == "conflict" and rng.random() < 0.25 else 1)
    edits = _draw_edits(targets, outcome, rng)
    resolution = _draw_resolution(targets, edits, outcome, rng)
    mistake = _draw_mistake(outcome, resolution, rng)
    params = {
        "project": project, "topic": topic.slug, "branch": branch, "outcome": outcome, "direction": direction,
        "start_on": current if rng.random() < 0.6 else other,
        "files": [kind.path for kind in targets],
        "conflict_keys": [f"{kind.path}:{key}" for kind in targets for key in edits["shared"].get(kind.path, [])],
        "feature_keys": [f"{kind.path}:{key}" for kind in targets for key in edits["feature"].get(kind.path, {})],
        "main_keys": [f"{kind.path}:{key}" for kind in targets for key in edits["main"].get(kind.path, {})],
        "base_commits": rng.randint(1, 3), "feature_extra_commits": rng.choice([0, 1, 1, 2, 2, 3]),
        "main_extra_commits": 0 if outcome == "fast_forward" else rng.randint(0 if edits["main"] else 1, 2),
        "colleague": rng.random() < 0.5, "resolution": resolution, "mistake": mistake,
        "pre_inspect": rng.sample(PRE_INSPECT, rng.randint(1, 3)),
        "conflict_inspect": _conflict_inspect(rng) if outcome == "conflict" else [],
        "merge_flags": rng.choice(["", "--no-edit "]) if outcome == "conflict" else "",
        "add_style": rng.choice(["files", ".", "-A", "-u"]), "commit_style": rng.choice(["no-edit", "merge", "resolve"]),
        "status_after_add": rng.random() < 0.5, "delete_branch": direction == "into_main" and rng.random() < 0.3,
        "restore_cmd": rng.choice(["checkout", "restore"]), "switch_cmd": rng.choice(["checkout", "switch"]),
    }
    files, setup = _repository(params, topic, targets, edits, names, rng)
    steps = _steps(params, targets, rng)
    return {"params": params, "files": files, "setup": setup, "steps": steps, "failures": _failures(steps, params)}


def _failures(steps: list[dict], params: dict) -> list[dict]:
    """The failures the steps show: a mistyped branch, a refused fast-forward, the conflict itself."""
    shown = {step["failure"]: step for step in steps if step.get("failure")}
    failures = []
    if "typo" in shown:
        failures.append({"id": "typo", "category": "not_found", "owner": "application developer",
                         "facts": [shown["typo"]["command"].split()[-1]]})
    if "ff-only" in shown:
        failures.append({"id": "ff-only", "category": "command_failed", "owner": "application developer",
                         "facts": [shown["ff-only"]["command"].split()[-1]]})
    if "conflict" in shown:
        failures.append({"id": "conflict", "category": "merge_conflict", "owner": "change authors",
                         "facts": params["files"]})
    return failures


def _conflict_inspect(rng: random.Random) -> list[str]:
    """One to three looks at the conflict (never both long and short `git status`)."""
    commands = rng.sample(CONFLICT_INSPECT, rng.randint(1, 3))
    return [command for command in commands if not (command == "git status -s" and "git status" in commands)]


def _draw_edits(targets: list[FileKind], outcome: str, rng: random.Random) -> dict:
    """Per file, the slot values each branch writes; `shared` lists the slots both branches change."""
    feature: dict[str, dict[str, str]] = {}
    main: dict[str, dict[str, str]] = {}
    shared: dict[str, list[str]] = {}
    for kind in targets:
        slots = list(kind.slots)
        rng.shuffle(slots)
        if outcome == "conflict":
            additive = [slot for slot in slots if slot.additive]
            count = 1 if additive and rng.random() < 0.4 else rng.randint(1, min(3, len(slots)))
            if count == 1 and additive:
                slots.remove(additive[0])
                slots.insert(0, additive[0])
            both, rest = slots[:count], slots[count:]
            shared[kind.path] = [slot.key for slot in both]
            feature_only = rest[:rng.randint(0, min(1, len(rest)))]
            main_only = rest[len(feature_only):][:rng.randint(0, 1)]
        elif outcome == "clean":
            feature_only = slots[:rng.randint(1, min(2, len(slots)))]
            main_only = slots[len(feature_only):][:rng.randint(0, 2)]
            both = []
        else:
            feature_only, main_only, both = slots[:rng.randint(1, min(2, len(slots)))], [], []
        feature[kind.path], main[kind.path] = {}, {}
        for slot in both:
            ours, theirs = rng.sample(slot.options, 2)
            main[kind.path][slot.key], feature[kind.path][slot.key] = ours, theirs
        for slot in feature_only:
            feature[kind.path][slot.key] = rng.choice(slot.options)
        for slot in main_only:
            main[kind.path][slot.key] = rng.choice(slot.options)
        if not main[kind.path]:
            del main[kind.path]
    return {"feature": feature, "main": main, "shared": shared}


def _draw_resolution(targets: list[FileKind], edits: dict, outcome: str, rng: random.Random) -> str:
    if outcome != "conflict":
        return "none"
    additive = all(kind.slot(key).additive for kind in targets for key in edits["shared"][kind.path])
    weights = [3, 3, 2, 2, 9 if additive else 0, 3, 1, 1]
    return rng.choices(RESOLUTIONS, weights=weights)[0]


def _draw_mistake(outcome: str, resolution: str, rng: random.Random) -> str:
    """A realistic slip; ones that need a conflict only happen when there is one."""
    if rng.random() < (0.5 if outcome == "conflict" else 0.75):
        return "none"
    if outcome == "fast_forward":
        return "typo_branch"
    if outcome == "clean":
        return rng.choice(["typo_branch", "ff_only"])
    weights = {"typo_branch": 1, "ff_only": 1, "commit_early": 4, "continue_early": 1, "merge_again": 1,
               "switch_away": 1, "commit_markers": 3 if resolution in ("sed_theirs", "sed_ours", "union") else 0}
    if resolution.startswith("abort"):
        weights["commit_early"] = 2
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _repository(params: dict, topic: Topic, targets: list[FileKind], edits: dict, names: dict[str, str],
                rng: random.Random) -> tuple[list[dict], list[str]]:
    """Files of the base commit, staged contents of later commits, and the setup lines that commit them."""
    pkg = names["pkg"]
    bystanders = [kind for kind in FILE_KINDS if kind not in targets and kind.path != "README.md"]
    present = [*targets, *rng.sample(bystanders, rng.randint(0, 2))]
    if README_MD not in present:
        present.append(README_MD)
    base = {kind.path: kind.render({}, names) for kind in present}
    base[".gitignore"] = GITIGNORE
    base[f"src/{pkg}/__init__.py"] = ""
    base[f"src/{pkg}/app.py"] = _named(APP_SOURCE, names)
    extras = [(path, _named(text, names), message) for path, text, message in rng.sample(MAIN_EXTRAS, len(MAIN_EXTRAS))]
    history = extras[:params["base_commits"] - 1]
    main_extra = extras[len(history):][:params["main_extra_commits"]]

    used: list[str] = []
    feature_commits = [_slot_commit(kind, edits["feature"][kind.path], names, used, rng) for kind in targets]
    feature_commits += _topic_commits(topic, pkg)[:params["feature_extra_commits"]]
    rng.shuffle(feature_commits)
    main_commits = [_slot_commit(kind, edits["main"][kind.path], names, used, rng) for kind in targets
                    if kind.path in edits["main"]]
    main_commits += [({path: text}, message) for path, text, message in main_extra]
    rng.shuffle(main_commits)

    files = [{"path": f"project/{path}", "content": text} for path, text in base.items()]
    hours = sorted(rng.sample(range(2, 24 * 6), len(history) + len(feature_commits) + len(main_commits) + 1),
                   reverse=True)
    author = rng.choice(COLLEAGUES) if params["colleague"] else None
    setup = ["cd project && git init -q && git add -A && " + _commit_command("Initial commit", hours.pop(0), None)]
    stage = 0
    for path, text, message in history:
        stage += 1
        files += _staged(stage, {path: text})
        setup.append(_apply(stage, message, hours.pop(0), None))
    setup.append(f"git -C project checkout -q -b {params['branch']}")
    for changes, message in feature_commits:
        stage += 1
        files += _staged(stage, changes)
        setup.append(_apply(stage, message, hours.pop(0), author))
    setup.append("git -C project checkout -q main")
    for changes, message in main_commits:
        stage += 1
        files += _staged(stage, changes)
        setup.append(_apply(stage, message, hours.pop(0), None))
    if params["start_on"] != "main":
        setup.append(f"git -C project checkout -q {params['start_on']}")
    setup.append("rm -rf .stage")
    return files, setup


def _slot_commit(kind: FileKind, values: dict[str, str], names: dict[str, str], used: list[str],
                 rng: random.Random) -> tuple[dict[str, str], str]:
    """One commit that writes `values` into `kind`; the message describes its first change and differs
    from the messages in `used` (so the two branches' commits do not read the same)."""
    slot = kind.slot(next(iter(values)))
    item = _item(_named(values[slot.key], names))
    messages = [_named(message.replace("{item}", item), names) for message in slot.messages]
    message = rng.choice([message for message in messages if message not in used] or messages)
    used.append(message)
    return {kind.path: kind.render(values, names)}, message


def _topic_commits(topic: Topic, pkg: str) -> list[tuple[dict[str, str], str]]:
    module = f"src/{pkg}/{topic.module}.py"
    test = (f"from {pkg}.{topic.module} import *  # noqa: F403\n\n\n"
            f"def test_{topic.module}_imports():\n    assert True\n")
    doc = f"# {topic.title}\n\nSee `{module}`.\n"
    return [({module: f'"""{topic.title}."""\n{topic.source}'}, f"Add {topic.title[0].lower()}{topic.title[1:]}"),
            ({f"tests/test_{topic.module}.py": test}, f"Add tests for {topic.module}"),
            ({f"docs/{topic.slug}.md": doc}, f"Document {topic.slug.replace('-', ' ')}")]


def _item(value: str) -> str:
    """The thing a slot value names: `8080` from `port = 8080`, `redis` from `redis==5.0.1`."""
    text = value.strip().lstrip("- ").strip('",')
    text = text.split("==")[0]
    for separator in (" = ", ": ", ":"):
        if separator in text:
            text = text.rsplit(separator, 1)[1]
    return text.strip('",').split()[0] if text.strip('",') else text


def _staged(stage: int, changes: dict[str, str]) -> list[dict]:
    return [{"path": f".stage/{stage}/{path}", "content": text} for path, text in changes.items()]


def _apply(stage: int, message: str, hours_ago: int, author: tuple[str, str] | None) -> str:
    # cp -r, not -a: a fresh mtime makes git re-read same-size files (the archive gives them all one mtime)
    return f"cd project && cp -r ~/.stage/{stage}/. . && git add -A && " + _commit_command(message, hours_ago, author)


def _commit_command(message: str, hours_ago: int, author: tuple[str, str] | None) -> str:
    """`git commit` dated `hours_ago` in the past, by `author` (default: the sandbox user's identity)."""
    minutes = hours_ago * 60 - (hours_ago * 37) % 60
    when = f'"$(date -R -d \'-{minutes} minutes\')"'
    who = f"-c user.name={shlex.quote(author[0])} -c user.email={author[1]} " if author else ""
    return (f"GIT_AUTHOR_DATE={when} GIT_COMMITTER_DATE={when} "
            f"git {who}commit -q -m {shlex.quote(message)}")


def _named(text: str, names: dict[str, str]) -> str:
    return text.replace("{project}", names["project"]).replace("{pkg}", names["pkg"])


def _steps(params: dict, targets: list[FileKind], rng: random.Random) -> list[dict]:
    current = "main" if params["direction"] == "into_main" else params["branch"]
    other = params["branch"] if current == "main" else "main"
    paths = [kind.path for kind in targets]
    steps = [_ok(command.format(current=current, other=other)) for command in params["pre_inspect"]]
    if params["start_on"] != current:
        steps.insert(rng.randint(0, len(steps)), _ok(f"git {params['switch_cmd']} {current}"))
    mistake, outcome = params["mistake"], params["outcome"]
    slip = {"typo_branch": "typo", "ff_only": "ff-only"}.get(mistake)
    if mistake == "typo_branch":
        steps.append(_fail(f"git merge {_typo(other, rng)}", "typo"))
    if mistake == "ff_only":
        steps.append(_fail(f"git merge --ff-only {other}", "ff-only"))
    fixed = [slip] if slip else []  # the next merge of the right branch, however it goes, is past the slip
    if outcome == "fast_forward":
        steps.append(_ok(rng.choice([f"git merge {other}", f"git merge --ff-only {other}"]), resolves=fixed))
        return steps + _wrap_up(params, paths, rng)
    if outcome == "clean":
        commands = [f"git merge --no-edit {other}", f"git merge -m \"Merge {other}\" {other}"]
        steps.append(_ok(rng.choice([command for command in commands if len(command) <= 60]), resolves=fixed))
        return steps + _wrap_up(params, paths, rng)
    steps.append({**_fail(f"git merge {params['merge_flags']}{other}", "conflict"), "resolves": fixed})
    steps += [_ok(command.format(file=rng.choice(paths))) for command in params["conflict_inspect"]]
    steps += _mistake_during_merge(mistake, current, other, rng)
    return steps + _resolve(params, paths, other, rng)


def _mistake_during_merge(mistake: str, current: str, other: str, rng: random.Random) -> list[dict]:
    if mistake == "commit_early":
        command = rng.choice(["git commit --no-edit", 'git commit -m "merge"', f"git commit -m \"Merge {other}\""])
    elif mistake == "continue_early":
        command = "git merge --continue"
    elif mistake == "merge_again":
        command = f"git merge {other}"
    elif mistake == "switch_away":
        command = rng.choice([f"git checkout {other}", f"git switch {other}"])
    else:
        return []
    return [_fail(command, "conflict")] + ([_ok("git status")] if rng.random() < 0.5 else [])


def _resolve(params: dict, paths: list[str], other: str, rng: random.Random) -> list[dict]:
    resolution = params["resolution"]
    if resolution == "abort":
        steps = [_ok("git merge --abort"), _ok("git status")]
        return steps + ([_ok("git log --oneline --graph --all")] if rng.random() < 0.4 else [])
    if resolution.startswith("abort_x_"):
        side = resolution.removeprefix("abort_x_")
        steps = [_ok("git merge --abort"), _ok(f"git merge -X {side} --no-edit {other}", resolves=["conflict"])]
        return steps + _wrap_up(params, paths, rng)
    if params["mistake"] == "commit_markers":
        return _commit_markers(params, paths, other, rng)
    steps = [_ok(_resolve_command(params, path)) for path in paths]
    add = " ".join(paths) if params["add_style"] == "files" else params["add_style"]
    steps.append(_ok(f"git add {add}"))
    if params["status_after_add"]:
        steps.append(_ok("git status"))
    steps.append(_ok(_commit_command_typed(params, paths, other), resolves=["conflict"]))
    return steps + _wrap_up(params, paths, rng)


def _resolve_command(params: dict, path: str) -> str:
    resolution = params["resolution"]
    if resolution in ("ours", "theirs"):
        return f"git {params['restore_cmd']} --{resolution} {path}"
    return SED_KEEP[resolution.removeprefix("sed_")].format(file=path)


def _commit_markers(params: dict, paths: list[str], other: str, rng: random.Random) -> list[dict]:
    """`git commit -a` happily commits conflict markers (exit 0: a warning at best); the developer notices
    with `git diff --check` and amends."""
    commit = rng.choice(['git commit -am "merge"', f"git commit -am \"Merge {other}\""])
    steps = [{"command": commit, "expect": "warn", "failure": "conflict"}, _fail("git diff --check HEAD^", "conflict")]
    steps += [_ok(_resolve_command(params, path)) for path in paths]
    steps += [_ok("git commit -a --amend --no-edit", resolves=["conflict"]), _ok("git diff --check HEAD^")]
    return steps + _wrap_up(params, paths, rng)


def _commit_command_typed(params: dict, paths: list[str], other: str) -> str:
    style = params["commit_style"]
    if style == "no-edit":
        return "git commit --no-edit"
    if style == "merge":
        return f"git commit -m \"Merge {other}\""
    if len(paths) > 1:
        return 'git commit -m "Resolve merge conflicts"'
    return f"git commit -m \"Resolve conflict in {paths[0].rsplit('/', 1)[-1]}\""


def _wrap_up(params: dict, paths: list[str], rng: random.Random) -> list[dict]:
    """Looking at the result: history, the merged file, and maybe deleting the merged branch."""
    steps = [_ok(rng.choice(["git log --oneline -n 3", "git log --oneline --graph -n 8", "git log --oneline -n 5"]))]
    if rng.random() < 0.5:
        steps.insert(rng.randint(0, 1), _ok(f"cat {rng.choice(paths)}"))
    if rng.random() < 0.3:
        steps.append(_ok("git status"))
    if params["delete_branch"]:
        steps.append(_ok(f"git branch -d {params['branch']}"))
    return steps


def _typo(branch: str, rng: random.Random) -> str:
    """The branch name with two neighbouring letters swapped (or one dropped)."""
    letters = [i for i in range(len(branch) - 1) if branch[i].isalpha() and branch[i + 1].isalpha()
               and branch[i] != branch[i + 1]]
    i = rng.choice(letters)
    if rng.random() < 0.7:
        return branch[:i] + branch[i + 1] + branch[i] + branch[i + 2:]
    return branch[:i] + branch[i + 1:]


def _ok(command: str, resolves: list[str] | None = None) -> dict:
    return {"command": command, "expect": "ok", "resolves": resolves or []}


def _fail(command: str, failure: str) -> dict:
    return {"command": command, "expect": "fail", "failure": failure}
