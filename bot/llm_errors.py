"""The errors of the LLM door. Each carries a short plain message fit to show the person who asked."""

from __future__ import annotations


class LLMError(Exception):
    """Something kept the LLM from answering usefully; `str(error)` is a short plain message."""

    default_message = "The writing assistant could not answer."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class LLMNotConfiguredError(LLMError):
    default_message = "No LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL to use drafting and second opinions."


class LLMUnavailableError(LLMError):
    """Timeout, connection failure, rate limit or server error, after the client's retries."""

    default_message = "The writing assistant is not answering right now. Try again in a minute."


class LLMBadOutputError(LLMError):
    """The answer was not the JSON asked for, or did not fit its schema."""

    default_message = "The writing assistant gave an answer CarePost could not use. Try again."


class PrivacyCheckError(LLMError):
    """No usable PHI report for a text: nothing is sent (fail closed)."""

    default_message = "Nothing was sent to the writing assistant: the privacy check could not run on the text."
