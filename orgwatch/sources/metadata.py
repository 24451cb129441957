"""Publication dates from source metadata, cut to the ISO 8601 precision they carry."""

from __future__ import annotations

import re

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def iso_date(value: object) -> str | None:
    """``'2016-03-02T03:56:13.041Z'`` -> ``'2016-03-02'``; anything unreadable -> None.

    Documents carry the date of the day only: the analysis resolves "on Friday" against it, and
    a time of day (often the crawler's, in an unknown zone) would only add false precision.
    """
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return None
    if day and not 1 <= int(day) <= 31:
        return None
    return "-".join(part for part in (year, month, day) if part)
