"""The command line as a user runs it: extract, ingest, facts, timeline, --help everywhere."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main
from fakes import FACT_FIELDS, GOLD_SEEDS, SCORE, SEED_FILES, SEEDS, FakeExtractor
from typer.testing import CliRunner

from orgwatch import pipeline
from orgwatch.interfaces.cli import app
from orgwatch.store import Store

runner = CliRunner()


def run(*args: str | Path) -> click.testing.Result:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's default extractor produce claims, so exports have rows to compare."""
    monkeypatch.setattr(pipeline, "default_extractor", FakeExtractor)


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += all_commands(command, (*prefix, name))
    return found


def test_every_command_has_help() -> None:
    commands = all_commands(typer.main.get_command(app))  # type: ignore[arg-type]
    assert {("extract",), ("ingest",), ("facts",), ("timeline",)} <= set(commands)
    for path in [(), *commands]:
        result = run(*path, "--help")
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output, path


def test_missing_path_is_a_clear_error_with_exit_2(db: str, tmp_path: Path) -> None:
    for command in (["ingest", "--db", db], ["extract", "--out", str(tmp_path / "f.jsonl")]):
        result = run(*command, SEEDS, tmp_path / "no-such-folder")
        assert result.exit_code == 2
        assert "no-such-folder" in result.stderr and "[E001]" in result.stderr
        assert "Traceback" not in result.output


def test_bad_input_folder_reports_one_line_per_bad_file(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Jürgen Müller verlässt die Beispiel AG.".encode("latin-1"))
    for seed in SEED_FILES[:2]:
        shutil.copy(seed, folder / seed.name)
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for bad, word in [("binary.txt", "binary"), ("empty.txt", "empty"), ("latin1.txt", "cp1252")]:
        mentions = [line for line in lines if bad in line]
        assert len(mentions) == 1, (bad, mentions)
        assert word in mentions[0]
    assert not any(seed.name in result.output for seed in SEED_FILES[:2])
    assert "added" in result.output
    with Store(db) as store:
        ids = [d.id for d in store.documents()]
    assert ids == sorted([SEED_FILES[0].name, SEED_FILES[1].name, "latin1.txt"])


@pytest.mark.usefixtures("fake_extractor")
def test_ingest_twice_exports_byte_identical_facts(db: str, tmp_path: Path) -> None:
    first = run("ingest", SEEDS, "--db", db)
    assert first.exit_code == 0
    exports = []
    for i, fmt in enumerate(["jsonl", "jsonl", "csv"]):
        out = tmp_path / f"facts{i}.{fmt}"
        assert run("facts", "--format", fmt, "--db", db, "--out", out).exit_code == 0
        exports.append(out.read_bytes())
    second = run("ingest", SEEDS, "--db", db)
    assert second.exit_code == 0
    assert _count(second.output, "unchanged") == len(SEED_FILES)
    assert _count(second.output, "added") == 0
    again = tmp_path / "again.jsonl"
    run("facts", "--db", db, "--out", again)
    assert exports[0] == exports[1] == again.read_bytes()
    assert len(exports[0].splitlines()) == 2 * len(SEED_FILES)
    assert exports[2].splitlines()[0] == b",".join(f.encode() for f in FACT_FIELDS)
    assert run("facts", "--db", db).stdout.encode() == exports[0]  # stdout is the same bytes


def _count(output: str, label: str) -> int:
    (line,) = [line for line in output.splitlines() if f" {label} " in line]
    return int(line.split("│")[2])


def _check_fact_lines(path: Path) -> list[dict[str, object]]:
    facts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for fact in facts:
        assert list(fact) == FACT_FIELDS
    return facts


def _score(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, SCORE, GOLD_SEEDS, path], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "events F1 (strict)" in result.stdout


def test_extract_writes_fact_lines_that_the_scorer_reads(tmp_path: Path) -> None:
    out = tmp_path / "f.jsonl"
    result = run("extract", SEEDS, "--out", out)
    assert result.exit_code == 0, result.output
    _check_fact_lines(out)
    _score(out)


@pytest.mark.usefixtures("fake_extractor")
def test_extract_fact_lines_have_exactly_the_facts_md_fields(tmp_path: Path) -> None:
    out = tmp_path / "f.jsonl"
    assert run("extract", SEEDS, "--out", out).exit_code == 0
    facts = _check_fact_lines(out)
    assert len(facts) == 2 * len(SEED_FILES)
    assert {f["subject"] for f in facts} == {"Sam Altman"}  # canonical, not "Ultraman"
    _score(out)
    to_stdout = run("extract", SEEDS, "--out", "-")
    assert to_stdout.stdout.encode() == out.read_bytes()


@pytest.mark.usefixtures("fake_extractor")
def test_timeline_by_surname_as_table_and_json(db: str) -> None:
    run("ingest", SEEDS, "--db", db)
    table = run("timeline", "Altman", "--db", db)
    assert table.exit_code == 0
    assert table.output.lstrip().startswith("Sam Altman")  # the canonical name, not the query
    assert "joins" in table.output and "undated" in table.output
    as_json = run("timeline", "altman", "--json", "--db", db)
    entries = json.loads(as_json.stdout)
    assert len(entries) == 2  # one merged fact per claim type, each with every article behind it
    assert [len(e["sources"]) for e in entries] == [len(SEED_FILES)] * 2
    assert [e["independent_sources"] for e in entries] == [len(SEED_FILES) - 1] * 2  # 000/003: one story
    dated, undated = sorted(entries, key=lambda e: e["undated"])
    assert dated["date"] == "2024-08" and undated["undated"] is True
    assert undated["placed_by"] in ("reported", "none")  # by the day it was reported, if known
    assert {e["other"] for e in entries} == {"OpenAI"}


def test_timeline_of_an_unknown_name_is_a_clear_error(db: str) -> None:
    result = run("timeline", "Nobody Known", "--db", db)
    assert result.exit_code == 1
    assert "[E005]" in result.stderr and "Nobody Known" in result.stderr
