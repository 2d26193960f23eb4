"""Import order for the training stack: unsloth (when installed) before trl, transformers and peft.

On CUDA, unsloth patches them for speed and memory. On CPU it matters too: TRL 1.15's SFTTrainer computes
the loss with Triton kernels that need a GPU, and unsloth's CPU fallback replaces them.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import warnings

_prepared = False


def prepare() -> bool:
    """Import unsloth first (once); return whether it is in use."""
    global _prepared
    if _prepared:
        return "unsloth" in sys.modules
    _prepared = True
    if importlib.util.find_spec("unsloth") is None:
        return False
    late = [name for name in ("trl", "peft") if name in sys.modules]
    if late:
        warnings.warn(f"{late} imported before unsloth; its patches may not apply", stacklevel=2)
    os.environ.setdefault("UNSLOTH_DISABLE_STATS", "1")  # no network calls from the trainer
    import unsloth  # noqa: F401

    return True
