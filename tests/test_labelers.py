"""Labelers on sessions the recorder really recorded (tests/fixtures/sessions), plus small fakes for the
generic layer's edge cases (the fakes' output lines are copied from real tools' output)."""
from __future__ import annotations

from pathlib import Path

import pytest

from labelers import label_session, label_transcript, load_transcript
from labelers.analysis import LabelsReport, is_placeholder
from labelers.compose import DIAGNOSIS, compose
from labelers.grounding import report_problems
from labelers.outcomes import verdict
from labelers.registry import Applied, _REGISTRY, apply_all, labeler
from recorder.store import iter_sessions
from recorder.transcript import StepView, Transcript
from schema import Evidence, Finding, Report
from schema.session import StepRecord

FAMILIES = {"pytest", "git", "ports"}


@pytest.fixture
def measured(fixture_sessions: Path) -> LabelsReport:
    report = LabelsReport()
    for directory in iter_sessions(fixture_sessions):
        labelled = label_session(directory)
        report.add(labelled.meta, labelled.transcript, labelled.applied, labelled.report.root[0], labelled.evidence)
    return report


def test_fixtures_cover_every_family(measured: LabelsReport) -> None:
    assert set(measured.families) == FAMILIES


def test_every_report_is_grounded(fixture_sessions: Path) -> None:
    for directory in iter_sessions(fixture_sessions):
        labelled = label_session(directory)
        text = labelled.transcript.text()
        assert report_problems(labelled.report.root[0], text) == [], directory.name
        assert all(line in text for item in labelled.evidence.items for line in item.evidence)


def test_labels_agree_with_truth_v2_on_the_recorded_fixtures(measured: LabelsReport) -> None:
    total = measured.total()
    assert total.failures >= 10 and measured.truth_problems == 0
    assert total.found == total.category_ok == total.status_ok == total.owner_ok == total.failures, measured.mismatches
    assert total.facts_found == total.facts
    assert (total.extra, total.duplicates, total.placeholders, total.failures_as_successes) == (0, 0, 0, 0)
    assert total.status_text_mismatch == 0 and total.exact == total.sessions


def test_a_failure_behind_exit_zero_is_a_blocker_not_a_success(fixture_sessions: Path) -> None:
    piped = [d for d in iter_sessions(fixture_sessions) if "| tail" in (d / "meta.json").read_text()]
    assert piped
    for directory in piped:
        labelled = label_session(directory)
        hidden = [step.index for step in labelled.meta.steps if step.exit_code == 0 and "| tail" in step.command
                  and labelled.meta.truth.steps[step.index].expect == "fail"]
        assert hidden
        blamed = {step for item in labelled.evidence.items if item.item.startswith("blockers") for step in item.steps}
        praised = {step for item in labelled.evidence.items if item.item.startswith("key") for step in item.steps}
        assert set(hidden) <= blamed and not set(hidden) & praised


def test_specific_rules_outrank_the_generic_fallback(fixture_sessions: Path) -> None:
    for directory in iter_sessions(fixture_sessions):
        for item in label_session(directory).evidence.items:
            if item.item.startswith("blockers") and item.category.value in ("test_failure", "merge_conflict"):
                assert item.labeler != "generic", directory.name


def session(*steps: tuple[str, list[str], int | None]) -> Transcript:
    """A fake transcript in ~/app: (command, output lines, exit code) per step."""
    return session_in(*(("~/app", *step) for step in steps))


def session_in(*steps: tuple[str, str, list[str], int | None]) -> Transcript:
    """A fake transcript: (folder, command, output lines, exit code) per step."""
    lines, views = [], []
    for index, (folder, command, output, exit_code) in enumerate(steps):
        record = StepRecord(index=index, command=command, start=index, output_start=index + 0.1, end=index + 0.5,
                            exit_code=exit_code, cwd=folder.replace("~", "/home/dev"))
        prompt = f"dev@box:{folder}$ {command}"
        views.append(StepView(record, prompt, output, len(lines)))
        lines += [prompt, *output]
    return Transcript(lines, views)


def test_a_pass_in_another_project_fixes_no_failing_suite() -> None:
    """A working day moves between test suites (workday-python-s0115: reports' failures were 'resolved' by
    inventory's passing run)."""
    failing = ("~/reports", "pytest -q", ["FAILED tests/test_a.py::test_one - assert 1 == 2",
                                          "1 failed, 2 passed in 0.05s"], 1)
    elsewhere = ("~/inventory", "pytest -q", ["3 passed in 0.02s"], 0)
    _, evidence = labels(session_in(failing, elsewhere))
    [blocker] = [item for item in evidence.items if item.status]
    assert blocker.status == "open" and blocker.steps == [0]
    fixed_here = ("~/reports", "pytest -q", ["3 passed in 0.03s"], 0)
    _, evidence = labels(session_in(failing, elsewhere, fixed_here))
    [blocker] = [item for item in evidence.items if item.status]
    assert blocker.status == "resolved" and blocker.resolved_by == 2


def labels(transcript: Transcript) -> tuple[Report, Evidence]:
    return compose(apply_all(transcript).findings, transcript, "fake")


LINK_ERROR = ["cc -o app main.c", "/usr/bin/ld: /tmp/ccX.o: in function `main':",
              "main.c:(.text+0x1e): undefined reference to `parse_port'", "collect2: error: ld returned 1 exit status",
              "make: *** [Makefile:2: app] Error 1"]


def test_the_decisive_line_is_the_cause_not_the_wrapper_and_a_fix_is_reported_as_fixed() -> None:
    transcript = session(("make", LINK_ERROR, 2), ("grep -n parse_port *.c", ["util.c:3:int parse_port(const char *s)"], 0),
                         ("sed -i 's/^SRC = main.c$/SRC = main.c util.c/' Makefile", [], 0),
                         ("make", ["cc -o app main.c util.c"], 0))
    report, evidence = labels(transcript)
    blocker = report.root[0].blockers[0]
    assert "undefined reference to `parse_port'" in blocker.desc and "make: ***" not in blocker.desc
    assert blocker.resolution_hint == ("Resolved in the session: after `sed -i 's/^SRC = main.c$/SRC = main.c util.c/' "
                                       "Makefile`, `make` succeeded")
    item = next(item for item in evidence.items if item.item == "blockers[0]")
    assert (item.category.value, item.status, item.resolved_by) == ("link_error", "resolved", 3)
    assert all(success.specifics != "make" or "fix" in success.desc for success in report.root[0].key_successes)


def test_an_open_failure_gets_a_concrete_next_step_and_a_project_owner() -> None:
    report, evidence = labels(session(("make", LINK_ERROR, 2)))
    blocker = report.root[0].blockers[0]
    assert "parse_port" in blocker.resolution_hint and "`make`" in blocker.resolution_hint
    assert blocker.owner_hint == "Application developer" and evidence.items[-1].status == "open"
    diagnosis = report.root[0].key_successes[0]  # nothing worked and nothing was looked into: what the run established
    assert diagnosis.desc == "Identified why `make` fails" and "parse_port" in diagnosis.specifics


def test_a_command_failing_twice_for_two_reasons_gives_two_blockers_first_fixed_second_open() -> None:
    transcript = session(
        ("nginx -t -c ~/site/nginx.conf", ['nginx: [emerg] invalid number of arguments in "proxy_pass" directive in '
                                           '/home/dev/site/nginx.conf:12', "nginx: configuration file "
                                           "/home/dev/site/nginx.conf test failed"], 1),
        ("sed -i 's|proxy_pass;|proxy_pass http://127.0.0.1:8000;|' ~/site/nginx.conf", [], 0),
        ("nginx -t -c ~/site/nginx.conf", ["nginx: the configuration file /home/dev/site/nginx.conf syntax is ok",
                                           'nginx: [emerg] mkdir() "/var/lib/nginx/body" failed (13: Permission denied)',
                                           "nginx: configuration file /home/dev/site/nginx.conf test failed"], 1))
    report, evidence = labels(transcript)
    first, second = report.root[0].blockers
    assert "proxy_pass" in first.desc and first.resolution_hint.startswith("Resolved in the session")
    assert "/var/lib/nginx/body" in second.desc and "/var/lib/nginx/body" in second.resolution_hint
    assert [item.status for item in evidence.items if item.item.startswith("blockers")] == ["resolved", "open"]
    assert [item.category.value for item in evidence.items if item.category] == ["config_syntax", "permission_denied"]
    assert "test failed" not in first.desc + second.desc


def test_a_failure_piped_through_head_is_a_failure_and_never_a_success() -> None:
    transcript = session(("ls", ["app.db  backup.db"], 0),
                         ("sqlite3 app.db 'PRAGMA integrity_check' | head -n 3",
                          ["Error: database disk image is malformed"], 0))
    report, evidence = labels(transcript)
    assert report.root[0].blockers[0].desc.startswith("`sqlite3 app.db 'PRAGMA integrity_check' | head -n 3` failed "
                                                      "behind a zero exit status: Error: database disk image is malformed")
    assert "app.db" in report.root[0].blockers[0].resolution_hint
    assert all(1 not in item.steps for item in evidence.items if item.item.startswith("key") and item.labeler != DIAGNOSIS)


def test_a_standard_library_frame_is_never_the_owner() -> None:
    traceback = ["Traceback (most recent call last):", '  File "/home/dev/app/load.py", line 7, in <module>',
                 "    cfg = importlib.import_module(name)",
                 '  File "/usr/lib/python3.11/importlib/__init__.py", line 126, in import_module',
                 "    return _bootstrap._gcd_import(name[level:], package, level)",
                 "ModuleNotFoundError: No module named 'settngs'"]
    report, _ = labels(session(("python3 load.py", traceback, 1)))
    blocker = report.root[0].blockers[0]
    assert "/usr/lib/python3" not in blocker.owner_hint and "settngs" in blocker.resolution_hint


def test_grep_finding_nothing_is_an_answer_not_a_failure() -> None:
    report, _ = labels(session(("grep -rn TODO src", [], 1), ("ls src", ["main.py"], 0)))
    assert report.root[0].blockers == []


def test_without_exit_codes_the_output_decides() -> None:
    report, evidence = labels(session(("redis-cli -p 6390 ping", ["Could not connect to Redis at 127.0.0.1:6390: "
                                                                  "Connection refused"], None),
                                      ("redis-server --port 6390 --daemonize yes", [], None),
                                      ("redis-cli -p 6390 ping", ["PONG"], None)))
    assert [item.status for item in evidence.items if item.status] == ["resolved"]
    assert "6390" in report.root[0].blockers[0].desc and "redis-server --port 6390" in report.root[0].blockers[0].resolution_hint


def test_an_open_failure_gets_what_the_investigation_found() -> None:
    transcript = session(("./deploy.sh", ["bash: ./deploy.sh: Permission denied"], 126),
                         ("ls -l deploy.sh", ["-rw-r--r-- 1 dev dev 112 Nov 28 10:00 deploy.sh"], 0))
    report, _ = labels(transcript)
    success = report.root[0].key_successes[0]
    assert success.specifics == "ls -l deploy.sh" and "deploy.sh" in success.adjacent_context
    assert "chmod +x ./deploy.sh" in report.root[0].blockers[0].resolution_hint


@pytest.mark.parametrize(("hint", "placeholder"), [
    ("Start from the quoted error line and the command's usage", True),
    ("Find out what it waits on before re-running it", True),
    ("Open main.c:12 and fix: expected ';'", False),
    ("Resolved in the session: after `chmod +x deploy.sh`, `./deploy.sh` succeeded", False),
])
def test_placeholder_hints_are_recognised(hint: str, placeholder: bool) -> None:
    transcript = "dev@box:~$ ./deploy.sh\nmain.c:12: error: expected ';'\ndev@box:~$ chmod +x deploy.sh"
    assert is_placeholder(hint, transcript) is placeholder


def test_ungrounded_findings_are_refused() -> None:
    transcript = session(("ls", ["a.txt"], 0))
    invented = Finding(labeler="liar", kind="success", steps=[0], evidence=["b.txt"], summary="saw b.txt",
                       success={"desc": "Found b.txt", "specifics": "b.txt", "adjacent_context": "42 files"})
    report, evidence = compose([*apply_all(transcript).findings, invented], transcript, "fake")
    assert "b.txt" not in report.model_dump_json()
    assert evidence.ungrounded == [invented]


def test_a_crashing_labeler_abstains_and_is_counted(fixture_sessions: Path) -> None:
    @labeler("always-crashes")
    def crash(transcript: Transcript) -> list[Finding]:
        raise RuntimeError("boom")

    try:
        applied: Applied = apply_all(session(("ls", ["a.txt"], 0)))
        assert applied.errors == {"always-crashes": "RuntimeError: boom"} and applied.findings
        labelled = label_session(next(iter_sessions(fixture_sessions)), write=False)
        report = LabelsReport()
        report.add(labelled.meta, labelled.transcript, labelled.applied, labelled.report.root[0], labelled.evidence)
        assert report.labelers["always-crashes"].crashes == 1
    finally:
        del _REGISTRY["always-crashes"]


def test_relabelling_is_stable(fixture_sessions: Path) -> None:
    directory = next(iter_sessions(fixture_sessions))
    first = label_session(directory).report
    meta, transcript = load_transcript(directory)
    assert label_transcript(meta, transcript).report == first


REAL_ERRORS = [  # (command, its real output on Debian bookworm, exit code, category, words the hint must name)
    ("gcc -o bad bad.c", ["bad.c: In function ‘main’:", "bad.c:3:3: error: expected ‘,’ or ‘;’ before ‘return’",
                          "    3 |   return x;"], 1, "compile_error", ["bad.c:3"]),
    ("javac Main.java", ["Main.java:3: error: incompatible types: String cannot be converted to int", "1 error"], 1,
     "compile_error", ["Main.java:3"]),
    ("node app.js", ["TypeError: Cannot read properties of undefined (reading 'host')",
                     "    at Object.<anonymous> (/home/dev/app/app.js:2:20)",
                     "    at Module._compile (node:internal/modules/cjs/loader:1521:14)"], 1, "runtime_error", ["app.js:2"]),
    ("make", ["make: *** No rule to make target 'main.o', needed by 'app'.  Stop."], 2, "not_found", ["main.o", "app"]),
    ("tar xzf trunc.tar.gz", ["gzip: stdin: unexpected end of file", "tar: This does not look like a tar archive",
                              "tar: Child returned status 1", "tar: Error is not recoverable: exiting now"], 2,
     "data_corruption", ["trunc.tar.gz"]),
    ("curl -s http://localhost:9/", [], 7, "connection_refused", ["curl -s http://localhost:9/"]),
    ("cat /nope", ["cat: /nope: No such file or directory"], 1, "not_found", ["/nope"]),
    ("nosuchcmd", ["bash: nosuchcmd: command not found"], 127, "not_found", ["nosuchcmd"]),
    ("ruby invoice.rb", ["invoice.rb:6:in `<main>': undefined method `upcase' for nil:NilClass (NoMethodError)", "",
                         "currency = config[:currency].upcase", "                            ^^^^^^^"], 1,
     "runtime_error", ["invoice.rb:6"]),
    ("./release.sh", ["==> stamping version", "./release.sh: line 12: VERSION: unbound variable"], 1, "runtime_error",
     ["VERSION", "12"]),
    ("cmake -S . -B build", ["CMake Error at CMakeLists.txt:5 (find_package):",
                             '  Could not find a configuration file for package "tomlite" that is',
                             '  compatible with requested version "1.2".'], 1, "version_mismatch", ["tomlite"]),
    ("mount -o remount,size=256m /dev/shm", ["mount: /dev/shm: must be superuser to use mount."], None,
     "permission_denied", ["mount -o remount,size=256m /dev/shm"]),
]


def test_a_negated_phrase_is_no_error() -> None:
    report, _ = labels(session(("php -l src/Cart.php", ["No syntax errors detected in src/Cart.php"], None)))
    assert report.root[0].blockers == []


@pytest.mark.parametrize(("command", "output", "exit_code", "category", "named"), REAL_ERRORS)
def test_real_tool_errors_get_their_category_and_a_hint_that_names_them(command: str, output: list[str], exit_code: int,
                                                                          category: str, named: list[str]) -> None:
    transcript = session((command, output, exit_code))
    report, evidence = labels(transcript)
    blocker, item = report.root[0].blockers[0], evidence.items[-1]
    assert item.category.value == category
    assert all(word in blocker.resolution_hint for word in named), blocker.resolution_hint
    assert not is_placeholder(blocker.resolution_hint, transcript.text())


@pytest.mark.parametrize(("failed", "later", "same"), [
    ("git merge mian", "git merge main", True),           # a corrected typo is another try
    ("make", "make app", True),                           # a named target after none
    ("npm run lint", "npm run", False),                   # listing the scripts is not running one
    ("git merge feature/x", "git merge --abort", False),  # a control flag is not another try
    ("python3 -m http.server 8080", "python3 -m http.server 8081", False),
    ("strace -e trace=openat ./agent", "./agent", True),  # a tracer runs the command it traces
    ("sqlite3 app.db 'PRAGMA integrity_check' | head -n 3", "sqlite3 backup.db 'PRAGMA integrity_check'", False),
    ("bash -x scripts/bump.sh", "./scripts/bump.sh", True),  # a script run through its interpreter
    ("python3", "python3 check.py", True),                # what failed in the REPL, tried for real
    ("node", "python3 check.py", False),                  # another language's REPL
    ("java App", "java -cp src com.acme.App", True),      # a name with its package
    ("openssl verify gateway.crt", "openssl verify -CAfile ca.crt gateway.crt", True),  # after an option's value
    ("killall resize_worker.py", "pkill -f resize_worker.py", True),  # one goal, two tools
    ("rm sessions/sess_*", "find sessions -type f -name 'sess_*' -delete", True),
    ("echo test | gpg --clearsign", "printf x | gpg --clearsign", True),  # echo and printf only feed gpg
    ("git submodule update --init", "git -c protocol.file.allow=always submodule update --init", True),
    ("curl -sO http://localhost:8000/releases/theme-2.4.zip", "curl -s http://localhost:8000/releases/", False),
    ("curl -s localhost:8081/v1/items.json", "curl -s localhost:8081/api/v1/items.json | jq length", True),
    ("curl -s localhost:8080/helth", "curl -s localhost:8080/health", True),  # a typo in the path
    ("curl -s localhost:5077/items/42", "curl -s localhost:5077/items/43", False),  # another record
    ("sqlite3 stock.db", "sqlite3 stock.db < schema.sql", False),  # a script fed in changes the database
    ("sqlite3 stock.db", "sqlite3 stock.db 'select count(*) from items;'", True),  # a query asks again
    ("java -jar app-0.1.jar", "java -cp app-0.1.jar de.acme.Main", True),  # the jar run by its class path
    ("java -cp out:lib/junit.jar org.junit.runner.JUnitCore AppTest",
     "java -cp out:lib/junit.jar:lib/hamcrest-core.jar org.junit.runner.JUnitCore AppTest", True),
    ("pip install -e .", "pip install wheel", False),  # `.` is the project pip installs
    ("pg_restore -d shop backups/shop-06.sql", "pg_restore -l backups/shop-07.dump", False),  # two kinds of file
    ("git cherry-pick main~1", "git cherry-pick main", False),  # another commit
    ("nginx -t", "nginx -tq -p $PWD -c $PWD/conf/nginx.conf", True),  # config tests, however the flags combine
    ("jq '.name' releases.json", "jq '.[0]' releases.json", False),  # a look at the shape asks for no name
    ("jq '.name' releases.json", "jq -r '.[] | select(.status == \"failed\") | .name' releases.json", True),
])
def test_what_counts_as_another_try_of_the_same_goal(failed: str, later: str, same: bool) -> None:
    from labelers.goals import goal, same_goal

    assert same_goal(goal(failed), goal(later)) is same


# --- episodes by goal -----------------------------------------------------------------------------------------
GO_ERROR = ["./main.go:9:2: undefined: parsePort"]


def blockers_of(transcript: Transcript) -> list[tuple[str, int | None]]:
    """(status, resolved_by) of each blocker of the report."""
    _, evidence = labels(transcript)
    return [(item.status, item.resolved_by) for item in evidence.items if item.status]


@pytest.mark.parametrize("rerun", ["go build -o app . && ./app", "cd ~/app && go build ./... | tee build.log"])
def test_a_rerun_in_another_form_reaches_the_same_goal(rerun: str) -> None:
    transcript = session(("go build ./...", GO_ERROR, 1), ("sed -i 's/parsePort/ParsePort/' main.go", [], 0),
                         (rerun, ["listening on :8080"], 0))
    assert blockers_of(transcript) == [("resolved", 2)]
    report, _ = labels(transcript)
    assert "until `sed -i 's/parsePort/ParsePort/' main.go` fixed it" in report.root[0].summary


def test_another_form_failing_differently_without_a_change_fixes_nothing() -> None:
    """`psql -h localhsot` (a typo, failing on DNS) does not get past `psql -h localhost` being refused."""
    refused = ("psql -h localhost -U app", ['psql: error: connection to server at "localhost" (127.0.0.1), port 5432 '
                                            'failed: Connection refused'], 2)
    typo = ("psql -h localhsot -U app", ['psql: error: could not translate host name "localhsot" to address: '
                                         'Name or service not known'], 2)
    assert blockers_of(session(refused, typo)) == [("open", None), ("open", None)]


def test_a_name_that_did_not_resolve_then_its_address_failing_otherwise_is_two_open_failures() -> None:
    by_name = ("scp backup.tar.gz nas.local:/backups/", ["ssh: Could not resolve hostname nas.local: Temporary "
                                                         "failure in name resolution", "scp: Connection closed"], 255)
    by_address = ("scp backup.tar.gz 192.168.1.20:/backups/", ["ssh: connect to host 192.168.1.20 port 22: Network is "
                                                               "unreachable", "scp: Connection closed"], 255)
    assert blockers_of(session(by_name, by_address)) == [("open", None), ("open", None)]


def test_a_run_cut_short_is_resolved_only_by_one_that_finishes() -> None:
    """`npm install chalk` hangs (^C); `--offline` fails otherwise — that shows no hang gone; `chalk@4` works."""
    hang = ("npm install chalk", ["^C"], None)
    uncached = ("npm install chalk --offline", ["npm ERR! code ENOTCACHED", "npm ERR! request to https://registry."
                "npmjs.org/chalk/-/chalk-6.0.1.tgz failed: cache mode is 'only-if-cached' but no cached response is "
                "available."], 1)
    works = ("npm install chalk@4 --offline", ["added 1 package, and audited 12 packages in 729ms"], 0)
    assert blockers_of(session(hang, uncached, works)) == [("resolved", 2), ("resolved", 2)]


def test_a_pasted_npm_install_that_never_said_what_it_did_was_cut_short() -> None:
    cut = ("npm install --verbose", ["npm verb cli /usr/bin/node /usr/bin/npm", "npm info using npm@9.2.0"], None)
    done = ("npm install --offline", ["added 267 packages, and audited 268 packages in 6s"], None)
    assert blockers_of(session(cut, done)) == [("resolved", 1)]


def test_a_service_status_before_anyone_started_it_is_an_answer_and_after_a_start_a_failure() -> None:
    status = ("service cron status", ["cron is not running ... failed!"], 3)
    assert blockers_of(session(status)) == []
    assert blockers_of(session(("kubectl config current-context", ["error: current-context is not set"], 1))) == []
    started = ("service cron start", ["Starting periodic command scheduler: cron."], 0)
    assert blockers_of(session(started, status)) == [("open", None)]


def test_a_failure_that_points_to_its_log_is_explained_by_the_look_there() -> None:
    """pg_ctl says only that it could not start; the log looked at next says why, and a second start that fails
    for another reason shows the first one gone."""
    start = "pg_ctl -D ~/pgdata -l ~/pg.log start"
    pointer = ["waiting for server to start.... stopped waiting", "pg_ctl: could not start server",
               "Examine the log output."]
    log = ('2026-12-07 13:05:46.752 UTC [595] FATAL:  could not create lock file "/var/run/postgresql/.s.PGSQL.5433.'
           'lock": Permission denied')
    transcript = session((start, pointer, 1), ("nano ~/pgdata/postgresql.conf", [], 0), (start, pointer, 1),
                         ("tail -n 3 ~/pg.log", [log], 0),
                         ("echo \"unix_socket_directories = '/tmp'\" >> ~/pgdata/postgresql.conf", [], 0),
                         (start, ["waiting for server to start.... done", "server started"], 0))
    assert blockers_of(transcript) == [("resolved", 2), ("resolved", 5)]
    report, _ = labels(transcript)
    assert "could not create lock file" in report.root[0].blockers[1].desc


@pytest.mark.parametrize("wanted, fetched, status", [("app.js", "app.min.js", ("resolved", 2)),
                                                      ("app-1.4.js", "app-1.5.js", ("open", None))])
def test_a_404_is_resolved_by_the_right_name_the_session_had_just_shown(wanted: str, fetched: str, status: tuple) -> None:
    """The index page names `app.min.js`: fetching it corrects the name. `app-1.5.js` is another release, not
    the name corrected."""
    missing = (f"wget http://localhost:8000/{wanted}", ["Connecting to localhost (localhost)|127.0.0.1|:8000... connected.",
                                                     "2026-12-07 19:48:03 ERROR 404: File not found."], 8)
    index = ("curl -s http://localhost:8000/ | grep -o 'src=\"[^\"]*\"'", [f'src="{fetched}"'], 0)
    right = (f"wget -q http://localhost:8000/{fetched} && ls -l {fetched}",
             [f"-rw-r--r-- 1 dev dev 27 Dec  7 19:28 {fetched}"], 0)
    assert blockers_of(session(missing, index, right)) == [status]


def test_asking_for_a_name_nobody_expects_to_exist_is_asking_for_the_error_answer() -> None:
    listed = ("curl -s localhost:8090/items/2", ['{"id":2,"name":"hex nut M6","stock":380}'], 0)
    bad_id = ("curl -s localhost:8090/items/abc", ['{"error":"bad id"}'], 0)
    nope = ("curl -s -o /dev/null -w '%{http_code}\\n' localhost:8090/api/nope", ["404"], 0)
    assert blockers_of(session(listed, bad_id, nope)) == []
    crash = ("curl -s localhost:8090/items/abc", ['{"error": "ValueError: invalid literal for int()"}'], 0)
    assert blockers_of(session(listed, crash)) == [("open", None)]  # the server's own crash is still a failure


def test_a_request_that_hung_answered_by_another_port_of_the_same_host() -> None:
    hang = ("curl -s http://127.0.0.1:9100/price/42", ["^C"], None)
    right = ("curl -s http://127.0.0.1:9101/price/42", ['{"sku": "42", "price": 19.9}'], 0)
    assert blockers_of(session(hang, right)) == [("resolved", 1)]


def test_a_dry_run_reaches_nothing_and_a_missing_package_is_one_failure_wherever_imported() -> None:
    refused = ("make deploy", ["kubectl apply -f k8s/", "The connection to the server localhost:8080 was refused - did "
                               "you specify the right host or port?", "make: *** [Makefile:10: deploy] Error 1"], 2)
    assert blockers_of(session(refused, ("make -n deploy", ["kubectl apply -f k8s/"], 0))) == [("open", None)]
    missing = ("go build ./...", ["id.go:3:8: no required module provides package github.com/google/uuid; to add it:"], 1)
    elsewhere = ("go build ./...", ["main.go:6:2: no required module provides package github.com/google/uuid; to add "
                                    "it:"], 1)
    rewrite = ("cat > id.go <<'EOF'\npackage main\nEOF", [], 0)
    assert blockers_of(session(missing, rewrite, elsewhere)) == [("open", None)]


def test_a_run_that_stopped_before_the_place_that_failed_shows_nothing_fixed() -> None:
    loop = "make migrate"
    first = ("== migrations/001_init.sql", "== migrations/002_seed.sql", "== migrations/003_index.sql",
             'Parse error near line 2: near "INDX": syntax error')
    sooner = ("== migrations/001_init.sql", "Parse error near line 1: table customers already exists")
    transcript = session((loop, list(first), 2), ("vim migrations/003_index.sql", [], 0), (loop, list(sooner), 2),
                         ("rm shop.db && make migrate", list(first[:3]), 0))
    assert blockers_of(transcript) == [("resolved", 3), ("resolved", 3)]


def test_a_service_started_by_another_program_is_that_start_the_fix() -> None:
    refused = ("service postgresql start", ["chmod: changing permissions of '/var/run/postgresql': Operation not "
                                            "permitted"], 1)
    transcript = session(refused, ("/usr/lib/postgresql/15/bin/initdb -D ~/pg -A trust > /dev/null", [], 0),
                         ("/usr/lib/postgresql/15/bin/pg_ctl -D ~/pg -o '-k /tmp' -l ~/pg.log start",
                          ["waiting for server to start.... done", "server started"], 0))
    report, _ = labels(transcript)
    assert blockers_of(transcript) == [("resolved", 2)]
    assert "initdb" not in report.root[0].blockers[0].resolution_hint


def test_a_background_job_that_died_fails_where_the_shell_says_so_with_its_log_as_the_reason() -> None:
    start = ("mariadbd --datadir=$HOME/mdb --socket=/tmp/mysql.sock > ~/mdb.log 2>&1 &", ["[1] 341"], 0)
    died = ("sleep 3; tail -n 2 ~/mdb.log", [
        "[1]+  Exit 1                  mariadbd --datadir=$HOME/mdb --socket=/tmp/mysql.sock > ~/mdb.log 2>&1",
        "2026-12-07 22:28:37 0 [ERROR] mariadbd: Can't create/write to file '/run/mysqld/mysqld.pid' (Errcode: 2 "
        "\"No such file or directory\")"], 0)
    transcript = session(start, died)
    assert blockers_of(transcript) == [("open", None)]
    assert "mysqld.pid" in labels(transcript)[0].root[0].blockers[0].desc


def test_a_loop_aims_at_what_it_runs_and_a_pip_index_option_is_no_target() -> None:
    refused = ("curl localhost:9000/health", ["curl: (7) Failed to connect to localhost port 9000 after 0 ms: Couldn't "
                                              "connect to server"], 7)
    loop = ("until curl -sf localhost:9000/health; do echo waiting; sleep 1; done", ['{"status": "ok"}'], 0)
    assert blockers_of(session(refused, ("python3 healthsvc.py &", ["[1] 346"], 0), loop)) == [("resolved", 2)]
    offline = ("pip install tabulate", ["ERROR: No matching distribution found for tabulate"], 1)
    wheels = ("pip install --no-index --find-links /opt/wheelhouse tabulate", ["Successfully installed tabulate-0.9.0"], 0)
    assert blockers_of(session(offline, wheels)) == [("resolved", 1)]


def test_a_server_refusing_by_its_socket_and_then_by_tcp_is_two_open_failures() -> None:
    socket = ('mysql -u root -e "create database shop;"', ["ERROR 2002 (HY000): Can't connect to local server through "
                                                           "socket '/run/mysqld/mysqld.sock' (2)"], 1)
    tcp = ('mysql -h 127.0.0.1 -u root -e "create database shop;"', ["ERROR 2002 (HY000): Can't connect to server on "
                                                                     "'127.0.0.1' (115)"], 1)
    assert blockers_of(session(socket, tcp)) == [("open", None), ("open", None)]


def test_a_conflicted_file_written_anew_is_how_the_conflict_was_settled() -> None:
    merge = ("git pull origin main --allow-unrelated-histories", ["Auto-merging .gitignore",
             "CONFLICT (add/add): Merge conflict in .gitignore",
             "Automatic merge failed; fix conflicts and then commit the result."], 1)
    rewrite = ("printf 'build/\\n*.o\\n' > .gitignore", [], 0)
    commit = ('git commit -m "Merge remote main"', ["[main a3a75a3] Merge remote main"], 0)
    report, _ = labels(session(merge, rewrite, ("git add .gitignore", [], 0), commit))
    assert "with `printf 'build/\\n*.o\\n' > .gitignore`" in report.root[0].blockers[0].resolution_hint


def test_a_missing_sudo_is_not_got_past_by_doing_without_it() -> None:
    no_sudo = ("sudo systemctl restart nginx", ["bash: sudo: command not found"], 127)
    no_systemd = ("systemctl restart nginx", ["System has not been booted with systemd as init system (PID 1). Can't "
                                              "operate.", "Failed to connect to bus: Host is down"], 1)
    by_hand = ("nginx -p ~/web -c nginx.conf", [], 0)
    status = ("service nginx status", ["nginx is not running ... failed!"], 3)
    transcript = session(no_sudo, no_systemd, status, by_hand)
    assert blockers_of(transcript) == [("resolved", 3), ("resolved", 3)]  # the status before any start: an answer


def test_a_refused_write_that_goes_in_another_way_was_a_failure_not_a_check() -> None:
    schema = ("sqlite3 shop.db < schema.sql", [], 0)
    refused = ("sqlite3 shop.db \"insert into stock (sku, wh, qty) values ('A-100', 'B', 20)\"",
               ["Error: stepping, UNIQUE constraint failed: stock.sku, stock.wh (19)"], 19)
    upsert = ("sqlite3 shop.db \"insert into stock (sku, wh, qty) values ('A-100', 'B', 20) on conflict (sku, wh) do "
              "update set qty = qty + excluded.qty\"", [], 0)
    assert blockers_of(session(schema, refused, upsert)) == [("resolved", 2)]
    assert blockers_of(session(schema, refused)) == []  # the new constraint at work: what the person wanted to see


def test_what_may_not_be_created_there_made_under_ones_own_folder_and_a_limit_read_changes_nothing() -> None:
    denied = ("mkdir -p /srv/git/etc-configs.git", ["mkdir: cannot create directory ‘/srv/git’: Permission denied"], 1)
    own = ("git init -q --bare ~/git/etc-configs.git", [], 0)
    assert blockers_of(session(denied, own)) == [("resolved", 1)]
    too_large = ("python3 dump.py > events.csv", ["OSError: [Errno 27] File too large"], 1)
    through_gzip = ("python3 dump.py | gzip > events.csv.gz", ["File size limit exceeded"], 153)
    assert blockers_of(session(too_large, ("ulimit -f", ["400"], 0), through_gzip)) == [("open", None), ("open", None)]


def test_a_reload_of_a_server_that_is_not_running_is_reached_by_starting_it() -> None:
    reload = ("nginx -s reload -p ~/web -c nginx.conf", ['2026/12/07 23:17:28 [error] 491#491: invalid PID number "" '
                                                         'in "/home/dev/web/run/nginx.pid"'], 1)
    assert blockers_of(session(reload, ("nginx -p ~/web -c nginx.conf", [], 0))) == [("resolved", 1)]


def test_the_busy_port_is_not_read_from_the_time_on_the_error_line() -> None:
    busy = ("make run", ["2026/12/07 22:29:04 listen tcp :8080: bind: address already in use",
                         "make: *** [Makefile:7: run] Error 1"], 2)
    report, _ = labels(session(busy, ("PORT=8081 make run", ["listening on :8081"], 0)))
    assert "could not bind port 8080" in report.root[0].blockers[0].desc


def test_a_slip_is_fixed_by_the_corrected_command_and_the_summary_names_it() -> None:
    transcript = session(("gti status", ["bash: gti: command not found"], 127),
                         ("git status", ["On branch main", "nothing to commit, working tree clean"], 0))
    assert blockers_of(transcript) == [("resolved", 1)]
    report, _ = labels(transcript)
    assert "`gti status` failed (not found), then `git status` succeeded" in report.root[0].summary
    assert "passed when run again" not in report.root[0].summary


def test_an_edit_in_vim_is_the_fix_and_clear_is_not() -> None:
    transcript = session(("python3 app.py", ["  File \"/home/dev/app/app.py\", line 6", "    main(",
                                             "SyntaxError: '(' was never closed"], 1),
                         ("vim app.py", [], 0), ("clear", [], 0), ("python3 app.py", ["total: 3"], 0))
    report, evidence = labels(transcript)
    assert blockers_of(transcript) == [("resolved", 3)]
    assert "after `vim app.py`" in report.root[0].blockers[0].resolution_hint
    assert "Edited app.py in vim" in [success.desc for success in report.root[0].key_successes]


def test_looks_are_no_key_successes_where_something_else_is() -> None:
    transcript = session(("ls", ["app.py  README.md"], 0), ("cat README.md", ["# app"], 0),
                         ("python3 -m venv .venv", [], 0), ("python3", [">>> 1 + 1", "2", ">>>"], 0))
    report, _ = labels(transcript)
    assert [success.desc for success in report.root[0].key_successes] == ["`python3 -m venv .venv` completed successfully"]
    looks_only = session(("ls", ["app.py  README.md"], 0), ("cat README.md", ["# app"], 0))
    report, _ = labels(looks_only)
    assert report.root[0].key_successes[0].desc == "`ls` showed: app.py  README.md"  # nothing else happened


def test_without_an_exit_code_an_error_word_is_never_a_success() -> None:
    """A pasted console has no exit codes: a line that reads like an error, with no signature saying what it is,
    leaves the step unknown — no success claimed for it, and no fix credited to it."""
    transcript = session(("./sync.sh", ["could not reach the mirror, giving up"], None),
                         ("./sync.sh --retry", ["synced 12 files"], None))
    report, evidence = labels(transcript)
    assert all(0 not in item.steps for item in evidence.items)
    assert [success.specifics for success in report.root[0].key_successes] == ["./sync.sh --retry"]


def test_ctrl_c_on_a_follower_is_no_failure_and_a_hang_timed_out_later_is_the_same_hang() -> None:
    hang = ("curl http://127.0.0.1:9200/_cluster/health", ["^C"], None)
    timed_out = ("curl -sS -m 3 http://127.0.0.1:9200/_cluster/health",
                 ["curl: (28) Operation timed out after 3000 milliseconds with 0 bytes received"], 28)
    follow = ("tail -f indexer.log", ["13:23:41 indexer: batch 21 queued=500 pushed=0 (search not answering, retrying)",
                                      "^C"], None)
    assert blockers_of(session(hang, timed_out, follow)) == [("open", None)]


def test_a_slip_credits_no_change_and_a_venv_prompt_keeps_its_folder() -> None:
    transcript = session_in(("~/metrics", "pyhton3 report.py", ["bash: pyhton3: command not found"], 127),
                            ("~/metrics", "source .venv/bin/activate", [], 0),
                            ("~/metrics", "python3 report.py", ["route  n"], 0))
    report, _ = labels(transcript)
    assert report.root[0].blockers[0].resolution_hint == ("Resolved in the session: `pyhton3 report.py` was mistyped "
                                                          "(`bash: pyhton3: command not found`); `python3 report.py` "
                                                          "succeeded")  # no change credited
    assert StepView(transcript.steps[0].record, "(.venv) dev@box:~/metrics$ ls", []).folder == "~/metrics"


def test_a_viewer_of_state_fails_on_its_own_errors_and_a_viewer_of_files_does_not() -> None:
    refused = ["The connection to the server localhost:8080 was refused - did you specify the right host or port?"]
    assert [outcome(command, refused, None) for command in ("kubectl get pods", "cat notes.txt")] == ["fail", "ok"]
    assert outcome("pg_ctl -D ~/pgdata start", ["pg_ctl: could not start server", "Examine the log output."],
                   None) == "fail"
    assert outcome("./sync.sh", ["could not reach the mirror, giving up"], None) == "unknown"
    missing = ["ls: cannot access '/run/mysqld': No such file or directory"]
    assert outcome("ls -l /run/mysqld", missing, 2) == "ok"  # is it there? no: an answer, not a failure


@pytest.mark.parametrize(("command", "output", "exit_code", "expected"), [
    ("curl -s -w '%{http_code}\\n' localhost:5077/v1/items/99", ['{"error":"no such item"}', "404"], 0, "ok"),
    ("curl -s -o /dev/null -w '%{http_code}\\n' 'http://127.0.0.1:8000/?month=june'", ["404"], 0, "ok"),
    ("curl -s -o /dev/null -w '%{http_code}\\n' localhost:8080/static/logo.gif", ["404"], 0, "fail"),  # a page
    ("curl -s -o /dev/null -w '%{http_code}\\n' localhost:5001/api/orders/7", ["500"], 0, "fail"),
    ("ssh -p 10022 localhost 'ls -l /tmp/notes.txt'",
     ["ls: cannot access '/tmp/notes.txt': No such file or directory"], 2, "ok"),
    ("du -sh ~/* | sort -h", ["du: cannot read directory '/home/dev/old': Permission denied", "61M\t/home/dev/dl"],
     0, "warn"),
    ("du -sh /root", ["du: cannot read directory '/root': Permission denied"], 1, "fail"),  # nothing else read
])
def test_an_answer_is_no_failure_where_the_question_was_whether(command: str, output: list[str],
                                                                 exit_code: int | None, expected: str) -> None:
    assert outcome(command, output, exit_code) == expected


def test_a_way_round_that_fails_too_has_not_got_past_the_failure() -> None:
    no_systemd = ("systemctl start docker", ["System has not been booted with systemd as init system (PID 1). "
                                             "Can't operate."], 1)
    dockerd = ("dockerd", ["dockerd needs to be started with root privileges. To run dockerd in rootless mode as an "
                           "unprivileged user, see https://docs.docker.com/go/rootless/"], 1)
    assert blockers_of(session(no_systemd, dockerd)) == [("open", None), ("open", None)]


def test_a_server_restarted_in_the_background_is_fixed_by_the_request_that_works() -> None:
    mismatch = ("openssl s_server -accept 9443 -cert gw.crt -key old.key -www",
                ["error setting private key", "40C7:error:05800074:x509 certificate routines:X509_check_private_key:"
                 "key values mismatch:../crypto/x509/x509_cmp.c:403:"], 1)
    restart = ("openssl s_server -quiet -accept 9443 -cert gw.crt -key gw.key -www > /dev/null 2>&1 &", ["[1] 826"], 0)
    request = ("curl -s --cacert ca.crt https://localhost:9443/ | head -2", ["<HTML><BODY BGCOLOR=\"#ffffff\">"], 0)
    assert blockers_of(session(mismatch, restart, request)) == [("resolved", 2)]


def test_a_new_error_of_another_kind_leads_unless_the_first_is_printed_again() -> None:
    overflow = ("./split-asan data.csv", ["==362==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020",
                                          "#1 0x55c49464a2a1 in split /home/dev/split.c:9"], 1)
    leak = ("make asan && ./split-asan data.csv", ["==566==ERROR: LeakSanitizer: detected memory leaks",
                                                  "#1 0x55d509c5028e in split /home/dev/split.c:8"], 1)
    assert blockers_of(session(overflow, ("vim split.c", [], 0), leak)) == [("resolved", 2), ("open", None)]


def outcome(command: str, output: list[str], exit_code: int | None) -> str:
    return verdict(session((command, output, exit_code)).steps[0]).outcome


def test_turning_the_check_off_fixes_no_certificate() -> None:
    untrusted = ("curl https://localhost:8443/", ["curl: (60) SSL certificate problem: self-signed certificate"], 60)
    insecure = ("curl -k -s https://localhost:8443/ | head -3", ["<h1>dev</h1>"], 0)
    trusted = ("curl --cacert ~/certs/dev.crt -s https://localhost:8443/ | head -3", ["<h1>dev</h1>"], 0)
    assert blockers_of(session(untrusted, insecure)) == [("open", None)]
    assert blockers_of(session(untrusted, insecure, trusted)) == [("resolved", 2)]


def test_a_count_of_nothing_at_the_end_of_a_pipeline_is_an_answer() -> None:
    """The shell reports the last stage's status: `grep -c` counting 0 exits 1, and the dump listed fine."""
    assert blockers_of(session(("pg_restore -l shop.dump | grep -ci trigger", ["0"], 1))) == []


def test_a_refusal_met_by_another_program_is_a_failure_of_its_own() -> None:
    """`scp` refused where `ssh` was refused: two commands, two failures (a hang met twice stays one)."""
    ssh = ("ssh staging", ["ssh: connect to host 127.0.0.1 port 2222: Connection refused"], 255)
    scp = ("scp dist.tar.gz staging:/tmp/", ["ssh: connect to host 127.0.0.1 port 2222: Connection refused",
                                            "scp: Connection closed"], 255)
    assert blockers_of(session(ssh, scp)) == [("open", None), ("open", None)]


def test_stopping_a_job_that_is_not_there_is_a_failure_without_an_exit_code() -> None:
    assert outcome("kill %1", ["bash: kill: %1: no such job"], None) == "fail"


def test_a_known_way_round_reaches_the_goal() -> None:
    """Maven cannot fetch its plugins: the jar packed by hand reaches what `mvn package` was for; with no
    systemd, the service started by hand in the background reaches what `systemctl start` was for."""
    mvn = ("mvn -o -q package", ["[ERROR] Plugin org.apache.maven.plugins:maven-resources-plugin:2.6 or one of its "
                                 "dependencies could not be resolved: Cannot access central (https://repo.maven.apache"
                                 ".org/maven2) in offline mode and the artifact org.apache.maven.plugins:maven-resources"
                                 "-plugin:jar:2.6 has not been downloaded from it before."], 1)
    javac = ("mkdir -p out && javac -d out $(find src -name '*.java')", [], 0)
    jar = ("jar cfe app.jar com.example.Main -C out .", [], 0)
    assert blockers_of(session(mvn, javac, jar)) == [("resolved", 2)]
    systemctl = ("systemctl start notify.service", ["System has not been booted with systemd as init system (PID 1). "
                                                    "Can't operate.", "Failed to connect to bus: Host is down"], 1)
    by_hand = ("nohup python3 app.py > notify.log 2>&1 &", ["[1] 212"], 0)
    assert blockers_of(session(systemctl, ("ps -p 1 -o comm", ["bash"], 0), by_hand)) == [("resolved", 2)]
    assert blockers_of(session(systemctl, ("python3 app.py --check", ["ok"], 0))) == [("open", None)]


def test_a_global_option_before_the_subcommand_names_no_action() -> None:
    transport = ("git submodule update --init", ["fatal: transport 'file' not allowed"], 128)
    allowed = ("git -c protocol.file.allow=always submodule update --init", ["done."], 0)
    assert blockers_of(session(transport, allowed)) == [("resolved", 1)]


def test_clearing_the_way_is_not_the_fix() -> None:
    """Leaving a venv and removing it before making it anew: the new venv is the fix, not `deactivate`."""
    failed = ("pip install --no-build-isolation .", ["      error: invalid command 'bdist_wheel'"], 1)
    transcript = session(failed, ("deactivate", [], 0), ("rm -rf .venv", [], 0),
                         ("python3 -m venv --system-site-packages .venv", [], 0),
                         ("source .venv/bin/activate", [], 0), ("pip install --no-build-isolation .", ["ok"], 0))
    summary = labels(transcript)[0].root[0].summary
    assert "until `python3 -m venv --system-site-packages .venv` and `source .venv/bin/activate` fixed it" in summary


def test_ending_a_backend_is_a_change_and_a_look_at_the_locale_is_none() -> None:
    from labelers.commands import is_look

    assert not is_look("psql -d shop -c \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity\"")
    assert is_look("psql -d shop -c 'SELECT pid, state FROM pg_stat_activity'") and is_look("locale")
    assert is_look("redis-cli -p 6381 info persistence | grep bgsave") and not is_look("redis-cli -p 6381 set k v")


def test_one_parser_error_with_another_message_after_an_edit_is_a_new_failure() -> None:
    tab = ("python3 check_rules.py rules.yaml", ["yaml.scanner.ScannerError: while scanning for the next token"], 1)
    mapping = ("python3 check_rules.py rules.yaml", ["yaml.scanner.ScannerError: mapping values are not allowed here"], 1)
    assert blockers_of(session(tab, ("sed -i 's/^\\t/    /' rules.yaml", [], 0), mapping)) == [
        ("resolved", 2), ("open", None)]


def test_the_same_line_that_works_later_resolves_a_failure_without_a_goal() -> None:
    """`export $(cat .env | xargs)` splits a value with spaces; `set -a; source .env; set +a` fails until the
    file is quoted, then the same line works and is the way round the export too."""
    export = ("export $(cat .env | xargs)", ["bash: export: `(staging)': not a valid identifier"], 1)
    source = ("set -a; source .env; set +a", ["bash: .env: line 1: syntax error near unexpected token `('"], 1)
    quote = ("sed -i 's/^APP_NAME=\\(.*\\)$/APP_NAME=\"\\1\"/' .env", [], 0)
    assert blockers_of(session(export, source, quote, ("set -a; source .env; set +a", [], 0))) == [
        ("resolved", 3), ("resolved", 3)]


@pytest.mark.parametrize(("command", "line"), [
    ("./deploy.sh", "./deploy.sh: line 4: [: too many arguments"),   # the script run says where it failed
    ("export $(cat .env | xargs)", "bash: export: `(staging)': not a valid identifier"),  # the shell says so
    ("pg_ctl -D ~/pgdata start", "pg_ctl: could not start server"),  # the program run says so
])
def test_without_an_exit_code_a_complaint_by_the_program_or_its_shell_is_a_failure(command: str, line: str) -> None:
    assert outcome(command, [line], None) == "fail"
    assert outcome("python3 report.py", ["make: the report could not be found in cache"], None) == "unknown"


def test_a_variable_the_environment_lacked_is_fixed_by_what_loaded_it() -> None:
    missing = ("python3 send.py", ["Traceback (most recent call last):", '  File "/home/dev/notify/send.py", line 5, '
                                   "in <module>", "KeyError: 'API_URL'"], 1)
    quote = ("sed -i 's/^APP_NAME=\\(.*\\)$/APP_NAME=\"\\1\"/' .env", [], 0)
    summary = labels(session(missing, quote, ("set -a; source .env; set +a", [], 0), ("python3 send.py", ["ok"], 0)))[0]
    assert "until `set -a; source .env; set +a` fixed it" in summary.root[0].summary


def test_a_way_round_that_prepares_is_confirmed_by_the_goal_working_later() -> None:
    """No index: a venv that sees the system's packages goes round `pip install wheel`; `pip install -e .`
    working afterwards is what shows the install fixed."""
    offline = ["WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
               "connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at "
               "0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': "
               "/simple/setuptools/"]
    transcript = session(("pip install -e .", offline, 1), ("pip install wheel", [offline[0].replace(
        "setuptools", "wheel")], 1), ("rm -rf .venv", [], 0), ("python3 -m venv --system-site-packages .venv", [], 0),
        ("pip install --no-build-isolation -e .", ["Successfully installed invtool-0.3.0"], 0))
    assert blockers_of(transcript) == [("resolved", 4), ("resolved", 3)]
    assert "until `python3 -m venv --system-site-packages .venv` fixed it" in labels(transcript)[0].root[0].summary


def test_code_tried_in_a_language_repl_is_no_fix() -> None:
    failing = ("node --test", ["✖ money formats negative cents (1.2ms)"], 1)
    heredoc = ("cat > index.js <<'EOF'\nmodule.exports = {}\nEOF", [], 0)
    summary = labels(session(failing, heredoc, ("node", [], 0), ("node --test", ["ℹ pass 2"], 0)))[0].root[0].summary
    assert "`node` fixed" not in summary and "until `cat > index.js" in summary


def test_a_linters_findings_counted_are_findings_left() -> None:
    lint = ("flake8 notes/ tests/", ["notes/models.py:15:80: E501 line too long (113 > 79 characters)"], 1)
    assert blockers_of(session(lint, ("flake8 notes/ tests/ | wc -l", ["1"], 0))) == [("open", None)]
    assert outcome("flake8 notes/ | wc -l", ["0"], 0) == "ok" and outcome("ls notes/ | wc -l", ["4"], 0) == "ok"


def test_a_server_error_answered_with_an_error_body_after_a_fix_is_fixed() -> None:
    """The 500 for a note without a title becomes `{"error":"title is required"}`: the handler now answers it."""
    post = "curl -s -X POST -d '{\"body\": \"x\"}' localhost:5001/notes"
    crash = (post, ["<!doctype html>", "<title>500 Internal Server Error</title>"], 0)
    answer = (post, ['{"error":"title is required"}'], 0)
    assert blockers_of(session(crash, ("nano notes/routes.py", [], 0), answer)) == [("resolved", 2)]
    assert blockers_of(session(crash, answer)) == [("resolved", 1), ("open", None)]  # no change: an error of its own


def test_data_tallied_onto_the_screen_is_no_error_but_errors_beside_a_redirect_are() -> None:
    assert outcome("jq -r '.[].status' payouts.json | sort | uniq -c", ["6 failed", "14 paid"], 0) == "ok"
    assert outcome("python3 export.py users.csv | sort -u > emails.txt", ["IndexError: list index out of range"],
                   None) != "ok"


def test_among_several_edits_the_one_that_names_the_remedy_is_the_fix() -> None:
    missing = ("./bin/backup.sh", ['pg_dump: error: could not open output file "/home/dev/backups/daily/x.dump": '
                                   "No such file or directory"], 1)
    mkdir = ("sed -i 's/^STAMP=/mkdir -p \"$BACKUP_DIR\"\\nSTAMP=/' bin/backup.sh", [], 0)
    harden = ("sed -i '2i set -euo pipefail' bin/backup.sh", [], 0)
    summary = labels(session(missing, mkdir, harden, ("./bin/backup.sh", ["backup finished"], 0)))[0].root[0].summary
    assert f"until `{mkdir[0]}` fixed it" in summary


def test_without_an_exit_code_a_commit_without_its_confirmation_was_stopped() -> None:
    hook = ["pre-commit: flake8 export.py", "20:+        breakpoint()", "pre-commit: remove breakpoint() before committing"]
    assert outcome('git commit -m "Add CSV export"', hook, None) == "fail"
    assert outcome('git commit -m "Add CSV export"', ["[main a2245f5] Add CSV export", " 1 file changed"], None) == "ok"
    assert outcome("git commit -qm 'quiet'", ["pre-commit: flake8 export.py"], None) == "ok"  # -q prints nothing


def test_ways_round_a_size_limit_and_a_checkout_one_may_not_write() -> None:
    too_large = ("./run.sh", ["OSError: [Errno 27] File too large"], 1)
    assert blockers_of(session(too_large, ("python3 dump.py | gzip > out/orders.csv.gz", [], 0))) == [("resolved", 1)]
    denied = ("git pull", ["error: cannot open '.git/FETCH_HEAD': Permission denied"], 1)
    clone = ("git clone -q /srv/app.git ~/app && cd ~/app", [], 0)
    assert blockers_of(session(denied, clone)) == [("resolved", 1)]
    assert blockers_of(session(denied, ("git status", ["On branch main"], 0))) == [("open", None)]


def test_a_program_run_bare_that_answers_with_its_usage_did_not_fail() -> None:
    assert outcome("./parser", ["usage: parser FILE"], 2) == "ok"
    assert outcome("./parser data.txt", ["usage: parser FILE"], 2) == "fail"  # given a file, usage is a complaint


def test_one_failure_shown_again_in_another_form_and_lines_picked_from_it() -> None:
    """The same test named by TAP after node's reporter, the same NPE with its variable named, and `go test -race |
    grep -A4` picking the race report: the failure again, never its fix."""
    node = ("npm test", ["✖ formatUtc pads month and day (2.4ms)"], 1)
    tap = ("npm test 2>&1 | grep -A10 '^not ok'", ["not ok 1 - formatUtc pads month and day"], 0)
    assert blockers_of(session(node, tap)) == [("open", None)]
    race = ("go test -race ./...", ["--- FAIL: TestRecordConcurrent (0.00s)", "FAIL"], 1)
    picked = ("go test -race ./... 2>&1 | grep -A4 'Previous write'", ["Previous write at 0x00c000094e40 by goroutine 16:"], 0)
    assert blockers_of(session(race, picked)) == [("open", None)]


def test_a_refused_request_retried_on_the_right_port_is_the_same_goal() -> None:
    """A host's `.1:8081` is no file extension (the recorded load-testing family caught it)."""
    from labelers.goals import goal, same_goal

    wrong, right = goal("ab -n 200 -c 10 http://127.0.0.1:8081/"), goal("ab -n 200 -c 10 http://127.0.0.1:8080/")
    assert same_goal(wrong, right, renumbered=True) and not same_goal(wrong, right)


def test_a_build_that_works_on_another_branch_fixes_nothing_and_one_test_fails_under_two_runners() -> None:
    switch = ("git switch gofeed-parser", ["Switched to branch 'gofeed-parser'"], 0)
    gosum = ("go build ./...", ["main.go:7:2: missing go.sum entry for module providing package "
                                "github.com/mmcdole/gofeed (imported by example.com/feedcheck); to add:"], 1)
    back = ("git switch main", ["Switched to branch 'main'"], 0)
    assert blockers_of(session(switch, gosum, back, ("go build ./...", [], 0))) == [("open", None)]
    make_test = ("make test", ["The following tests FAILED:", "\t  2 - test_wrap (Failed)"], 2)
    rerun = ("ctest --rerun-failed --output-on-failure", ["\t  2 - test_wrap (Failed)"], 8)
    fixed = ("make && ctest", ["100% tests passed, 0 tests failed out of 3"], 0)
    assert blockers_of(session(make_test, rerun, ("vim ../src/ringbuf.c", [], 0), fixed)) == [("resolved", 3)]


@pytest.mark.parametrize(("command", "output", "exit_code"), [
    ("pkg-config --modversion zlib", ["Package zlib was not found in the pkg-config search path.",
                                      "No package 'zlib' found"], 1),
    ("pip show requests", ["WARNING: Package(s) not found: requests"], 1),
    ("fg", ["bash: fg: current: no such job"], 1),
    ("type rg", ["bash: type: rg: not found"], None),
])
def test_a_lookup_that_answers_no_is_an_answer(command: str, output: list[str], exit_code: int | None) -> None:
    assert outcome(command, output, exit_code) == "ok"


def test_an_error_word_in_a_title_or_a_path_is_no_error() -> None:
    assert outcome("./error-report.sh logs", ["== error report for logs ==",
                                              "report written to logs/error-report.txt"], None) == "ok"
    assert outcome("./sync.sh", ["sync failed: 3 files"], None) == "unknown"


def test_a_checker_counting_its_problems_fails_without_an_exit_code() -> None:
    assert outcome("mdlint docs/release.md", ["docs/release.md:3: line too long (126 > 80)",
                                              "1 problem(s) in 1 file(s)"], None) == "fail"
    assert outcome("mdlint docs/release.md", ["0 problem(s) in 1 file(s)"], None) == "ok"


def test_undefined_behaviour_reported_by_ubsan_fails_a_run_that_exits_0() -> None:
    run = ("./histo words.txt", ["hash.c:8:15: runtime error: signed integer overflow: 297130148 * 31 cannot be "
                                 "represented in type 'int'", "bucket 0    3 ###"], 0)
    assert outcome(*run) == "fail"


def test_a_silent_failure_run_again_behind_tail_is_not_shown_fixed() -> None:
    """The script's only sign of failing was its exit code; `| tail -5` hides that code on the rerun."""
    silent = ("./error-report.sh logs", ["== error report for logs =="], 1)
    traced = ("bash -x ./error-report.sh logs 2>&1 | tail -2", ["++ uniq -c", "++ sort -rn"], 0)
    fixed = ("./error-report.sh logs", ["== error report for logs ==", "report written to logs/report.txt"], 0)
    assert blockers_of(session(silent, traced)) == [("open", None)]
    assert blockers_of(session(silent, traced, ("nano error-report.sh", [], 0), fixed)) == [("resolved", 3)]


def test_a_slip_corrected_by_a_run_that_was_not_carried_through_is_not_yet_fixed() -> None:
    bad = ("python invoicer.py render --month 2026-13",
           ["invoicer.py render: error: argument --month: invalid month '2026-13', expected YYYY-MM"], 2)
    declined = ("python invoicer.py render --month 2026-11",
                ["out/invoice-2026-11.txt exists. Overwrite? [y/N] N", "aborted, nothing written"], None)
    accepted = ("python invoicer.py render --month 2026-11",
                ["out/invoice-2026-11.txt exists. Overwrite? [y/N] y", "wrote out/invoice-2026-11.txt"], None)
    assert blockers_of(session(bad, declined, accepted)) == [("resolved", 2)]


def test_an_install_to_another_prefix_reaches_the_install() -> None:
    denied = ("cmake --install build", ['CMake Error at cmake_install.cmake:46 (file):',
                                        'file INSTALL cannot copy file "/home/dev/netq/build/netq" to',
                                        '"/usr/local/bin/netq": Permission denied.'], 1)
    assert blockers_of(session(denied, ("cmake --install build --prefix ~/.local", ["-- Installing: x"], 0))) == [
        ("resolved", 1)]


def test_a_heredoc_is_named_by_its_first_line_in_the_report() -> None:
    heredoc = "cat > fmt.js <<'EOF'\nconst money = (c) => `${c / 100}`;\nmodule.exports = { money };\nEOF"
    transcript = session(("node --test", ["not ok 1 - money", "# fail 1"], 1), (heredoc, [], 0),
                         ("node --test", ["ok 1 - money", "# fail 0"], 0))
    report, _ = labels(transcript)
    text = report.root[0].model_dump_json()
    assert "`cat > fmt.js <<'EOF'`" in text and "module.exports" not in report.root[0].summary


def test_over_the_limit_fixed_failures_give_way_to_open_ones() -> None:
    steps = [(f"./step{n}.sh", [f"./step{n}.sh: line 1: tool{n}: command not found"], 127) for n in range(6)]
    fixes = [(f"./step{n}.sh", ["done"], 0) for n in range(5)]
    report, _ = labels(session(*steps, *fixes))
    blockers = report.root[0].blockers
    assert len(blockers) == 5 and "step5.sh" in blockers[-1].desc and "step0.sh" not in blockers[0].desc


# --- found on batches 13 and 14 (general kinds, each written small) ----------------------------------------------
DNS = "Could not resolve host: github.com"


def test_a_network_failure_met_by_another_program_is_its_own_and_a_missing_look_confirms() -> None:
    clone = ("git clone https://github.com/acme/tools.git", [f"fatal: unable to access 'https://github.com/acme/"
                                                             f"tools.git/': {DNS}"], 128)
    probe = ("curl -I https://github.com", [f"curl: (6) {DNS}"], 6)
    assert blockers_of(session(clone, probe)) == [("open", None), ("open", None)]
    install = ("npm install", ['npm ERR! peer react@"^17.0.2" from react-easy-edit@1.15.0'], 1)
    listing = ("npm ls", ["npm ERR! missing: react-easy-edit@file:vendor/r.tgz, required by frontend@0.1.0"], 1)
    assert blockers_of(session(install, listing)) == [("open", None)]  # the look confirms what the install said


def test_a_slip_typed_again_is_corrected_by_the_next_command() -> None:
    slip = ("gti status", ["bash: gti: command not found"], 127)
    assert blockers_of(session(slip, ("cd app", [], 0), slip, ("git status", ["On branch main"], 0))) == [
        ("resolved", 3)]


def test_pip3_and_pip_are_one_program_and_a_venv_gets_past_pep668() -> None:
    pep668 = ("pip3 install -r requirements.txt", ["error: externally-managed-environment"], 1)
    offline = ("pip install -r requirements.txt", ["ERROR: No matching distribution found for requests>=2.25"], 1)
    steps = (pep668, ("python3 -m venv .venv", [], 0), ("source .venv/bin/activate", [], 0), offline)
    assert blockers_of(session(*steps))[0] == ("resolved", 3)


def test_an_archive_written_elsewhere_reaches_the_backup_and_a_service_s_fix_is_its_start() -> None:
    full = ("tar czf /dev/shm/backup.tgz data", ["gzip: stdout: No space left on device"], 2)
    assert blockers_of(session(full, ("tar czf ~/backups/backup.tgz data", [], 0))) == [("resolved", 1)]
    down = ("psql", ['psql: error: connection to server on socket "/tmp/.s.PGSQL.5432" failed: No such file or '
                     'directory'], 2)
    initdb = ("/usr/lib/postgresql/15/bin/initdb -D ~/pgdata", ["Success."], 0)
    start = ("/usr/lib/postgresql/15/bin/pg_ctl -D ~/pgdata -l ~/pg.log start", ["server started"], 0)
    report, _ = labels(session(down, initdb, start, ("psql -c 'select 1'", ["(1 row)"], 0)))
    assert f"after `{start[0]}`" in report.root[0].blockers[0].resolution_hint


def test_a_rejected_push_is_fixed_by_taking_the_remote_s_commits_in() -> None:
    rejected = ("git push", [" ! [rejected]        main -> main (fetch first)"], 1)
    conflict = ("git pull --rebase", ["CONFLICT (content): Merge conflict in CHANGELOG.md",
                                      "error: could not apply f803c4d... add rate limiting"], 1)
    steps = (rejected, conflict, ("vim CHANGELOG.md", [], 0), ("git add CHANGELOG.md", [], 0),
             ("git rebase --continue", ["Successfully rebased and updated refs/heads/main."], 0),
             ("git push", ["   85b1af7..909b724  main -> main"], 0))
    report, _ = labels(session(*steps))
    assert "after `git rebase --continue`" in report.root[0].blockers[0].resolution_hint


def test_a_file_renamed_is_tried_under_its_new_name() -> None:
    shadow = ("python3 requests.py", ["ImportError: cannot import name 'get' from partially initialized module "
                                      "'requests' (most likely due to a circular import)"], 1)
    env = ("python3 check_api.py", ["KeyError: 'API_URL'"], 1)
    assert blockers_of(session(shadow, ("mv requests.py check_api.py", [], 0), env))[0] == ("resolved", 2)


def test_which_pytest_is_no_test_run_and_a_missing_pytest_gets_past_nothing() -> None:
    collect = ("pytest -q", ["ERROR collecting tests/test_store.py", "E   ModuleNotFoundError: No module named "
                             "'tabulate'", "1 error in 0.04s"], 2)
    missing = ("python -m pytest -q", ["/home/dev/app/.venv/bin/python: No module named pytest"], 1)
    steps = (collect, ("which pytest", ["/usr/bin/pytest"], 0), missing)
    assert blockers_of(session(*steps)) == [("open", None), ("open", None)]


def test_a_server_moved_to_another_port_in_the_background_is_shown_running_by_its_log() -> None:
    clash = ("npm run serve", ["> orders-web@0.2.0 serve", "> node server.js",
                               "Error: listen EADDRINUSE: address already in use :::3000"], 1)
    moved = ("PORT=3001 node server.js < /dev/null > server.log 2>&1 &", ["[1] 774"], 0)
    log = ("cat server.log", ["orders-web listening on :3001"], 0)
    stopped = ("curl localhost:3001/health", ["curl: (7) Failed to connect to localhost port 3001 after 0 ms: "
                                             "Couldn't connect to server"], 7)
    assert blockers_of(session(clash, moved, log, ("kill %1", [], 0), stopped)) == [("resolved", 2)]


# --- found on batches 15 and 16 ----------------------------------------------------------------------------------
def test_sudo_refusing_runs_nothing_and_a_standard_tool_stands_in_for_a_missing_one() -> None:
    lock = ("apt-get install -y htop", ["E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: "
                                         "Permission denied)"], 100)
    sudo = ("sudo apt-get install -y htop", ["dev is not in the sudoers file.  This incident will be reported."], 1)
    assert blockers_of(session(lock, sudo)) == [("open", None), ("open", None)]
    missing = ("htop", ["bash: htop: command not found"], 127)
    assert blockers_of(session(missing, ("ps aux --sort=-%mem | head -5", ["USER PID %CPU"], 0))) == [
        ("resolved", 1)]


def test_a_permission_refused_to_another_program_is_its_own_failure() -> None:
    sed = ("sed -i 's/a/b/' /srv/app/config/app.ini", ["sed: couldn't open temporary file /srv/app/config/sedX: "
                                                       "Permission denied"], 4)
    chmod = ("chmod 666 /srv/app/config/app.ini", ["chmod: changing permissions of '/srv/app/config/app.ini': "
                                                   "Operation not permitted"], 1)
    assert blockers_of(session(sed, chmod)) == [("open", None), ("open", None)]


def test_an_error_body_then_the_500_of_one_url_are_one_failure() -> None:
    body = ("curl -s localhost:8000/api/report", ['{"error": "KeyError: \'amount\'"}'], 0)
    status = ("curl -s -o /dev/null -w '%{http_code}\\n' localhost:8000/api/report", ["500"], 0)
    fixed = ("curl -s localhost:8000/api/report", ['{"total": 12}'], 0)
    assert blockers_of(session(body, status, ("vim server.py", [], 0), fixed)) == [("resolved", 3)]


def test_a_question_answered_no_is_no_failure_and_a_decimal_comma_corrected_is_a_slip() -> None:
    assert outcome("gzip logs/app.log.1", ["gzip: logs/app.log.1.gz already exists; do you wish to overwrite "
                                           "(y or n)? n", "not overwritten"], 2) == "unknown"
    comma = ("python3 convert.py 12,5", ["ValueError: could not convert string to float: '12,5'"], 1)
    assert blockers_of(session(comma, ("python3 convert.py 12.5", ["20.1 km"], 0))) == [("resolved", 1)]


def test_a_server_that_printed_its_address_was_stopped_on_purpose_and_npm_start_is_another_script() -> None:
    missing = ("npm run dev", ['npm ERR! Missing script: "dev"'], 1)
    start = ("npm start", ["> node server.js", "landing page on http://localhost:8080", "^C"], 130)
    assert blockers_of(session(missing, start)) == [("resolved", 1)]


def test_running_from_the_right_folder_is_the_fix_and_a_smoke_test_run_again_was_a_real_refusal() -> None:
    missing = ("python3 load.py", ["FileNotFoundError: [Errno 2] No such file or directory: 'data/users.csv'"], 1)
    report, _ = labels(session_in(("~/reports/scripts", *missing), ("~/reports/scripts", "cd ..", [], 0),
                                  ("~/reports", "python3 scripts/load.py", ["3 users"], 0)))
    assert "after `cd ..`" in report.root[0].blockers[0].resolution_hint
    started = ("python3 app.py > server.log 2>&1 &", ["[1] 310"], 0)
    smoke = ("./smoke.sh", ["curl: (7) Failed to connect to localhost port 5000 after 0 ms: Couldn't connect to "
                            "server"], 7)
    steps = (started, ("kill %1", [], 0), smoke, started, ("./smoke.sh", ["smoke ok"], 0))
    assert blockers_of(session(*steps)) == [("resolved", 4)]


# --- found on batches 21 and 22 ----------------------------------------------------------------------------------
def test_another_action_against_a_service_that_is_down_is_its_own_failure_and_two_looks_are_one() -> None:
    down = ["Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"]
    steps = (("docker ps", down, 1), ("docker build -t api:1 .", down, 1), ("docker ps", down, 1))
    assert blockers_of(session(*steps)) == [("open", None), ("open", None)]
    refused = ["The connection to the server localhost:8080 was refused - did you specify the right host or port?"]
    assert blockers_of(session(("kubectl version", refused, 1), ("kubectl get pods", refused, 1))) == [("open", None)]


def test_a_wall_met_again_by_the_tool_the_error_names_is_its_own_failure() -> None:
    dns = "ssh: Could not resolve hostname github.com: Temporary failure in name resolution"
    push = ("git push -u origin main", [dns, "fatal: Could not read from remote repository."], 128)
    assert blockers_of(session(push, ("ssh -T git@github.com", [dns], 255))) == [("open", None), ("open", None)]


def test_a_branch_made_where_one_stands_holds_the_same_commits() -> None:
    detached = ("git push", ["fatal: You are not currently on a branch."], 128)
    steps = (("git checkout HEAD~2", ["HEAD is now at 64cde45 readme"], 0), ("git commit -am fix", ["[detached HEAD "
             "fd4c9c8] fix"], 0), detached, ("git switch -c fix-separator", ["Switched to a new branch "
             "'fix-separator'"], 0), ("git push -u origin fix-separator", ["branch 'fix-separator' set up to track "
             "'origin/fix-separator'."], 0))
    assert blockers_of(session(*steps)) == [("resolved", 4)]


def test_nothing_to_commit_is_an_answer_and_a_missing_sudo_ran_nothing() -> None:
    assert outcome("git commit -m 'add search'", ["On branch main", "nothing to commit, working tree clean"], 1) == "ok"
    lock = ("apt install htop", ["E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission "
                                 "denied)"], 100)
    assert blockers_of(session(lock, ("sudo apt install htop", ["bash: sudo: command not found"], 127))) == [
        ("open", None), ("open", None)]


def test_a_failure_the_person_said_would_come_is_an_answer() -> None:
    refused = ["Error: stepping, UNIQUE constraint failed: users.email (19)"]
    command = "sqlite3 blog.db \"INSERT INTO users (email) VALUES ('a@b.example')\"  # must be rejected"
    assert blockers_of(session((command, refused, 19))) == []
    assert blockers_of(session((command.split("  #")[0], refused, 19))) == [("open", None)]


def test_a_name_with_its_files_ending_then_without_is_one_target() -> None:
    wrong = ("java Calculator.class", ["Error: Could not find or load main class Calculator.class"], 1)
    assert blockers_of(session(wrong, ("java Calculator 6 7", ["6 * 7 = 42"], 0))) == [("resolved", 1)]


def test_a_hang_asked_again_of_the_right_port_for_the_same_resource_is_resolved() -> None:
    hang = ("curl http://localhost:8081/health", ["^C"], 130)
    steps = (hang, ("cat .env", ["API_URL=http://localhost:8080"], 0),
             ("curl http://localhost:8080/health.json", ['{"status": "ok"}'], 0))
    assert blockers_of(session(*steps)) == [("resolved", 2)]


def test_a_seed_script_stopping_sooner_shows_its_first_error_not_gone() -> None:
    email = ("make seed", ['psql:db/seed.sql:5: ERROR:  duplicate key value violates unique constraint '
                          '"contacts_email_key"', "make: *** [Makefile:9: seed] Error 3"], 2)
    company = ("make seed", ['psql:db/seed.sql:1: ERROR:  duplicate key value violates unique constraint '
                            '"companies_name_key"', "make: *** [Makefile:9: seed] Error 3"], 2)
    steps = (email, ("vim db/seed.sql", [], 0), company, ("psql crm -c 'TRUNCATE contacts, companies'", ["TRUNCATE "
             "TABLE"], 0), ("make seed", ["INSERT 0 3"], 0))
    assert blockers_of(session(*steps)) == [("resolved", 4), ("resolved", 4)]


def test_a_refused_database_is_reached_by_the_first_connection_that_works() -> None:
    refused = ("psql -d shop", ['psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" '
                                'failed: No such file or directory'], 2)
    steps = (refused, ("pg_ctl -D ~/pgdata -o '-k /tmp' start", ["server started"], 0),
             ("psql -h /tmp -d postgres -c 'CREATE DATABASE shop'", ["CREATE DATABASE"], 0))
    assert blockers_of(session(*steps)) == [("resolved", 2)]


def test_one_request_for_the_url_a_load_run_failed_on_is_a_look() -> None:
    run = ("ab -n 100 -c 5 http://127.0.0.1:8081/guide.html", ["Complete requests:      100",
                                                               "Non-2xx responses:      100"], 0)
    probe = ("curl -s http://127.0.0.1:8081/guide.html", ["<title>Error response</title>",
                                                          "<p>Error code: 404</p>"], 0)
    assert blockers_of(session(run, probe)) == [("open", None)]


# --- found on batch 23 -------------------------------------------------------------------------------------------
def test_what_cat_feeds_does_the_work() -> None:
    failed = ("cat reserve.json | jq .time", ['jq: error (at <stdin>:7): Cannot index array with string "time"'], None)
    fixed = ("cat reserve.json | jq '.[].time'", ['"09:00-10:00"', '"10:00-11:00"'], None)
    assert blockers_of(session(failed, ("jq '.[0]' reserve.json", ["{", '  "time": "09:00-10:00"', "}"], None),
                               fixed)) == [("resolved", 2)]


def test_tests_run_by_unittest_are_the_way_round_a_missing_pytest() -> None:
    missing = ("python -m pytest -q", ["/home/dev/p/.venv/bin/python: No module named pytest"], 1)
    unittest = ("python -m unittest discover -s tests", ["Ran 3 tests in 0.000s", "", "OK"], 0)
    assert blockers_of(session(missing, unittest)) == [("resolved", 1)]
