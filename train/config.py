"""Load a training config: a preset name or YAML file, plus `key=value` overrides (dots for nesting)."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from schema.training import TrainConfig

PRESETS_DIR = Path(__file__).parent / "configs"


class ConfigError(ValueError):
    """A config that cannot be used."""


def presets() -> list[str]:
    return sorted(path.stem for path in PRESETS_DIR.glob("*.yaml"))


def load_config(source: str, overrides: list[str] = ()) -> TrainConfig:
    """`source` is a preset name (train/configs/NAME.yaml) or a path to a YAML file."""
    path = PRESETS_DIR / f"{source}.yaml" if source in presets() else Path(source)
    if not path.is_file():
        raise ConfigError(f"no config {source!r}: give a YAML file or one of the presets {presets()}")
    values = yaml.safe_load(path.read_text()) or {}
    for override in overrides:
        _apply(values, override)
    try:
        config = TrainConfig.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        raise ConfigError(f"config {path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    return config.model_copy(update={"output_dir": config.output_dir.format(preset=config.preset)})


def _apply(values: dict, override: str) -> None:
    key, sep, raw = override.partition("=")
    if not sep or not key:
        raise ConfigError(f"override {override!r} is not KEY=VALUE (e.g. max_steps=10 or lora.r=16)")
    *parents, leaf = key.split(".")
    target = values
    for parent in parents:
        target = target.setdefault(parent, {})
    target[leaf] = yaml.safe_load(raw)


def save_config(config: TrainConfig, directory: Path, extra: dict | None = None) -> Path:
    """Write the resolved config (plus what the run measured) next to the adapter."""
    path = directory / "train_config.yaml"
    data = {**config.model_dump(mode="json"), **({"run": extra} if extra else {})}
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path
