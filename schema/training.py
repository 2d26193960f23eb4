"""The fine-tuning job's configuration and the evaluation's results."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RECIPE_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class LoraSettings(BaseModel):
    """LoRA adapter shape."""

    model_config = ConfigDict(extra="forbid")
    r: int = Field(default=8, ge=1, description="Rank.")
    alpha: int = Field(default=16, ge=1, description="Scaling numerator (lora_alpha).")
    dropout: float = Field(default=0.0, ge=0, lt=1)
    target_modules: list[str] = Field(default_factory=lambda: list(RECIPE_TARGETS),
                                      description="Projection names; MoE expert weights are matched by name too.")


class TrainConfig(BaseModel):
    """Everything a training run needs; the resolved copy is saved next to the adapter."""

    model_config = ConfigDict(extra="forbid")
    preset: str = Field(description="Name of the preset this config came from.")
    model: str = Field(description="Hub id or local folder of the base model; 'tiny' builds one locally.")
    data: str = Field(default="data/export", description="Export folder with harmony_train.jsonl.")
    output_dir: str = Field(default="data/runs/{preset}", description="Where the adapter goes ({preset} filled).")
    backend: Literal["auto", "unsloth", "trl"] = Field(default="auto", description="auto: Unsloth on CUDA if installed.")
    load_in_4bit: bool = Field(default=True, description="Quantise the base model (bitsandbytes, CUDA only).")
    dtype: Literal["auto", "bfloat16", "float32"] = "auto"
    max_seq_length: int | None = Field(default=None, description="None: sized from the export's token lengths.")
    max_seq_length_cap: int = Field(default=8192, ge=256, description="Upper bound when sizing automatically.")
    lora: LoraSettings = Field(default_factory=LoraSettings)
    per_device_train_batch_size: int = Field(default=1, ge=1)
    gradient_accumulation_steps: int = Field(default=4, ge=1)
    learning_rate: float = Field(default=2e-4, gt=0)
    optim: str = Field(default="adamw_8bit", description="transformers optimizer name.")
    lr_scheduler_type: str = "linear"
    warmup_steps: int = Field(default=5, ge=0)
    weight_decay: float = Field(default=0.01, ge=0)
    num_train_epochs: float = Field(default=1.0, gt=0)
    max_steps: int = Field(default=-1, description="Overrides epochs when > 0.")
    seed: int = 3407
    logging_steps: int = Field(default=1, ge=1)
    gradient_checkpointing: bool = True
    save_merged: bool = Field(default=False, description="Also save the base model with the adapter merged in.")
    expected_gpu_memory_gb: float | None = Field(default=None, description="Documented peak for this preset.")
    eval_max_new_tokens: int = Field(default=1024, ge=1, description="Generation budget per report in `realcast eval`.")


class Scores(BaseModel):
    """The measurements for one system on one split."""

    model_config = ConfigDict(extra="forbid")
    sessions: int
    json_valid: float = Field(description="Share of outputs that parse as a JSON array.")
    schema_valid: float = Field(description="Share with the right keys and types, limits aside ([] only for no input).")
    sre_limits: float = Field(description="Share that also keeps 1-5 successes, 0-5 blockers, 0-7 resources.")
    grounding: float | None = Field(description="Share of `specifics` found verbatim in the transcript.")
    blocker_precision: float | None = Field(description="Sessions flagged with a blocker that truly had a failure.")
    blocker_recall: float | None = Field(description="Sessions with a failure that got a blocker.")
    category_f1_micro: float | None
    category_f1_macro: float | None
    empty_input_ok: bool | None = Field(description="Answers [] to an empty transcript.")
    status_agreement: float | None = Field(default=None, description="Truth v2: true failures whose open/resolved "
                                           "status the output's blockers match (counted per status).")
    key_facts: float | None = Field(default=None, description="Truth v2: the failures' key facts the output names.")


class EvalResult(BaseModel):
    """metrics.json: every system measured on the same sessions."""

    model_config = ConfigDict(extra="forbid")
    split: str
    model: str
    systems: dict[str, Scores]
    groups: dict[str, dict[str, Scores]] = Field(default_factory=dict, description="The same measures per group of "
                                                 "rows (family:NAME, held-out, foreign), system by system.")
    notes: list[str] = Field(default_factory=list)
