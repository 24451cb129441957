"""JSON Lines corpora: one article per line, ``{"id", "text", "url"?, "published"?, "lang"?}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from orgwatch.model import Document
from orgwatch.sources import base
from orgwatch.sources.base import Skip, SourceItem
from orgwatch.sources.metadata import iso_date


def read_jsonl(path: Path) -> Iterator[SourceItem]:
    """Stream the records of one file; a broken line is skipped, the rest still ingest."""
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if raw.strip():
                yield _record(raw, f"{path}:{number}")


def _record(raw: bytes, where: str) -> SourceItem:
    if len(raw) > base.MAX_BYTES:
        return Skip(where, f"record too big ({len(raw):,} bytes, limit {base.MAX_BYTES:,})")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Skip(where, "line is not UTF-8")
    except json.JSONDecodeError as e:
        return Skip(where, f"not JSON ({e.msg} at column {e.colno})")
    if not isinstance(record, dict):
        return Skip(where, "not a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str) or not doc_id.strip():
        return Skip(where, "no 'id' string")
    if not isinstance(text, str):
        return Skip(where, "no 'text' string")
    if not text.strip():
        return Skip(where, "empty (no text)")
    return Document(
        id=doc_id,
        text=text,
        source=where,
        url=_optional_str(record.get("url")),
        published=iso_date(record.get("published")),
        lang=_optional_str(record.get("lang")),
        title=_optional_str(record.get("title")),
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
