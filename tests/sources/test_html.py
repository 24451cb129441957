"""HTML pages: trafilatura's main text, title and metadata date."""

from __future__ import annotations

from pathlib import Path

from orgwatch.model import Document
from orgwatch.sources import Skip, iter_documents

PAGE = """<html><head><title>Examplix names a new chief</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Examplix names a new chief</h1>
<p>Anna Berg was appointed chief executive of Examplix on Monday, the company said.</p>
<p>She succeeds Ben Ode, who led the firm for nine years and now joins its board.</p>
</article><footer>Copyright Examplix News</footer></body></html>"""


def test_html_gives_main_text_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (doc,) = iter_documents([tmp_path])
    assert isinstance(doc, Document)
    assert doc.id == "page.html"
    assert "Anna Berg was appointed chief executive of Examplix" in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Examplix names a new chief"
    assert doc.published == "2024-03-05"


def test_html_without_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "blank.htm").write_text("<html><body></body></html>", encoding="utf-8")
    (item,) = iter_documents([tmp_path])
    assert isinstance(item, Skip) and "no article text" in item.reason
