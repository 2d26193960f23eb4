"""Data models for everything that crosses a boundary in realcast."""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schema.dataset import HarmonyRecord, ManifestRow, Pair
from schema.evidence import Evidence, Finding
from schema.report import Blocker, KeySuccess, Report, SessionReport
from schema.scenario import ScenarioSpec, StepSpec
from schema.session import SessionMeta, StepRecord
from schema.truth import BlockerCategory, OwnerRole, Truth, TruthFile
from schema.training import EvalResult, TrainConfig

EXPORTED_MODELS: dict[str, type[BaseModel]] = {
    "report": Report,
    "scenario": ScenarioSpec,
    "session-meta": SessionMeta,
    "evidence": Evidence,
    "finding": Finding,
    "harmony-record": HarmonyRecord,
    "pair": Pair,
    "manifest-row": ManifestRow,
    "train-config": TrainConfig,
    "eval-result": EvalResult,
    "truth": Truth,
    "truth-file": TruthFile,
}


def write_json_schemas(out_dir: Path) -> list[Path]:
    """Write one JSON Schema file per exported model; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, model in EXPORTED_MODELS.items():
        path = out_dir / f"{name}.schema.json"
        path.write_text(json.dumps(model.model_json_schema(), indent=2) + "\n")
        paths.append(path)
    return paths


__all__ = [
    "Blocker", "BlockerCategory", "OwnerRole", "Truth", "TruthFile", "Evidence", "Finding", "HarmonyRecord", "KeySuccess", "ManifestRow",
    "Pair", "Report", "ScenarioSpec", "SessionMeta", "SessionReport", "StepRecord", "StepSpec",
    "write_json_schemas",
]
