"""A tiny GPT-OSS-shaped model with random weights and the real tokenizer, built locally.

It has gpt-oss's architecture (GptOssForCausalLM: attention sinks, sliding/full layers, top-k MoE) and its
201,088-token vocabulary, so every code path of training and evaluation runs on a CPU in seconds.
"""
from __future__ import annotations

from pathlib import Path

from train.tokenizer import VOCAB_SIZE, build_harmony_tokenizer

TINY_DIR = Path("data/models/tiny-gpt-oss")
MARKER = "realcast-tiny.txt"


# gpt-oss-20b's widths (24 layers in the real model); the GPU check uses them with a few layers.
GPT_OSS_20B_WIDTHS = {"hidden": 2880, "heads": 64, "kv_heads": 8, "head_dim": 64, "experts": 32, "top_k": 4}
TINY_WIDTHS = {"hidden": 64, "heads": 4, "kv_heads": 2, "head_dim": 16, "experts": 4, "top_k": 2}


def tiny_config(layers: int = 2, widths: dict[str, int] = TINY_WIDTHS):  # noqa: ANN201 - GptOssConfig
    """A GptOssConfig with gpt-oss's vocabulary, `layers` layers and the given widths."""
    from transformers import GptOssConfig

    return GptOssConfig(
        vocab_size=VOCAB_SIZE, hidden_size=widths["hidden"], intermediate_size=widths["hidden"],
        num_hidden_layers=layers, num_attention_heads=widths["heads"], num_key_value_heads=widths["kv_heads"],
        head_dim=widths["head_dim"], num_local_experts=widths["experts"], num_experts_per_tok=widths["top_k"],
        sliding_window=128, max_position_embeddings=131072,
        layer_types=["sliding_attention" if index % 2 == 0 else "full_attention" for index in range(layers)],
        pad_token_id=199999, eos_token_id=200002, bos_token_id=199998, tie_word_embeddings=False,
    )


def build_tiny_model(directory: Path = TINY_DIR, seed: int = 0, layers: int = 2,
                     widths: dict[str, int] = TINY_WIDTHS, device: str = "cpu") -> Path:
    """Save a random-weight GPT-OSS-shaped model and the harmony tokenizer to `directory` (once)."""
    import torch
    from transformers import GptOssForCausalLM

    if (directory / MARKER).is_file():
        return directory
    torch.manual_seed(seed)
    with torch.device(device):
        model = GptOssForCausalLM(tiny_config(layers, widths))
    if device != "cpu":
        model = model.to(torch.bfloat16)
    model.generation_config.eos_token_id = [200002, 200012]  # <|return|>, <|call|>
    model.save_pretrained(directory)
    build_harmony_tokenizer(directory)
    (directory / MARKER).write_text("random weights; built by train/tiny.py for CPU tests\n")
    return directory
