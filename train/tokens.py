"""Row lengths in GPT-OSS tokens: each conversation rendered for training by openai-harmony with the real
o200k_harmony encoding (the o200k_base table is written offline from quicktok-v1, checked by SHA-256)."""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from schema.dataset import HarmonyRecord
from train.tokenizer import O200K_FILE, write_o200k_base

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realcast" / "tiktoken"


@cache
def _encoding():  # noqa: ANN202 - openai_harmony.HarmonyEncoding
    if not (CACHE / O200K_FILE).is_file():
        write_o200k_base(CACHE)
    os.environ["TIKTOKEN_ENCODINGS_BASE"] = str(CACHE)  # openai-harmony reads the table from here, offline
    from openai_harmony import HarmonyEncodingName, load_harmony_encoding

    return load_harmony_encoding(HarmonyEncodingName.HARMONY_GPT_OSS)


def token_count(record: HarmonyRecord) -> int:
    """Tokens of the whole training conversation: harmony's default system message, the developer
    instructions, the user turn and the assistant's analysis (if any) and final report."""
    from openai_harmony import Conversation, Message, RenderConversationConfig, Role, SystemContent

    messages = [Message.from_role_and_content(Role.SYSTEM, SystemContent.new())]
    for message in record.messages:
        if message.role == "assistant" and message.thinking:
            messages.append(Message.from_role_and_content(Role.ASSISTANT, message.thinking).with_channel("analysis"))
        turn = Message.from_role_and_content(Role(message.role), message.content)
        messages.append(turn.with_channel("final") if message.role == "assistant" else turn)
    keep = RenderConversationConfig(auto_drop_analysis=False)  # the analysis of the last turn is trained on
    return len(_encoding().render_conversation_for_training(Conversation.from_messages(messages), keep))
