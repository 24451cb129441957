"""The core commands: extract, ingest, facts. Thin: the work is in the library."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from orgwatch.errors import OrgwatchError, PathNotFound
from orgwatch.graph import merged_facts
from orgwatch.pipeline import IngestReport, extract_paths, ingest
from orgwatch.sources import Note, Skip, estimate_count
from orgwatch.store import Store, fact_sort_key

FACT_FIELDS = ("doc", "type", "subject", "object", "role", "date", "status", "evidence")

Paths = Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .htm, .jsonl) or folders.")]
Db = Annotated[
    str | None,
    typer.Option("--db", help="Store URL (SQLAlchemy). Default: $ORGWATCH_DB, else sqlite:///orgwatch.db."),
]
Out = Annotated[str, typer.Option("--out", "-o", help="Output file; '-' for standard output.")]


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("ingest")(ingest_command)
    app.command("facts")(facts_command)


def extract_command(
    paths: Paths,
    out: Out = "-",
    per_document: Annotated[
        bool,
        typer.Option(
            "--per-document",
            help="Stream each document's facts as it is read, without resolving names across the batch.",
        ),
    ] = False,
) -> None:
    """Extract facts from articles to JSON Lines (FACTS.md format), without a store.

    Names are resolved across all the articles given, as in the store: a bare surname takes the
    full name another article gives, when both share an organization, a role or a person.
    """
    documents = facts = 0
    try:
        total = estimate_count(paths)
        with output(out) as stream, _progress(total, "extract") as advance:
            for item in extract_paths(paths, across_documents=not per_document, on_item=advance):
                if isinstance(item, Note):
                    _report_line(item, err=True)  # standard output may be the data
                    continue
                if isinstance(item, Skip):
                    _report_line(item, err=True)
                    continue
                documents += 1
                for fact in sorted((c.to_fact() for c in item[1]), key=fact_sort_key):
                    stream.write(json.dumps(fact, ensure_ascii=False) + "\n")
                    facts += 1
    except PathNotFound as e:
        _fail(e, 2)
    except OSError as e:
        _fail_message(f"cannot write {out}: {e.strerror or e}")
    typer.echo(f"{facts} facts from {documents} documents", err=True)


def ingest_command(paths: Paths, db: Db = None) -> None:
    """Read articles, extract facts and add them to the store (re-ingest changes nothing)."""
    try:
        total = estimate_count(paths)
        with Store(db) as store, _progress(total, "ingest") as advance:
            report = ingest(paths, store, on_item=advance)
            stored = len(store.documents())
    except PathNotFound as e:
        _fail(e, 2)
    except OrgwatchError as e:
        _fail(e, 1)
    for note in report.notes:
        _report_line(note, err=False)
    for skip in report.skipped:
        _report_line(skip, err=False)
    for doc_id, twin in report.duplicates:
        typer.echo(f"duplicate {doc_id}: same text as {twin}, not stored again")
    _print_summary(report, stored)


def facts_command(
    fmt: Annotated[Format, typer.Option("--format", help="jsonl (FACTS.md) or csv.")] = Format.jsonl,
    merged: Annotated[
        bool, typer.Option("--merged", help="Facts merged across documents, with sources (JSON Lines).")
    ] = False,
    db: Db = None,
    out: Out = "-",
) -> None:
    """Export every fact in the store, in a stable order (two exports are byte-identical)."""
    if merged and fmt is Format.csv:
        _fail_message("--merged facts are nested (sources, history): use --format jsonl")
    try:
        with Store(db) as store:
            facts = [f.to_dict() for f in merged_facts(store)] if merged else store.facts()
        with output(out) as stream:
            if fmt is Format.csv:
                writer = csv.DictWriter(stream, fieldnames=FACT_FIELDS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(facts)
            else:
                stream.writelines(json.dumps(f, ensure_ascii=False) + "\n" for f in facts)
    except OrgwatchError as e:
        _fail(e, 1)
    except OSError as e:
        _fail_message(f"cannot write {out}: {e.strerror or e}")


def _print_summary(report: IngestReport, stored: int) -> None:
    table = Table("", "count", title="ingest", title_justify="left")
    rows = [
        ("added", report.added),
        ("replaced", report.replaced),
        ("unchanged", report.unchanged),
        ("duplicates", len(report.duplicates)),
        ("skipped", len(report.skipped)),
        ("claims stored", report.claims),
        ("documents in store", stored),
    ]
    for label, count in rows:
        table.add_row(label, str(count))
    Console().print(table)


def _report_line(item: Skip | Note, err: bool) -> None:
    """One line per bad or odd input, never wrapped, so it can be grepped."""
    label = "skipped" if isinstance(item, Skip) else "note"
    typer.echo(f"{label}: {item}", err=err)


@contextmanager
def output(out: str) -> Iterator[TextIO]:
    if out == "-":
        yield sys.stdout
        return
    with open(out, "w", encoding="utf-8", newline="\n") as stream:
        yield stream


@contextmanager
def _progress(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error, so that standard output stays data."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(what, total=total)
        yield lambda: progress.advance(task)


def _fail(error: OrgwatchError, code: int) -> NoReturn:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(code)


def _fail_message(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)
