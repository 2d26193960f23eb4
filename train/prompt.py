"""The instructions and user framing the model sees, in training and at inference alike."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEVELOPER_PROMPT = """# Instructions

reasoning language: English

You convert terminal transcripts into a JSON session report. Reply with a JSON array holding one object \
per session, with exactly these keys:
- "summary": a high-level overview of what happened in the session;
- "key_successes": 1 to 5 objects {"desc", "specifics", "adjacent_context"}, where "specifics" quotes a \
command or output line verbatim from the transcript;
- "blockers": 0 to 5 objects {"desc", "impact", "owner_hint", "resolution_hint"};
- "resources": 0 to 7 short actionable resources or next steps.
Only state what the transcript shows: quote commands and output exactly, and use only numbers, names, \
ports and branches that appear in it. For an empty transcript reply with []."""

USER_PREFIX = "Terminal transcript:\n"
TRANSCRIPT = "{transcript}"  # where a user template puts the transcript (an app sending raw console text: alone)
USER_TEMPLATE = USER_PREFIX + TRANSCRIPT


class PromptError(ValueError):
    """A prompt file or user template that cannot be used."""


@dataclass(frozen=True)
class Prompt:
    """What the model is told (the developer message) and how the transcript is wrapped as the user turn:
    set them to exactly what the serving app sends, so training sees what inference will."""

    developer: str = DEVELOPER_PROMPT
    user_template: str = USER_TEMPLATE

    def __post_init__(self) -> None:
        if self.user_template.count(TRANSCRIPT) != 1:
            raise PromptError(f"the user template must hold {TRANSCRIPT} exactly once, as in 'Terminal transcript:\\n{TRANSCRIPT}'")
        if not self.developer.strip():
            raise PromptError("the developer prompt is empty: give a prompt file with the instructions")

    def user(self, transcript: str) -> str:
        return self.user_template.replace(TRANSCRIPT, transcript)  # not str.format: transcripts hold braces

    def transcript_of(self, user: str) -> str:
        """The transcript back out of a user turn this prompt wrapped."""
        before, after = self.user_template.split(TRANSCRIPT)
        return user.removeprefix(before).removesuffix(after) if after else user.removeprefix(before)

    @classmethod
    def load(cls, prompt_file: Path | None, user_template: str | None) -> Prompt:
        """The prompt from a file (UTF-8, used verbatim) and a template (`\\n` read as a line break)."""
        developer = DEVELOPER_PROMPT
        if prompt_file is not None:
            try:
                developer = prompt_file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise PromptError(f"cannot read the prompt file {prompt_file}: {error}") from None
        template = USER_TEMPLATE if user_template is None else user_template.replace("\\n", "\n")
        return cls(developer, template)


DEFAULT_PROMPT = Prompt()


def user_message(transcript: str) -> str:
    return DEFAULT_PROMPT.user(transcript)
