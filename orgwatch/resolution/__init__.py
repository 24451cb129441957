"""Resolution stage: document-level names -> canonical names shared across documents."""

from orgwatch.resolution.aliases import (
    Alias,
    AliasTable,
    CreatedBy,
    canonical_name,
    canonicalize,
    curated_aliases,
    drop_misread,
    name_key,
    slot_kinds,
    strip_legal_suffix,
)

__all__ = [
    "Alias",
    "AliasTable",
    "CreatedBy",
    "canonical_name",
    "canonicalize",
    "curated_aliases",
    "drop_misread",
    "name_key",
    "slot_kinds",
    "strip_legal_suffix",
]
