"""The size and emptiness checks shared by the one-file-one-article sources."""

from __future__ import annotations

from pathlib import Path

from orgwatch.sources import base
from orgwatch.sources.base import Skip

EMPTY = "empty (no text)"


def read_capped(path: Path) -> bytes | Skip:
    """The file's bytes, or a Skip if it is empty or over ``MAX_BYTES`` (checked before reading)."""
    size = path.stat().st_size
    if size == 0:
        return Skip(str(path), EMPTY)
    if size > base.MAX_BYTES:
        return Skip(str(path), f"too big ({size:,} bytes, limit {base.MAX_BYTES:,})")
    return path.read_bytes()
