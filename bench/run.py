"""Throughput benchmark: ingest into a throw-away SQLite store, then extraction alone.

    python bench/run.py [PATH ...] [--limit N]

Prints articles/s and facts/s for both, and the peak resident memory. Writes only under the
temporary directory; the corpus is read in place.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from orgwatch import Store, extract_paths, ingest

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "bench" / "smartdata-train-de.jsonl"
)


def peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_ingest(paths: list[Path], limit: int | None) -> tuple[int, int, float]:
    with (
        tempfile.TemporaryDirectory(prefix="orgwatch-bench-") as tmp,
        Store(f"sqlite:///{tmp}/bench.db") as store,
    ):
        start = time.perf_counter()
        report = ingest(paths, store, limit=limit)
        return report.documents, report.claims, time.perf_counter() - start


def bench_extract(paths: list[Path], limit: int | None) -> tuple[int, int, float]:
    documents = facts = 0
    start = time.perf_counter()
    for item in extract_paths(paths, limit=limit):
        if isinstance(item, tuple):  # (document, claims); skips and notes are not timed apart
            documents += 1
            facts += len(item[1])
    return documents, facts, time.perf_counter() - start


def line(what: str, documents: int, facts: int, seconds: float) -> str:
    seconds = max(seconds, 1e-9)
    return (
        f"{what:<16} {documents:6d} articles {facts:7d} facts {seconds:8.2f} s  "
        f"{documents / seconds:8.1f} articles/s {facts / seconds:8.1f} facts/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--limit", type=int, default=None, help="at most N articles")
    args = parser.parse_args(argv)
    print(
        f"corpus: {', '.join(str(p) for p in args.paths)}" + (f" (limit {args.limit})" if args.limit else "")
    )
    print(line("ingest (SQLite)", *bench_ingest(args.paths, args.limit)))
    print(line("extract only", *bench_extract(args.paths, args.limit)))
    print(f"peak RSS         {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
