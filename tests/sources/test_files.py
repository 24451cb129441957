"""Files and folders -> documents: ids, order, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import SEED_FILES, SEEDS

from orgwatch.errors import BadInput, PathNotFound
from orgwatch.model import Document
from orgwatch.sources import Note, Skip, estimate_count, iter_documents
from orgwatch.sources import base as sources_base


def test_seed_folder_gives_one_document_per_file_named_by_file_name() -> None:
    docs = list(iter_documents([SEEDS]))
    assert [d.id for d in docs if isinstance(d, Document)] == [p.name for p in SEED_FILES]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.text == SEED_FILES[0].read_text(encoding="utf-8")
    assert first.source == str(SEED_FILES[0])


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "1.txt").write_text("One sentence.", encoding="utf-8")
    (tmp_path / "a" / "2.txt").write_text("Two sentences.", encoding="utf-8")
    (tmp_path / "0.txt").write_text("Zero.", encoding="utf-8")
    ids = [d.id for d in iter_documents([tmp_path]) if isinstance(d, Document)]
    assert ids == ["0.txt", "2.txt", "1.txt"]  # 0.txt < a/ < b/


def test_missing_path_raises_before_reading_anything(tmp_path: Path) -> None:
    with pytest.raises(PathNotFound) as e:
        iter_documents([SEEDS, tmp_path / "nope"])  # raises at call time, not on iteration
    assert "nope" in str(e.value)
    assert e.value.code == "E001"


def test_bad_files_are_skipped_with_one_reason_each(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n ", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Anna Berg joined Examplix.", encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    skips = {Path(i.path).name: i for i in items if isinstance(i, Skip)}
    assert set(skips) == {"binary.txt", "empty.txt", "blank.txt"}
    assert "binary" in skips["binary.txt"].reason
    assert "empty" in skips["empty.txt"].reason and "empty" in skips["blank.txt"].reason
    assert all(s.code == BadInput.code for s in skips.values())
    assert [i.id for i in items if isinstance(i, Document)] == ["good.txt"]


def test_latin1_file_is_read_as_cp1252_with_a_note(tmp_path: Path) -> None:
    text = "Jürgen Müller verlässt die Größte AG. Café!"
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    items = list(iter_documents([tmp_path / "latin.txt"]))
    assert len(items) == 2
    note, doc = items
    assert isinstance(note, Note) and "cp1252" in note.message
    assert isinstance(doc, Document) and doc.text == text


def test_utf8_bom_is_dropped_and_gives_no_note(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffÄrger bei Beispiel GmbH.".encode())
    (item,) = iter_documents([tmp_path])
    assert isinstance(item, Document) and item.text == "Ärger bei Beispiel GmbH."


def test_too_big_file_is_skipped_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources_base, "MAX_BYTES", 10)
    (tmp_path / "big.txt").write_text("A sentence longer than ten bytes.", encoding="utf-8")
    (item,) = iter_documents([tmp_path])
    assert isinstance(item, Skip) and "too big" in item.reason


def test_unknown_extension_is_quiet_in_a_folder_but_reported_when_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Editor backup.", encoding="utf-8")
    assert list(iter_documents([tmp_path])) == []
    (item,) = iter_documents([tmp_path / "README.md"])
    assert isinstance(item, Skip) and ".md" in item.reason


def test_estimate_count_counts_files_and_jsonl_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "1", "text": "x"}\n\n{"id": "2", "text": "y"}\n', encoding="utf-8"
    )
    assert estimate_count([tmp_path]) == 3
