"""Sources stage: files and folders of articles -> ``Document``s, with a ``Skip`` for bad input."""

from orgwatch.sources.base import MAX_BYTES, Note, Skip, SourceItem
from orgwatch.sources.walk import estimate_count, iter_documents

__all__ = ["MAX_BYTES", "Note", "Skip", "SourceItem", "estimate_count", "iter_documents"]
