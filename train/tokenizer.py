"""The GPT-OSS tokenizer (o200k_harmony), built offline from the o200k tables that quicktok-v1 ships.

Written as `o200k_base.tiktoken` (the exact file tiktoken and openai-harmony use, checked by SHA-256) and
converted for transformers with its TikTokenConverter; the harmony special tokens keep their real ids.
"""
from __future__ import annotations

import base64
import hashlib
import struct
from importlib import resources
from pathlib import Path

O200K_BASE_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
O200K_FILE = "o200k_base.tiktoken"
# tiktoken's o200k_base split pattern.
O200K_PATTERN = "|".join([
    r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
    r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
    r"\p{N}{1,3}",
    r" ?[^\s\p{L}\p{N}]+[\r\n/]*",
    r"\s*[\r\n]+",
    r"\s+(?!\S)",
    r"\s+",
])
VOCAB_SIZE = 201088  # o200k_base ranks (199998) + harmony specials, as in gpt-oss


class TokenizerBuildError(RuntimeError):
    """The bundled tables are missing or do not match the expected file."""


def _data(name: str) -> bytes:
    return resources.files("quicktok").joinpath("data", name).read_bytes()


def write_o200k_base(directory: Path) -> Path:
    """Write o200k_base.tiktoken (base64 token, rank per line) and verify its SHA-256."""
    data = _data("o200k.vocab")
    (count,), offset, lines = struct.unpack_from("<I", data, 0), 4, []
    for _ in range(count):
        (length,) = struct.unpack_from("<H", data, offset)
        token = data[offset + 2: offset + 2 + length]
        (rank,) = struct.unpack_from("<I", data, offset + 2 + length)
        offset += 6 + length
        lines.append(f"{base64.b64encode(token).decode()} {rank}")
    text = "\n".join(lines) + "\n"
    if hashlib.sha256(text.encode()).hexdigest() != O200K_BASE_SHA256:
        raise TokenizerBuildError("the o200k tables in quicktok-v1 do not give the expected o200k_base.tiktoken")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / O200K_FILE
    path.write_text(text)
    return path


def harmony_special_tokens() -> dict[int, str]:
    """id -> special token of o200k_harmony; where two names share an id, the non-reserved one wins."""
    data = _data("o200k_harmony.special")
    (count,), offset, specials = struct.unpack_from("<I", data, 0), 4, {}
    for _ in range(count):
        token_id, length = struct.unpack_from("<IH", data, offset)
        name = data[offset + 6: offset + 6 + length].decode()
        offset += 6 + length
        if token_id not in specials or specials[token_id].startswith("<|reserved_"):
            specials[token_id] = name
    return specials


def build_harmony_tokenizer(directory: Path, chat_template: str | None = None):  # noqa: ANN201 - PreTrainedTokenizerFast
    """A transformers tokenizer identical in ids to gpt-oss's, saved to `directory` and returned."""
    template = chat_template or gpt_oss_chat_template()
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import TikTokenConverter

    specials = harmony_special_tokens()
    ordered = [specials[token_id] for token_id in sorted(specials)]
    if sorted(specials) != list(range(min(specials), VOCAB_SIZE)):
        raise TokenizerBuildError("harmony special token ids are not contiguous up to the vocabulary size")
    backend = TikTokenConverter(vocab_file=str(write_o200k_base(directory)), pattern=O200K_PATTERN,
                                extra_special_tokens=ordered).converted()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<|startoftext|>", eos_token="<|return|>", pad_token="<|endoftext|>",
        model_max_length=131072, chat_template=template,
    )
    _check_ids(tokenizer, specials)
    tokenizer.save_pretrained(directory)
    return tokenizer


def gpt_oss_chat_template() -> str:
    """The GPT-OSS chat template as TRL ships it (TRL swaps in its training variant for assistant-only loss)."""
    from train import stack

    stack.prepare()
    from trl.chat_template_utils import gptoss_chat_template

    return gptoss_chat_template


def _check_ids(tokenizer, specials: dict[int, str]) -> None:  # noqa: ANN001
    for token_id in (min(specials), 200006, 200008, max(specials)):
        if tokenizer.convert_tokens_to_ids(specials[token_id]) != token_id:
            raise TokenizerBuildError(f"special token {specials[token_id]} did not get id {token_id}")
