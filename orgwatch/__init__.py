"""orgwatch: leadership changes and talent flows from multilingual news, with the evidence.

The public API: ``extract_paths`` (claims without a store), ``ingest`` (into a ``Store``),
``timeline``, and the typed contracts of ``orgwatch.model``.
"""

from orgwatch.errors import OrgwatchError
from orgwatch.graph import TimelineEntry, timeline
from orgwatch.model import AnalyzedDocument, Claim, Document
from orgwatch.pipeline import IngestReport, extract_paths, ingest
from orgwatch.resolution import Alias, AliasTable
from orgwatch.sources import Note, Skip, iter_documents
from orgwatch.store import Store

__all__ = [
    "Alias",
    "AliasTable",
    "AnalyzedDocument",
    "Claim",
    "Document",
    "IngestReport",
    "Note",
    "OrgwatchError",
    "Skip",
    "Store",
    "TimelineEntry",
    "extract_paths",
    "ingest",
    "iter_documents",
    "timeline",
]
