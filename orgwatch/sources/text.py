"""Plain-text articles (``.txt``): the whole file is the text, the file name is the id."""

from __future__ import annotations

from pathlib import Path

from orgwatch.model import Document
from orgwatch.sources.base import Note, Skip, SourceItem
from orgwatch.sources.decode import decode
from orgwatch.sources.files import EMPTY, read_capped


def read_text(path: Path) -> list[SourceItem]:
    """The document of one text file, preceded by a note if it was not UTF-8."""
    data = read_capped(path)
    if isinstance(data, Skip):
        return [data]
    decoded = decode(data)
    if decoded.text is None:
        return [Skip(str(path), decoded.problem)]
    if not decoded.text.strip():
        return [Skip(str(path), EMPTY)]
    doc = Document(id=path.name, text=decoded.text, source=str(path))
    if decoded.encoding != "utf-8":
        return [Note(str(path), f"not UTF-8: read as {decoded.encoding}"), doc]
    return [doc]
