"""HTML articles (``.html``/``.htm``): trafilatura finds the main text, title and date."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from orgwatch.model import Document
from orgwatch.sources.base import Skip, SourceItem
from orgwatch.sources.files import read_capped
from orgwatch.sources.metadata import iso_date

# Dates from the page's metadata only: a full-text search guesses from any date in the body,
# which for news is often the date of the event, not of the article.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: Path) -> list[SourceItem]:
    """The main text of one page (boilerplate, menus and comments dropped)."""
    data = read_capped(path)
    if isinstance(data, Skip):
        return [data]
    if b"\x00" in data:
        return [Skip(str(path), "binary file (contains NUL bytes)")]
    # trafilatura decodes the bytes itself, honouring the page's declared charset.
    result = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    text = getattr(result, "text", None)
    if not text or not text.strip():
        return [Skip(str(path), "no article text found in the HTML")]
    return [
        Document(
            id=path.name,
            text=text,
            source=str(path),
            url=getattr(result, "url", None) or None,
            published=iso_date(getattr(result, "date", None)),
            title=getattr(result, "title", None) or None,
        )
    ]
