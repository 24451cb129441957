"""What a person sees: Debian's Chromium, driven by Playwright, against a live server with the seeds.

Screenshots go to test-artifacts/ (kept by CI as artifacts, ignored by git).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from seeded import gold_evidence
from services import CHROMIUM_ARGS, live_server

from orgwatch.interfaces.api import create_app
from orgwatch.model import Claim, Document
from orgwatch.store import DocMeta, Store

# Pages wait on whole-store graph computations: generous on a loaded 2-core CI machine.
expect.set_options(timeout=20_000)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
HOSTILE = '<img src=x onerror="window.__xss=1">Mallory</b>'


@pytest.fixture(scope="module")
def site(seeded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds, plus one article whose names and quote are HTML, to check escaping."""
    path = tmp_path_factory.mktemp("web") / "store.db"
    shutil.copy(seeded_url.removeprefix("sqlite:///"), path)
    quote = f"{HOSTILE} joined <script>window.__xss=2</script>Evilcorp."
    with Store(f"sqlite:///{path}") as store:
        doc = Document(id="hostile.txt", text=quote, source="test", url="javascript:window.__xss=3")
        claim = Claim(
            doc_id=doc.id, type="joins", subject=HOSTILE, object="<b>Evilcorp</b>", role=None,
            date="2024-01-02", status="happened", evidence=quote, start=0, end=len(quote), lang="en",
        )  # fmt: skip
        store.add(doc, DocMeta("en", None), [claim])
        with live_server(create_app(store)) as base:
            httpx.get(f"{base}/api/stories", timeout=120).raise_for_status()  # loads the sentence encoder
            yield base


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page; its screenshot is saved under the test's name, pass or fail."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-US")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def test_search_leads_to_the_person(site: str, page: Page) -> None:
    page.goto(site)
    expect(page.get_by_role("heading", name="Stories")).to_be_visible()
    page.get_by_role("searchbox").fill("altman")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Sam Altman").click()
    expect(page).to_have_url(re.compile(r"/person/Sam%20Altman$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam Altman")


def test_person_page_shows_the_dismissal_with_its_german_quote(site: str, page: Page) -> None:
    page.goto(f"{site}/person/Sam%20Altman")
    event = page.locator("li.event", has_text="dismissed").filter(has_text="2023-11-17")
    expect(event).to_have_count(1)
    expect(event.locator(".when")).to_have_text("2023-11-17")
    expect(event.locator(".badge")).to_have_text("happened")
    expect(event.locator("blockquote")).to_have_text(gold_evidence("001", "dismissed", "Sam Altman"))
    expect(event.locator("blockquote")).to_have_attribute("lang", "de")
    expect(event.locator(".lang")).to_have_text("DE")
    expect(event.get_by_role("link", name="4 sources")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Also named: Ultraman")
    roles = page.locator("table.roles tbody tr")
    expect(roles.filter(has_text="ceo").filter(has_text="OpenAI")).to_have_count(1)
    for event in page.locator("li.event").all():
        expect(event.locator(".badge")).to_have_text(re.compile(r"^(happened|planned|rumored|denied)$"))


def test_organization_page_shows_people_and_flows(site: str, page: Page) -> None:
    page.goto(f"{site}/org/OpenAI")
    expect(page.get_by_role("heading", level=1)).to_contain_text("OpenAI")
    flows = page.locator("svg.flows")
    expect(flows.locator("text", has_text="Anthropic")).to_have_count(1)
    expect(flows.locator("path.band.out").first).to_be_visible()
    expect(page.locator("svg.bars rect.bar").first).to_be_visible()
    out = page.locator("h2:has-text('People out') + table tbody tr", has_text="John Schulman")
    expect(out.first).to_contain_text("Anthropic")


def test_fact_page_lists_every_source(site: str, page: Page) -> None:
    page.goto(f"{site}/person/Sam%20Altman")
    page.locator("li.event", has_text="dismissed").get_by_role("link", name="4 sources").click()
    expect(page.get_by_role("heading", name="4 sources")).to_be_visible()
    sources = page.locator("ul.evidence > li")
    expect(sources).to_have_count(4)
    for i in range(4):
        expect(sources.nth(i).locator(".lang")).to_have_text(re.compile(r"^[A-Z]{2}$"))
        expect(sources.nth(i).locator("blockquote")).not_to_be_empty()
    sources.first.get_by_role("link", name="001_594bf44d715ea5fd.txt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("001_594bf44d715ea5fd.txt")


def test_story_page_groups_an_article_with_its_translation(site: str, page: Page) -> None:
    page.goto(site)
    page.locator("ul.stories").get_by_role("link", name="000_5aa39e69270f6084.txt").click()
    docs = page.locator("ul.docs li")
    expect(docs).to_have_count(2)
    expect(docs.nth(0)).to_contain_text("000_5aa39e69270f6084.txt")
    expect(docs.nth(1)).to_contain_text("003_7b307c7fb72fabcf.txt")
    expect(docs.nth(1).locator(".lang")).to_have_text("IT")
    expect(page.locator("ul.facts li", has_text="John Schulman leaves OpenAI")).to_have_count(1)


def test_text_from_articles_is_shown_never_run(site: str, page: Page) -> None:
    page.goto(site + "/?q=Mallory")
    page.get_by_role("link", name=HOSTILE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HOSTILE)
    expect(page.locator("blockquote").first).to_contain_text("<script>window.__xss=2</script>")
    page.goto(f"{site}/doc/hostile.txt")
    expect(page.get_by_role("heading", level=1)).to_have_text("hostile.txt")
    expect(page.get_by_role("link", name="original")).to_have_count(0)  # a javascript: URL is no link
    assert page.evaluate("window.__xss") is None
    assert page.locator("main img, main script").count() == 0
