"""Prometheus alerting rules checked before a push: `promtool check rules`, `promtool check config`,
`promtool test rules` (unit tests of an alert) and `amtool check-config`. A drawn bug — a bad duration,
broken PromQL or template, a misspelt field, a duplicated recording rule (lint: FAILED behind exit 0), a bad
prometheus.yml or alertmanager.yml, an alert its unit test no longer matches — shows in the checks that read
that file; the operator reads it, looks, fixes it with sed and checks again, or stops with it open."""
from __future__ import annotations

import random
from pathlib import Path

import jinja2

from sandboxes.scenarios.kit import Session, data

HERE = Path(__file__).parent
SCOPES = {"rules": ["duration", "promql", "template", "field", "duplicate"], "config": ["scrape", "rule_file"],
          "alertmanager": ["am_receiver", "am_field", "am_duration", "am_url"], "tests": ["test_for", "test_severity"]}
SCOPE = {bug: scope for scope, bugs in SCOPES.items() for bug in bugs}
# which bugs each check reads, in the order it reports them
READS = {"rules": ["rules"], "config": ["config", "rules"], "alertmanager": ["alertmanager"],
         "tests": ["rules", "tests"]}
CATEGORY = {"duplicate": "lint_error", "rule_file": "not_found", "test_for": "test_failure",
            "test_severity": "test_failure"}
LINT = r"duplicate rule\(s\) found"
BAD_SCRAPE = {"15": "15s", "30 s": "30s", "1min": "1m"}
BAD_WAIT = {"30 s": "30s", "1 m": "1m", "10sec": "10s"}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    group = rng.choice(book["groups"])
    scopes = rng.sample(list(SCOPES), rng.choices([0, 1, 2], weights=[2, 5, 3])[0])
    # a deleted duplicate would move the lines a unit-test fix addresses: never both
    bugs = [rng.choice([b for b in SCOPES[scope] if not (b == "duplicate" and "tests" in scopes)]) for scope in scopes]
    checks = _checks(rng, bugs)
    params = {
        "group": group, "port": rng.choice(book["ports"]), "severity": rng.choice(book["severities"]),
        "down_alert": rng.choice(book["down_alerts"]), "down_for": rng.choice([2, 3, 5]),
        "alerts": [a["name"] for a in rng.sample(book["alerts"], rng.randint(1, 3))],
        "recording": [r["name"] for r in rng.sample(book["recording"], rng.randint(1, 2))],
        "team": rng.choice(book["teams"]), "pager": rng.choice(book["pagers"]), "bugs": bugs,
        "checks": checks, "commands": [rng.choice(book["checks"][c]).format(group=group) for c in checks],
        "outcome": "pass" if not bugs else rng.choice(["resolved", "resolved", "open"]),
        "inspect": rng.choice(book["inspect"]).format(group=group), "details": [],
    }
    project = Project(rng, params, book)
    files = project.files()
    return _session(rng, params, project).fields(params, files)


def _checks(rng: random.Random, bugs: list[str]) -> list[str]:
    """The checks run, in a drawn order: one that shows each bug, and maybe more."""
    chosen = set(rng.sample(list(READS), rng.randint(1, 3)))
    for bug in bugs:
        showing = sorted(check for check, scopes in READS.items() if SCOPE[bug] in scopes and _reads(check, bug))
        if not chosen & set(showing):
            chosen.add(rng.choice(showing))
    return rng.sample(sorted(chosen), len(chosen))


class Project:
    """The monitoring repository with the drawn bugs in it; it knows each bug's facts, look and fix."""

    def __init__(self, rng: random.Random, params: dict, book: dict) -> None:
        self.rng, self.params, self.group = rng, params, params["group"]
        self.plans: dict[str, dict] = {}
        pool = {alert["name"]: alert for alert in book["alerts"]}
        self.alerts = [self._down()] + [{**pool[name], "expr": pool[name]["expr"].replace("{job}", self.group)}
                                        for name in params["alerts"]]
        for alert in self.alerts:  # the keys each alert is written with (the field bug misspells one)
            alert["key"] = {"expr": "expr", "labels": "labels", "annotations": "annotations"}
        self.recording = [rule for rule in book["recording"] if rule["name"] in params["recording"]]
        for bug in params["bugs"]:
            values = {"group": self.group, "rules": f"rules/{self.group}.yml", "pager": params["pager"],
                      "team": params["team"], "severity": params["severity"], **getattr(self, f"_{bug}")(book)}
            plan = book["plans"][bug]
            self.plans[bug] = {"facts": [fact.format(**values) for fact in plan["facts"]],
                               "look": plan["look"].format(**values), "fix": plan["fix"].format(**values)}
            params["details"].append(f"{bug}:{values['detail']}" if values.get("detail") else bug)

    def _down(self) -> dict:
        return {"name": self.params["down_alert"], "expr": f'up{{job="{self.group}"}} == 0',
                "for": f"{self.params['down_for']}m", "severity": self.params["severity"],
                "summary": "{{ $labels.job }} target down on {{ $labels.instance }}"}

    # --- the bugs: each changes the project and returns what its plan (data.yaml) names ----------------------
    def _duration(self, book: dict) -> dict:
        alert, bad = self.rng.choice(self.alerts), self.rng.choice(book["bad_durations"])
        good, alert["for"] = alert["for"], bad
        return {"bad": bad, "good": good, "detail": f"{alert['name']}={bad}"}

    def _promql(self, book: dict) -> dict:
        options = [(a, brk) for a in self.alerts for brk in book["promql_breaks"] if brk.get("needs", "") in a["expr"]]
        alert, brk = self.rng.choice(options)
        expr, kind = alert["expr"], brk["kind"]
        if kind == "extra_paren":
            alert["expr"], fix = expr + ")", f"s/{_sed(expr[-7:])})$/{_sed(expr[-7:], True)}/"
        elif kind == "unclosed_range":
            alert["expr"], fix = expr.replace("[5m]", "[5m", 1), r"s/\[5m)/[5m])/"
        else:
            label = "job" if "(job)" in brk["needs"] else "le"
            alert["expr"], fix = expr.replace(f"by ({label}) (", f"by {label} (", 1), f"s/by {label} (/by ({label}) (/"
        return {"alert": alert["name"], "sed": fix, "detail": f"{alert['name']}={kind}"}

    def _template(self, book: dict) -> dict:
        alert = self.rng.choice(self.alerts)
        alert["summary"] = alert["summary"][:-1]
        return {"alert": alert["name"], "detail": alert["name"]}

    def _field(self, book: dict) -> dict:
        index, typo = self.rng.randrange(len(self.alerts)), self.rng.choice(book["field_typos"])
        self.alerts[index]["key"][typo["field"]] = typo["typo"]
        line = 4 + 2 * len(self.recording) + 7 * index + {"expr": 1, "labels": 3, "annotations": 5}[typo["field"]]
        return {**typo, "line": line, "detail": f"{self.alerts[index]['name']}={typo['typo']}"}

    def _duplicate(self, book: dict) -> dict:
        rule = self.rng.choice(self.recording)
        self.recording.append(rule)  # pasted twice: the second copy is deleted by its line numbers
        first = 4 + 2 * (len(self.recording) - 1)
        return {"rule": rule["name"], "first": first, "last": first + 1, "detail": rule["name"]}

    def _scrape(self, book: dict) -> dict:
        self.scrape = self.rng.choice(sorted(BAD_SCRAPE))
        return {"bad": self.scrape, "good": BAD_SCRAPE[self.scrape], "detail": self.scrape}

    def _rule_file(self, book: dict) -> dict:
        self.rule_file = self.rng.choice(["alerts.yml", "rules.yml", f"{self.group}.rules.yml"])
        look = self.rng.choice(["ls rules/", "grep -n -A2 rule_files prometheus.yml"])
        return {"bad": self.rule_file, "look": look, "detail": self.rule_file}

    def _am_receiver(self, book: dict) -> dict:
        self.route_pager = self.rng.choice([p for p in book["pagers"] if p != self.params["pager"]])
        return {"bad": self.route_pager, "detail": self.route_pager}

    def _am_field(self, book: dict) -> dict:
        return {}

    def _am_duration(self, book: dict) -> dict:
        self.group_wait = self.rng.choice(sorted(BAD_WAIT))
        return {"bad": self.group_wait, "good": BAD_WAIT[self.group_wait], "detail": self.group_wait}

    def _am_url(self, book: dict) -> dict:
        return {}

    def _test_for(self, book: dict) -> dict:
        down = self.alerts[0]
        good, down["for"] = down["for"], f"{self.params['down_for'] + 5}m"
        return {"alert": down["name"], "bad": down["for"], "good": good, "line": self._line_of("for")}

    def _test_severity(self, book: dict) -> dict:
        self.alerts[0]["severity"] = "warning"
        return {"alert": self.alerts[0]["name"], "line": self._line_of("severity")}

    def _line_of(self, key: str) -> int:
        """The rules file line of a down alert's key (it comes right after the recording rules)."""
        return 4 + 2 * len(self.recording) + {"for": 2, "severity": 4}[key]

    # --- the files ------------------------------------------------------------------------------------------
    def files(self) -> list[dict]:
        p = self.params
        values = {
            "group": self.group, "port": p["port"], "severity": p["severity"], "down": p["down_alert"],
            "pending_at": 3 + p["down_for"] - 1, "firing_at": 3 + p["down_for"] + 2, "team": p["team"],
            "pager": p["pager"], "alerts": self.alerts, "recording": self.recording,
            "scrape_interval": getattr(self, "scrape", "15s"), "rule_files": getattr(self, "rule_file", "rules/*.yml"),
            "receiver_key": "reciever" if "am_field" in p["bugs"] else "receiver",
            "group_wait": getattr(self, "group_wait", "30s"), "route_pager": getattr(self, "route_pager", p["pager"]),
            "team_url": ("" if "am_url" in p["bugs"] else "http://") + f"127.0.0.1:5001/hooks/{p['team']}",
        }
        root = HERE / "files"
        out = []
        for path in sorted(q for q in root.rglob("*") if q.is_file()):
            name = path.relative_to(root).as_posix().replace("GROUP", self.group)
            out.append({"path": f"project/{name}", "content": _render(path, values)})
        return out


def _render(path: Path, values: dict) -> str:
    environment = jinja2.Environment(variable_start_string="[[", variable_end_string="]]", block_start_string="[%",
                                     block_end_string="%]", trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return environment.from_string(path.read_text(encoding="utf-8")).render(**values)


def _sed(text: str, replacement: bool = False) -> str:
    """`text` escaped for one side of a sed s/// command."""
    special = "\\/&" if replacement else "\\/.*[]^$"
    return "".join("\\" + ch if ch in special else ch for ch in text)


# --- the session --------------------------------------------------------------------------------------------
def _session(rng: random.Random, params: dict, project: Project) -> Session:
    session = Session(rng).look(params["inspect"])
    plans = project.plans
    for bug in params["bugs"]:
        session.failure(bug, CATEGORY.get(bug, "config_syntax"), "service operator", *plans[bug]["facts"])
    open_bugs = list(params["bugs"])
    for check, command in zip(params["checks"], params["commands"]):
        shown = [bug for scope in READS[check] for bug in open_bugs if SCOPE[bug] == scope and _reads(check, bug)]
        resolved: list[str] = []
        for bug in shown:
            session.fail(command, bug, shown_by=LINT if bug == "duplicate" else None, resolves=resolved)
            session.look(plans[bug]["look"])
            if params["outcome"] == "open" and len(open_bugs) == 1:  # the last bug stays open
                return session
            session.run(plans[bug]["fix"])
            open_bugs.remove(bug)
            resolved = [bug]
        session.run(command, resolves=resolved)
    return session


def _reads(check: str, bug: str) -> bool:
    """Unit tests do not lint: a duplicated recording rule does not show there."""
    return not (check == "tests" and bug == "duplicate")
