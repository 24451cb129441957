"""What a source yields besides documents, and the limits every source applies."""

from __future__ import annotations

from dataclasses import dataclass

from orgwatch.errors import BadInput
from orgwatch.model import Document

# An article is a few kB; a 5 MB file is a dump or a mistake, and reading it whole would stall
# the pipeline. JSON Lines files are streamed, so the cap applies to each record there.
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Skip:
    """Input that is not a readable article: reported to the user, never fatal."""

    path: str  # file path, or ``path:line`` for a JSON Lines record
    reason: str
    code: str = BadInput.code

    def __str__(self) -> str:
        return f"{self.path}: {self.reason} [{self.code}]"


@dataclass(frozen=True)
class Note:
    """Something the user should know about a document that was ingested all the same."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


SourceItem = Document | Skip | Note
