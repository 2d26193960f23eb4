"""GPU check: the Unsloth training path on a GPT-OSS-shaped model of a few layers, built on the GPU.

The model has gpt-oss-20b's widths (hidden 2880, 64 heads, 32 experts, top-4) and its real tokenizer, with
only `--layers` layers and random weights, so no download is needed. Prints the backend, tokens/s and peak
GPU memory. Run through train/gpu_check.sh on a machine with one GPU (wheels it lacks: train/gpu_wheels.sh).

    python3 -m train.gpu_check --layers 2 --steps 12
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from train import stack


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    import torch

    if not torch.cuda.is_available() and not args.cpu_dry_run:
        print("gpu_check: no CUDA device; run it on a GPU machine (or --cpu-dry-run to test the script)")
        return 2
    unsloth_error = _import_unsloth()
    work = Path(tempfile.mkdtemp(prefix="realcast-gpu-check-"))
    try:
        started = time.perf_counter()
        model = _build_model(work / "model", args)
        print(f"gpu_check: built a {args.layers}-layer GPT-OSS-shaped model in {time.perf_counter() - started:.1f} s")
        result = _train(model, _export(work / "export", args.data), work / "run", args, unsloth_error is None)
        print("gpu_check:", json.dumps({**result, "device": _device(), "unsloth_import_error": unsloth_error}))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--data", type=Path, default=Path("data/export"), help="an export; fixtures if missing")
    parser.add_argument("--cpu-dry-run", action="store_true", help="tiny widths on CPU, to test this script")
    return parser


def _import_unsloth() -> str | None:
    """Import unsloth first, as training does; the error text if it cannot be imported."""
    try:
        if not stack.prepare():
            return "unsloth is not installed"
    except Exception:  # noqa: BLE001 - report why, then measure the TRL + PEFT path on the GPU instead
        return traceback.format_exc(limit=2).strip().splitlines()[-1]
    return None


def _build_model(directory: Path, args: argparse.Namespace) -> Path:
    from train.tiny import GPT_OSS_20B_WIDTHS, TINY_WIDTHS, build_tiny_model

    widths = TINY_WIDTHS if args.cpu_dry_run else GPT_OSS_20B_WIDTHS
    return build_tiny_model(directory, layers=args.layers, widths=widths, device="cpu" if args.cpu_dry_run else "cuda")


def _export(directory: Path, data: Path) -> Path:
    """The given export, or one made from the committed fixture sessions."""
    if (data / "harmony_messages.jsonl").is_file():
        return data
    from labelers import label_session
    from recorder.store import iter_sessions
    from train.export import export

    sessions = directory.parent / "sessions"
    shutil.copytree(Path(__file__).resolve().parents[1] / "tests/fixtures/sessions", sessions)
    for session in iter_sessions(sessions):
        label_session(session)
    export(sessions, directory)
    return directory


def _train(model: Path, export_dir: Path, out: Path, args: argparse.Namespace, unsloth: bool) -> dict:
    from train.config import load_config
    from train.run import train

    backend = "unsloth" if unsloth and not args.cpu_dry_run else "trl"
    overrides = [f"model={model}", f"data={export_dir}", f"output_dir={out}", f"max_steps={args.steps}",
                 f"backend={backend}", "load_in_4bit=false", "optim=adamw_torch", "warmup_steps=1"]
    if args.cpu_dry_run:
        overrides += ["dtype=float32", "gradient_checkpointing=false"]
    result = train(load_config("gpt-oss-20b", overrides), say=lambda line: print("gpu_check:", line))
    return {key: getattr(result, key) for key in ("backend", "steps", "max_seq_length", "seconds", "tokens_seen",
                                                  "tokens_per_second", "peak_memory_mb", "train_loss")}


def _device() -> str:
    import torch

    return torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"


if __name__ == "__main__":
    sys.exit(main())
