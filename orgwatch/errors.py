"""Coded errors, so a user can search for a message and a test can assert on a code."""

from __future__ import annotations


class OrgwatchError(Exception):
    """Base class: ``code`` is stable across versions, the message may improve."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class PathNotFound(OrgwatchError):
    code = "E001"


class BadInput(OrgwatchError):
    """A file or record that is not a readable article: binary, empty, undecodable, too big."""

    code = "E002"


class UnknownLanguage(OrgwatchError):
    code = "E003"


class StoreError(OrgwatchError):
    code = "E004"


class NotFound(OrgwatchError):
    """A name or id that the store does not know."""

    code = "E005"
