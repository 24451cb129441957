"""The one protocol every extractor implements, so backends are interchangeable."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from orgwatch.model import AnalyzedDocument, Claim


@runtime_checkable
class Extractor(Protocol):
    """Turns one analysed document into claims.

    Subjects and objects are document-level names (a surname already expanded to the full
    name the document gives); the resolution stage makes them canonical across documents.
    """

    name: str

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]: ...
