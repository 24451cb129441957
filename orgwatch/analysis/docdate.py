"""The document's own date, and the dates of timeline sections.

Relative expressions ("am Freitag", "letztes Jahr") mean nothing without the date the article
was written, and crawled or pasted articles often come without metadata. This module finds
that date (``document_date``) and, for timeline-style texts with date headers, the date in
force on each line (``section_dates``). The language knowledge is the ``[dates]`` table that
``orgwatch.analysis.dates`` reads.
"""

from __future__ import annotations

import email.utils
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from orgwatch.analysis.dates import (
    Grammar,
    RawDate,
    Template,
    grammar,
    infer_year,
    resolve,
    scan_dates,
)
from orgwatch.lang import available
from orgwatch.model import DateValue, Document

TOP_LINES = 12  # a date header is only looked for this near the top
DATELINE_WORDS = 4  # a dateline may carry a place, a label, a time: "KIEL, 03.05.2019 - 09:12 Uhr"
WEEKDAY_YEAR_SLACK = 2  # the weekday-year may be this much after the latest year written
TIMELINE_SLACK = timedelta(days=14)  # a yearless day this close after the dated ones still counts

_ISOISH = re.compile(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?\s*$")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T.*)?\s*$")
_DMY = re.compile(r"\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_QUOTE_SIGNATURE = re.compile(r"\s*[—–-]\s*[^\W\d_]")  # the signature under a quoted post
_SENTENCE_END = tuple('.!?…"“”»«')  # what may stand before a date header glued to a line
_DATE_MODES = ("date", "past", "future")
_PAST = Template("dateline", "", "past")


def _ymd(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    try:
        if day is not None and month is not None:
            return DateValue(date(year, month, day).isoformat(), "metadata")
        if month is not None:
            return DateValue(f"{year:04d}-{month:02d}", "metadata") if 1 <= month <= 12 else None
    except ValueError:
        return None
    return DateValue(f"{year:04d}", "metadata")


def normalize_date(value: str, lang: str | None = None) -> DateValue | None:
    """A metadata date in any common notation as ISO at its precision (how='metadata').

    Accepts ISO 8601 with or without time ('2024-08-06T10:00:00Z', '2024-08', '2024'),
    '2024/08/06', '20240806', '06.08.2024', RFC 2822 ('Tue, 06 Aug 2024 10:00:00 GMT') and,
    as a last resort, a date written in words in ``lang`` (or any known language).
    """
    for rx, order in ((_COMPACT, "ymd"), (_ISOISH, "ymd"), (_DMY, "dmy")):
        m = rx.match(value)
        if m is None:
            continue
        a, b, c = (int(x) if x else None for x in m.groups())
        if order == "dmy":
            a, c = c, a
        if a is not None and 1000 <= a <= 2999:
            return _ymd(a, b, c)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return DateValue(parsed.date().isoformat(), "metadata")
    for code in [lang] if lang else available():
        for raw in scan_dates(value, code):
            if raw.year is not None and raw.template.mode in _DATE_MODES:
                return _ymd(raw.year, raw.month, raw.day if raw.month else None)
    return None


def _is_whole_line(line: str, raw: RawDate, g: Grammar) -> bool:
    """The line is only this date (plus a 'Veröffentlicht am' label or an 'Ortszeit')."""
    head = line[: raw.start]
    m = g.header_head.match(head)
    return m is not None and m.end() == len(head) and _has_bare_tail(line, raw, g)


def _has_bare_tail(line: str, raw: RawDate, g: Grammar) -> bool:
    m = g.header_tail.match(line, raw.end)
    return m is not None and m.end() == len(line)


def _is_dateline(line: str, raw: RawDate, g: Grammar) -> bool:
    """A short line around a date near the top: a dateline, not a sentence that has a date."""
    if _ISO_TEXT.fullmatch(raw.text) or _is_whole_line(line, raw, g):
        return True
    if "@" in line or _QUOTE_SIGNATURE.match(line):  # "— Eva Roth (@evaroth) 3. März 2021"
        return False
    if line.rstrip().endswith((".", "!", "?", ":")) and not line.rstrip().endswith(raw.text):
        return False  # a short sentence, not a dateline
    return len(_WORD.findall(line[: raw.start] + " " + line[raw.end :])) <= DATELINE_WORDS


def _has_label(line: str, raw: RawDate, g: Grammar) -> bool:
    """'Veröffentlicht am' (a header_prefixes entry) right before the date."""
    m = g.header_head.match(line[: raw.start])
    return m is not None and m.end() == raw.start and any(c.isalpha() for c in line[: raw.start])


def _is_glued_header(line: str, raw: RawDate, g: Grammar) -> bool:
    """A date header that machine translation glued to the end of the previous paragraph."""
    before = line[: raw.start].rstrip()
    return bool(before) and before.endswith(_SENTENCE_END) and _has_bare_tail(line, raw, g)


def _is_lead_header(line: str, raw: RawDate, g: Grammar) -> bool:
    """'17. November: OpenAI feuert Altman' - a timeline entry that starts with its date."""
    head = g.header_head.match(line[: raw.start])
    if head is None or head.end() != raw.start:
        return False
    return re.match(r"\s*(?::|[–—-]\s)", line[raw.end :]) is not None


def _future_cued(line: str, raw: RawDate, g: Grammar) -> bool:
    rx = g.future_before
    return rx is not None and rx.search(line, max(0, raw.start - 40), raw.start) is not None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def text_date(lines: Sequence[str], lang: str, today: date | None = None) -> DateValue | None:
    """The publication date as far as the text itself tells; None without evidence.

    1. ``text:dateline``: among the first lines, an ISO date or a short line around a full date
       (the dateline of a crawled page: "KIEL, 03.05.2019 - 09:12 Uhr"). A dateline without a
       year ("26. Feb / 15:00") takes its year from the rules below (the most recent such
       day not after their date).
    2. ``text:latest-date``: the latest full date written in the text (articles quote the
       dates of tweets and events they report, and the newest is usually the day of
       publication), skipping dates announced as plans ("ab dem", "until") and dates after
       today. If a month-year is written that is newer ("im Mai 2024" after "6. August 2023"),
       that month wins (``text:latest-month``); if yearless days follow the latest full date
       closely (a running timeline), the last of them.
    3. ``text:weekday-year``: no year anywhere near the days: weekday + day-month pairs
       ("Donnerstagabend, 16. November") give the candidate years (``infer_year``); the
       earliest candidate not before the latest year the text mentions, and at most two
       years after it, wins ("Herbst 2022" -> 2023); without a year written there is no
       telling (candidates are years apart). The date is then the last day-month of the
       timeline.
    4. ``text:latest-month``: the latest month-year written.
    """
    g = grammar(lang)
    today = today or date.today()
    fulls: list[date] = []
    monthyears: list[tuple[int, int]] = []
    years: list[int] = []
    daymonths: list[tuple[int, int]] = []
    pairs: list[tuple[int, int, int]] = []
    seen = 0
    yearless: RawDate | None = None  # a dateline without a year
    for line in lines:
        raws = scan_dates(line, lang)
        if line.strip():
            seen += 1
        for raw in raws:
            if raw.template.mode not in _DATE_MODES:
                continue
            if (
                seen <= TOP_LINES
                and raw.month is not None
                and raw.day is not None
                and _is_dateline(line, raw, g)
            ):
                if raw.year is None:
                    if _CLOCK.search(line[raw.end :]) or _has_label(line, raw, g):
                        yearless = yearless or raw  # "26. Feb / 15:00", not a timeline header
                elif _valid(raw.year, raw.month, raw.day):
                    return DateValue(date(raw.year, raw.month, raw.day).isoformat(), "text:dateline")
            if _future_cued(line, raw, g):
                continue
            y, mo, d = raw.year, raw.month, raw.day
            if y is not None and mo is not None and d is not None:
                if date(y, mo, d) <= today + timedelta(days=1):
                    fulls.append(date(y, mo, d))
            elif y is not None and mo is not None:
                monthyears.append((y, mo))
            elif y is not None:
                years.append(y)
            elif mo is not None and d is not None:
                daymonths.append((mo, d))
                if raw.weekday is not None:
                    pairs.append((d, mo, raw.weekday))
    years = [y for y in years if y <= today.year]
    value = _evidence_date(fulls, monthyears, years, daymonths, pairs, today)
    if yearless is not None and value is not None:
        dated = resolve(RawDate(0, 0, "", _PAST, yearless.day, yearless.month), value)
        if dated is not None:
            return DateValue(dated.iso, "text:dateline")
    return value


def _evidence_date(
    fulls: list[date],
    monthyears: list[tuple[int, int]],
    years: list[int],
    daymonths: list[tuple[int, int]],
    pairs: list[tuple[int, int, int]],
    today: date,
) -> DateValue | None:
    latest_month = max((my for my in monthyears if my <= (today.year, today.month)), default=None)
    if fulls:
        best = max(fulls)
        if latest_month is not None and latest_month > (best.year, best.month):
            return DateValue(f"{latest_month[0]:04d}-{latest_month[1]:02d}", "text:latest-month")
        follow = [
            date(best.year, mo, d)
            for mo, d in daymonths
            if _valid(best.year, mo, d) and best < date(best.year, mo, d) <= best + TIMELINE_SLACK
        ]
        return DateValue(max([best, *follow]).isoformat(), "text:latest-date")
    if pairs:
        value = _weekday_year_date(pairs, daymonths, years + [y for y, _ in monthyears], today)
        if value is not None:
            return value
    if latest_month is not None:
        return DateValue(f"{latest_month[0]:04d}-{latest_month[1]:02d}", "text:latest-month")
    return None


def _weekday_year_date(
    pairs: list[tuple[int, int, int]], daymonths: list[tuple[int, int]], years: list[int], today: date
) -> DateValue | None:
    votes = Counter(y for d, mo, wd in pairs for y in infer_year(d, mo, wd))
    if not votes:
        return None
    top = max(votes.values())
    candidates = sorted(y for y, c in votes.items() if c == top and y <= today.year)
    if not candidates:
        return None
    floor = max(years, default=None)
    after = [y for y in candidates if floor is not None and floor <= y <= floor + WEEKDAY_YEAR_SLACK]
    if not after:
        return None
    year = min(after)
    dated = [date(year, mo, d) for d, mo, _ in pairs if _valid(year, mo, d)]
    last = max(dated) + TIMELINE_SLACK
    days = [date(year, mo, d) for mo, d in daymonths if _valid(year, mo, d)]
    best = max(x for x in days if x <= last)
    return DateValue(best.isoformat(), "text:weekday-year")


def document_date(doc: Document, sentences_text: Sequence[str] | str, lang: str) -> DateValue | None:
    """The document's publication date: metadata first (``doc.published``, normalized), else
    what the text tells (``text_date``: dateline, latest full date, weekday+day pairs).

    ``sentences_text`` is the document's lines or sentences (or the whole text).
    """
    if doc.published:
        value = normalize_date(doc.published, lang)
        if value is not None:
            return value
    lines = sentences_text.splitlines() if isinstance(sentences_text, str) else list(sentences_text)
    return text_date(lines, lang)


def section_dates(lines: Sequence[str], lang: str, anchor: DateValue | None = None) -> list[DateValue | None]:
    """For each line, the date of the timeline section it is in (None before any header).

    A header is a line that is a date ("Samstag, 18. November Ortszeit"), a line that starts
    with a date and a colon or dash ("17. November: ..."), or a day-month date glued after
    the last sentence of a line ("... wurde bestätigt. Dienstag, 7. März, Ortszeit");
    the glued kind applies from the next line on. Yearless headers are resolved against
    ``anchor``, or against the date the lines themselves give (``text_date``).
    """
    g = grammar(lang)
    if anchor is None:
        anchor = text_date(lines, lang)
    out: list[DateValue | None] = []
    current: DateValue | None = None
    for line in lines:
        raws = [r for r in scan_dates(line, lang) if (r.template.mode in _DATE_MODES and r.year) or r.month]
        new: tuple[RawDate, bool] | None = None  # (header, applies to this line too)
        if raws:
            first, last = raws[0], raws[-1]
            if _is_whole_line(line, first, g) or _is_lead_header(line, first, g):
                new = (first, True)
            elif last.day is not None and last.month is not None and _is_glued_header(line, last, g):
                new = (last, False)
        if new is not None and new[1]:
            current = _header_value(new[0], anchor)
        out.append(current)
        if new is not None and not new[1]:
            current = _header_value(new[0], anchor)
    return out


def _header_value(raw: RawDate, anchor: DateValue | None) -> DateValue | None:
    value = resolve(raw, anchor)
    return None if value is None else DateValue(value.iso, f"section:{value.how}")
