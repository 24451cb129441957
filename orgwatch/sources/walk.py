"""Paths -> documents: files by extension, folders walked recursively in sorted order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from orgwatch.errors import PathNotFound
from orgwatch.sources.base import Skip, SourceItem
from orgwatch.sources.html import read_html
from orgwatch.sources.jsonl import read_jsonl
from orgwatch.sources.text import read_text

READERS: dict[str, Callable[[Path], Iterable[SourceItem]]] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}


def iter_documents(paths: Iterable[str | Path]) -> Iterator[SourceItem]:
    """Every document under ``paths``, in a deterministic order.

    All paths are checked before anything is read, so a typo fails at once with
    ``PathNotFound`` instead of after half a corpus. Files named explicitly are read whatever
    their extension is (unknown ones are reported); inside folders, files of an unknown
    extension and hidden files are passed over silently, since folders hold READMEs, licences
    and editor files too.
    """
    return _read(_files(paths))


def estimate_count(paths: Iterable[str | Path]) -> int:
    """How many items ``iter_documents`` will yield, roughly: for progress bars."""
    total = 0
    for path in _files(paths):
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


def _files(paths: Iterable[str | Path]) -> list[Path]:
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise PathNotFound(f"no such file or folder: {root}")
    found: list[Path] = []
    for root in roots:
        if root.is_dir():
            found.extend(
                p
                for p in sorted(root.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in READERS
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
        else:
            found.append(root)
    return found


def _read(files: list[Path]) -> Iterator[SourceItem]:
    for path in files:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield Skip(str(path), f"unknown file type {path.suffix or '(none)'!r}")
            continue
        try:
            yield from reader(path)
        except OSError as e:
            yield Skip(str(path), f"cannot read ({e.strerror or e})")
