"""Where the store lives: ``--db URL``, else ``$ORGWATCH_DB``, else ``orgwatch.db`` here."""

from __future__ import annotations

import os

DEFAULT_URL = "sqlite:///orgwatch.db"
ENV_VAR = "ORGWATCH_DB"


def database_url(url: str | None = None) -> str:
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    # SQLAlchemy reads a plain postgresql:// URL as psycopg2; the driver installed is psycopg 3.
    if chosen.startswith("postgresql://"):
        return "postgresql+psycopg://" + chosen.removeprefix("postgresql://")
    return chosen
