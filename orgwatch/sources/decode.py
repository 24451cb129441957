"""Bytes -> text for plain-text articles: UTF-8 first, then the legacy Western encodings."""

from __future__ import annotations

from dataclasses import dataclass

# Characters that never occur in prose: a "text" full of them is binary that happened to
# decode. Tab, newline, carriage return and form feed are fine.
_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\r\f")


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None: not text
    encoding: str
    problem: str = ""  # why ``text`` is None


def decode(data: bytes) -> Decoded:
    """Decode an article file.

    Old exports and Windows editors still write cp1252/Latin-1; such a file is a real article,
    so it is decoded rather than rejected (the caller notes the encoding). NUL bytes or a high
    share of control characters mean binary.
    """
    if b"\x00" in data:
        return Decoded(None, "", "binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(ch in _CONTROL for ch in text)
        if controls > max(2, len(text) // 100):
            return Decoded(None, encoding, "binary file (control characters)")
        return Decoded(text, encoding)
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover
