"""Release work with awscli 2.9 on a machine without network: a presigned download link, an S3 upload (dry
run first), an SSM parameter, an IAM policy, or the project's deploy.sh. What the CLI settles locally is
real — `Unable to locate credentials`, `The config profile (x) could not be found`, `You must specify a
region`, a missing `file://` parameter file — and is fixed (a profile, keys, a region, the path) until it
works (presign, --dryrun) or reaches the network it does not have: `Could not connect to the endpoint URL`
(a real endpoint, or a local S3 emulator on localhost:4566 that is not running). Then it stays open."""
from __future__ import annotations

import random
from pathlib import Path

from sandboxes.scenarios.kit import Session, data, project_files

HERE = Path(__file__).parent
ENDPOINT = "localhost:4566"
NEEDS_NETWORK = {"upload": True, "ssm": True, "iam": True, "presign": False, "deploy": False}


def draw(rng: random.Random) -> dict:
    book = data(HERE)
    app, task = rng.choice(book["apps"]), rng.choice(book["tasks"])
    trouble = rng.choice(book["troubles"][task])
    named = rng.choice(book["named_profiles"])
    creds = _creds(rng, task, trouble)
    params = {
        "app": app, "version": rng.choice(book["versions"]), "bucket": rng.choice(book["buckets"]),
        "region": rng.choice(book["regions"]), "named_profile": named, "creds": creds,
        "region_set": trouble != "region" and (task == "ssm" or rng.random() < 0.6),
        "task": task, "trouble": trouble, "wrong_profile": rng.choice(book["wrong_profiles"]),
        "outcome": {"none": "pass", "network": "open", "endpoint": "open"}.get(trouble)
        or rng.choice(["resolved", "resolved", "open"]),
        "inspect": rng.sample(book["inspect"], rng.randint(1, 2)), "fix": rng.choice(["profile", "keys", "env"]),
        "region_fix": rng.choice(["configure", "env", "flag"]), "dry_run_first": rng.random() < 0.6,
        "param": rng.choice(book["ssm_params"]), "expires": rng.choice([600, 3600, 86400]),
        "look": rng.choice(book[_looks(trouble)]), "then_real": task == "deploy" and rng.random() < 0.4,
    }
    if creds == "none" and params["fix"] == "profile":
        params["fix"] = "keys"
    if params["then_real"] and trouble == "none":  # the real upload after a good dry run stays open
        params["outcome"] = "open"
    files = project_files(HERE, {**params, "script_profile": _script_profile(params)}) + _aws_files(params, book)
    artifact = f"dist/{app}-{params['version']}.tar.gz"
    setup = [f"cd project && mkdir -p dist && tar czf {artifact} src"]
    return _session(rng, params, book).fields(params, files, setup=setup)


def _creds(rng: random.Random, task: str, trouble: str) -> str:
    """Where credentials are: none, a default profile, or only a named one (then the CLI finds none
    unless told the profile). A failing profile needs profiles to exist; a deploy script names one."""
    if trouble == "no_creds":
        return rng.choice(["none", "named"])
    if task == "deploy" or trouble == "endpoint" or task == "iam":  # long command lines take no --profile
        return "named" if task == "deploy" else "default"
    return rng.choice(["default", "named"])


def _looks(trouble: str) -> str:
    return {"no_creds": "creds_looks", "profile": "profile_looks", "region": "region_looks",
            "paramfile": "paramfile_looks"}.get(trouble, "network_looks")


def _script_profile(params: dict) -> str:
    return params["wrong_profile"] if params["task"] == "deploy" and params["trouble"] == "profile" \
        else params["named_profile"]


def _aws_files(params: dict, book: dict) -> list[dict]:
    """~/.aws/credentials and ~/.aws/config as `aws configure` writes them."""
    section = "default" if params["creds"] == "default" else params["named_profile"]
    files = []
    if params["creds"] != "none":
        keys = book["keys"]
        files.append({"path": ".aws/credentials", "mode": 0o600, "content":
                      f"[{section}]\naws_access_key_id = {keys['id']}\naws_secret_access_key = {keys['secret']}\n"})
    if params["region_set"]:
        headers = ["[default]"] + ([f"[profile {section}]"] if section != "default" else [])
        config = "\n".join(f"{header}\nregion = {params['region']}\noutput = json\n" for header in headers)
        files.append({"path": ".aws/config", "mode": 0o600, "content": config})
    return files


# --- the session ------------------------------------------------------------------------------------------
def _command(params: dict, profile: str | None) -> str:
    """The task's command line, with `--profile` when the developer names one."""
    app, bucket, version = params["app"], params["bucket"], params["version"]
    artifact = f"{app}-{version}.tar.gz"
    flag = f" --profile {profile}" if profile else ""
    return {
        "presign": f"aws s3 presign s3://{bucket}/releases/{artifact} --expires-in {params['expires']}{flag}",
        "upload": f"aws s3 cp dist/{artifact} s3://{bucket}/releases/{flag}",
        "ssm": f"aws ssm get-parameter --name /{app}/{params['param']}{flag}",
        "iam": f"aws iam create-policy --policy-name {app}-deploy --policy-document file://deploy-policy.json{flag}",
        "deploy": "DRY_RUN=1 ./deploy.sh",
    }[params["task"]]


def _first_profile(params: dict) -> str | None:
    """The profile the first run names: the wrong one, the named one, or none (default, or no_creds)."""
    if params["task"] == "deploy" or params["trouble"] == "no_creds" or params["creds"] == "default":
        return params["wrong_profile"] if params["trouble"] == "profile" and params["task"] != "deploy" else None
    return params["wrong_profile"] if params["trouble"] == "profile" else params["named_profile"]


def _session(rng: random.Random, params: dict, book: dict) -> Session:
    session = Session(rng).look(*params["inspect"])
    task, trouble = params["task"], params["trouble"]
    command = _command(params, _first_profile(params))
    if task == "upload" and trouble == "endpoint":
        command += f" --endpoint-url http://{ENDPOINT}"
    elif task == "upload" and (params["dry_run_first"] or trouble == "none"):
        session.run(command + " --dryrun")
        if trouble == "none":
            return session
    if trouble == "none":
        return _then_real(session.run(command), params)
    _declare(session, params, trouble)
    if trouble in ("network", "endpoint"):
        return session.fail(command, trouble).look(params["look"])
    session.fail(command, trouble).look(params["look"])
    if params["outcome"] == "open":
        return session
    command = _fix(session, params, command)
    if NEEDS_NETWORK[task]:
        _declare(session, params, "network")
        session.fail(command, "network", resolves=[trouble]).look(rng.choice(book["network_looks"]))
        return session
    return _then_real(session.retry(command, trouble), params)


def _declare(session: Session, params: dict, failure: str) -> None:
    """The failure's category, owner role and the fact a report must name."""
    category, owner, fact = {
        "no_creds": ("auth_or_credentials", "security", "Unable to locate credentials"),
        "profile": ("auth_or_credentials", "security", _script_profile(params) if params["task"] == "deploy"
                    else params["wrong_profile"]),
        "region": ("config_syntax", "platform", "You must specify a region"),
        "paramfile": ("not_found", "application developer", "deploy-policy.json"),
        "endpoint": ("connection_refused", "service operator", ENDPOINT),
        "network": ("network_unreachable", "platform", _host(params)),
    }[failure]
    session.failure(failure, category, owner, fact)


def _host(params: dict) -> str:
    """The endpoint the CLI fails to reach: virtual-hosted S3 names carry the bucket, and the region once
    one is configured (the CLI's default, us-east-1, uses the global name)."""
    configured = params["region_set"] or params["trouble"] == "region"
    region = params["region"] if configured else "us-east-1"
    s3 = f"{params['bucket']}.s3.{region}.amazonaws.com" if configured else f"{params['bucket']}.s3.amazonaws.com"
    hosts = {"upload": s3, "deploy": s3, "presign": s3, "ssm": f"ssm.{region}.amazonaws.com",
             "iam": "iam.amazonaws.com"}
    return hosts[params["task"]]


def _fix(session: Session, params: dict, command: str) -> str:
    """Apply the fix for the trouble; return the command to run again."""
    trouble, named, book = params["trouble"], params["named_profile"], data(HERE)
    if trouble == "paramfile":
        return command.replace("file://deploy-policy.json", "file://policy/deploy-policy.json")
    if trouble == "region":
        return _region_fix(session, params, command)
    if trouble == "profile":
        right = named if params["creds"] == "named" else "default"
        if params["task"] == "deploy":
            return f"AWS_PROFILE={right} {command}"
        return command.replace(f"--profile {params['wrong_profile']}", f"--profile {right}")
    if params["creds"] == "named" and params["fix"] == "profile":  # no_creds: the keys are under a named profile
        session.run(f"export AWS_PROFILE={named}")
    elif params["fix"] == "env":
        session.run(f"export AWS_ACCESS_KEY_ID={book['keys']['id']} AWS_SECRET_ACCESS_KEY={book['keys']['secret']}")
    else:
        session.run(f"aws configure set aws_access_key_id {book['keys']['id']}")
        session.run(f"aws configure set aws_secret_access_key {book['keys']['secret']}")
    return command


def _region_fix(session: Session, params: dict, command: str) -> str:
    region = params["region"]
    if params["region_fix"] == "flag":
        return f"{command} --region {region}"
    if params["region_fix"] == "env":
        session.run(f"export AWS_DEFAULT_REGION={region}")
    else:
        profile = f" --profile {params['named_profile']}" if "--profile" in command else ""
        session.run(f"aws configure set region {region}{profile}")
    return command


def _then_real(session: Session, params: dict) -> Session:
    """After a good dry run of deploy.sh, maybe the real upload, which needs the network."""
    if not params["then_real"]:
        return session
    profile = params["named_profile"] if params["trouble"] != "profile" else ("default" if params["creds"] == "default"
                                                                              else params["named_profile"])
    prefix = f"AWS_PROFILE={profile} " if params["trouble"] == "profile" else ""
    _declare(session, params, "network")
    return session.fail(f"{prefix}./deploy.sh", "network").look(f"aws configure list --profile {profile}")
