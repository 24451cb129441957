"""Store stage: documents, entities, claims and aliases in SQL (SQLite or PostgreSQL)."""

from orgwatch.store.config import DEFAULT_URL, ENV_VAR, database_url
from orgwatch.store.store import (
    AddResult,
    AddStatus,
    DocMeta,
    Entity,
    Store,
    StoredDocument,
    fact_sort_key,
)

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "AddResult",
    "AddStatus",
    "DocMeta",
    "Entity",
    "Store",
    "StoredDocument",
    "database_url",
    "fact_sort_key",
]
