"""`realcast train`: a LoRA fine-tune of GPT-OSS on the export, assistant turn only.

    realcast train --config tiny                           # 2-layer random GPT-OSS on CPU, seconds
    realcast train --config gpt-oss-20b                    # the Unsloth recipe, one CUDA GPU (~13 GB)
    realcast train --config gpt-oss-20b max_steps=60 lora.r=16 data=data/export
"""
from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from schema.training import TrainConfig
from train.backends import cuda_available, load_for_training, load_tokenizer, model_path, resolve_backend
from train import stack
from train.config import save_config
from train.data import length_stats, load_split, size_max_seq_length, tokenize, training_template


@dataclass
class TrainResult:
    """What the run produced and measured."""

    output_dir: str
    backend: str
    max_seq_length: int
    examples: int
    dropped_too_long: int
    steps: int
    train_loss: float
    seconds: float
    tokens_seen: int
    tokens_per_second: float
    peak_memory_mb: float


def train(config: TrainConfig, say: Callable[[str], None] = print) -> TrainResult:
    """Tokenize the export, size the sequence length, train LoRA adapters, save them with the config."""
    stack.prepare()
    backend = resolve_backend(config)
    say(f"backend: {backend} ({'CUDA' if cuda_available() else 'CPU'}), base model: {config.model}")
    examples, max_length, dropped = _examples(config, say)
    model, tokenizer = load_for_training(config, backend, max_length)
    trainer = _trainer(config, model, tokenizer, examples, max_length)
    started = time.perf_counter()
    stats = trainer.train()
    seconds = time.perf_counter() - started
    out = Path(config.output_dir)
    trainer.save_model(str(out))
    tokenizer.save_pretrained(str(out))
    result = _result(config, backend, max_length, examples, dropped, trainer, stats, seconds)
    save_config(config, out, extra=asdict(result))
    if config.save_merged:
        _save_merged(model, tokenizer, out / "merged", backend)
    return result


def _examples(config: TrainConfig, say: Callable[[str], None]) -> tuple[list[dict], int, int]:
    rows = load_split(Path(config.data), "train")
    tokenizer = load_tokenizer(model_path(config))
    template = training_template(tokenizer)
    examples = [tokenize(tokenizer, row.messages, template) for row in rows]
    lengths = [len(example["input_ids"]) for example in examples]
    max_length = config.max_seq_length or size_max_seq_length(lengths, config.max_seq_length_cap)
    kept = [example for example in examples if len(example["input_ids"]) <= max_length]
    say(f"{len(rows)} training sessions; tokens per example {length_stats(lengths)}; max_seq_length {max_length}")
    if len(kept) < len(examples):
        say(f"dropped {len(examples) - len(kept)} examples longer than {max_length} tokens (truncating would cut the report)")
    return kept, max_length, len(examples) - len(kept)


def _trainer(config: TrainConfig, model, tokenizer, examples: list[dict], max_length: int):  # noqa: ANN001, ANN202
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    args = SFTConfig(
        output_dir=str(Path(config.output_dir) / "trainer"), per_device_train_batch_size=config.per_device_train_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps, learning_rate=config.learning_rate,
        optim=config.optim, lr_scheduler_type=config.lr_scheduler_type, warmup_steps=config.warmup_steps,
        weight_decay=config.weight_decay, num_train_epochs=config.num_train_epochs, max_steps=config.max_steps,
        seed=config.seed, logging_steps=config.logging_steps, max_length=max_length, save_strategy="no",
        report_to="none", bf16=cuda_available(), include_num_input_tokens_seen=True, packing=False,
        gradient_checkpointing=False,  # enabled on the model by the backend where configured
    )
    return SFTTrainer(model=model, args=args, train_dataset=Dataset.from_list(examples), processing_class=tokenizer)


def _result(config: TrainConfig, backend: str, max_length: int, examples: list[dict], dropped: int, trainer,  # noqa: ANN001
            stats, seconds: float) -> TrainResult:  # noqa: ANN001
    tokens = int(trainer.state.num_input_tokens_seen or 0)
    return TrainResult(
        output_dir=config.output_dir, backend=backend, max_seq_length=max_length, examples=len(examples),
        dropped_too_long=dropped, steps=trainer.state.global_step, train_loss=round(float(stats.training_loss), 4),
        seconds=round(seconds, 2), tokens_seen=tokens, tokens_per_second=round(tokens / seconds, 1) if seconds else 0.0,
        peak_memory_mb=round(peak_memory_mb(), 1),
    )


def peak_memory_mb() -> float:
    """Peak GPU memory allocated on CUDA; peak resident memory of this process on CPU."""
    if cuda_available():
        import torch

        return torch.cuda.max_memory_allocated() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _save_merged(model, tokenizer, directory: Path, backend: str) -> None:  # noqa: ANN001
    if backend == "unsloth":
        model.save_pretrained_merged(str(directory), tokenizer, save_method="merged_16bit")
        return
    model.merge_and_unload().save_pretrained(str(directory))
    tokenizer.save_pretrained(str(directory))
