"""Stroomschema 3.1.6, the 4 stappen and the overview: content without JS, the choice ‘Wat zegt
het gezin?’ by mouse, keyboard and URL, print on one sheet, and validation of the data."""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from conftest import ROOT
from recorder import Recorder

PAGE = "werkmateriaal/stroomschema.html"
# The figure's wording as the issue gives it (from the handreiking), written out here on purpose.
LABELS = [
    "Wie?",
    "Ja!",
    "Ja, maar...",
    "Nee!",
    "Jongere/gezin vraagt netwerk",
    "Gesprek over (on)mogelijkheden van netwerk",
    "Coöperatief samenwerken jongere/gezin, netwerk en formele hulp",
]
UTTERANCES = [
    "Ik weet iemand en mijn ouders ondersteunen mijn keuze",
    "Ik denk dat ik iemand weet, maar...",
    "Ja, maar ik weet niet of...",
    "Ik weet niemand",
    "Ik wil niemand vragen",
    "Ik kan niemand vragen",
]
QUESTIONS = [
    "Welk dilemma zit erachter?",
    "Waar wordt over getwijfeld?",
    "Wat kan niet gezegd worden?",
    "Waar heeft men last van?",
    "Waardoor ontstaat stagnatie?",
]
REACTIONS = {"ja": "Ja!", "ja-maar": "Ja, maar...", "nee": "Nee!"}


def pdf_page_count(pdf: Path) -> int:
    """Number of pages of a PDF (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def test_without_javascript_everything_is_there(browser: Browser, base_url: str) -> None:
    """No JS: every label, utterance and follow-up question shows, and all three follow-ups too."""
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(base_url + PAGE)
    figure = page.locator("figure.stroomschema")
    for text in LABELS + UTTERANCES + QUESTIONS:
        expect(figure.get_by_text(text, exact=False).first).to_be_visible()
    expect(page.get_by_text("Bewerking van dia uit JIM-training")).to_be_visible()
    expect(page.get_by_text("Zo lees je het schema")).to_be_visible()
    for label in REACTIONS.values():
        expect(page.get_by_role("heading", name=f"Het gezin zegt: {label}")).to_be_visible()
    expect(page.locator(".ss-keuze")).to_be_hidden()  # the choice needs the script
    context.close()


def assert_path(page: Page, chosen: str) -> None:
    """The chosen reaction's box says it is on the path, the other reactions' boxes do not;
    only its follow-up is shown; the URL and the announcement name it."""
    for rid, label in REACTIONS.items():
        box = page.locator(f"#ss-{rid}")
        panel = page.get_by_role("heading", name=f"Het gezin zegt: {label}")
        if rid == chosen:
            expect(box.get_by_text("op dit pad")).to_be_visible()
            expect(panel).to_be_visible()
        else:
            expect(box.get_by_text("op dit pad")).to_be_hidden()
            expect(panel).to_be_hidden()
    assert page.evaluate("location.hash") == f"#{chosen}"
    expect(page.locator(".ss-melding")).to_contain_text(REACTIONS[chosen])


def test_choose_each_reaction_by_click_and_keyboard(page: Page, base_url: str) -> None:
    """Click and arrow keys choose a reaction; each shows its own path and follow-up; axe clean in all four states."""
    recorder = Recorder(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + PAGE, wait_until="networkidle")
    assert axe_violations(page) == []  # state 1: nothing chosen, everything shown
    nee_panel = page.get_by_role("heading", name="Het gezin zegt: Nee!")
    expect(nee_panel).to_be_visible()
    for rid, label in REACTIONS.items():
        page.locator(".ss-keuze label", has_text=label).click()
        assert_path(page, rid)
        assert axe_violations(page) == [], rid
    # The Nee path leads to the conversation with the five questions, not the Ja path's start.
    expect(page.locator("#ss-gesprek").get_by_text("op dit pad")).to_be_visible()
    expect(page.locator("section#nee")).to_contain_text("Waardoor ontstaat stagnatie?")
    # Keyboard: from "Alle reacties" the arrow keys walk through the reactions.
    page.locator(".ss-keuze label", has_text="Alle reacties").click()
    expect(nee_panel).to_be_visible()
    page.locator("#ss-kies-alles").focus()
    for rid in REACTIONS:
        page.keyboard.press("ArrowRight")
        assert_path(page, rid)
    assert recorder.errors == []


def test_opening_nee_directly_shows_the_nee_path(page: Page, base_url: str) -> None:
    """A trainer's link …#nee opens with Nee chosen."""
    page.goto(base_url + PAGE + "#nee", wait_until="networkidle")
    expect(page.locator("#ss-kies-nee")).to_be_checked()
    for rid, label in REACTIONS.items():
        box = page.locator(f"#ss-{rid}")
        panel = page.get_by_role("heading", name=f"Het gezin zegt: {label}")
        if rid == "nee":
            expect(box.get_by_text("op dit pad")).to_be_visible()
            expect(panel).to_be_visible()
        else:
            expect(box.get_by_text("op dit pad")).to_be_hidden()
            expect(panel).to_be_hidden()


def test_flowchart_and_overview_each_print_on_one_sheet(page: Page, base_url: str, tmp_path: Path) -> None:
    """Print media: the flowchart page asks for and fits one A4 landscape page, the overview one
    A4 portrait page (each page's own CSS chooses the paper, as a browser's print dialog does)."""
    page.emulate_media(media="print")
    page.goto(base_url + PAGE, wait_until="networkidle")
    chart = tmp_path / "stroomschema.pdf"
    page.pdf(path=str(chart), prefer_css_page_size=True)
    assert pdf_page_count(chart) == 1
    assert pdf_page_size(chart) == "841.92 x 594.96"  # A4 landscape
    text = subprocess.run(["pdftotext", str(chart), "-"], capture_output=True, text=True, check=True).stdout
    assert "Waardoor ontstaat stagnatie?" in text and "Coöperatief" in text
    page.goto(base_url + "werkmateriaal/in-een-oogopslag.html", wait_until="networkidle")
    overview = tmp_path / "oogopslag.pdf"
    page.pdf(path=str(overview), prefer_css_page_size=True)
    assert pdf_page_count(overview) == 1
    assert pdf_page_size(overview) == "594.96 x 841.92"  # A4 portrait


def pdf_page_size(pdf: Path) -> str:
    """Width x height of a PDF's first page in points (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return info.split("Page size:", 1)[1].split("pts", 1)[0].strip()


def test_pocket_card_and_step_component_come_from_the_deck(site: Path) -> None:
    """Chapter 2 and the 4-stappen page show the steps; the pocket card PDF has a front and a back."""
    for page in ("handreiking/2-het-appel.html", "werkmateriaal/4-stappen.html"):
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        steps = [li.get_text(" ", strip=True) for li in soup.select(".stappen > ol > li")]
        assert [s.split()[0] for s in steps] == ["Herken", "Overweeg", "Bespreek", "Verleg"], page
        assert "Ben ik de enige/juiste persoon om het te doen?" in steps[1]
    pdf = site / "werkmateriaal" / "pdf" / "4-stappen-zakkaart.pdf"
    assert pdf_page_count(pdf) == 2
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")[
        :2
    ]
    front, back = (" ".join(p.split()) for p in pages)  # lines fold as the card is narrow
    assert "Verleg het appèl" in front and "Wie kan hierover met je meedenken?" not in front
    assert "Wie kan hierover met je meedenken?" in back


def test_overview_links_every_part_to_its_chapter(site: Path) -> None:
    """The overview has the five parts, each with a link into the handreiking; tools of Bijlage I listed."""
    soup = BeautifulSoup((site / "werkmateriaal" / "in-een-oogopslag.html").read_text(encoding="utf-8"), "html.parser")
    parts = soup.select(".oo-deel")
    assert len(parts) == 5
    for part in parts:
        assert part.select_one("a[href*='handreiking/']"), part.h2.get_text()
    text = soup.select_one(".oogopslag").get_text(" ")
    for tool in ("Mobility mapping", "Waarde interview", "Olievlek", "onwetende passant", "Verleg het appèl", "Nee!"):
        assert tool in text


def test_script_is_small() -> None:
    """The handout's script stays well under 15 KB gzip."""
    data = (ROOT / "handreiking" / "hulpmiddelen" / "stroomschema" / "stroomschema.js").read_bytes()
    assert len(gzip.compress(data, 9)) < 15_000


def test_each_reaction_leads_to_card_decks_that_exist(site: Path) -> None:
    """Each reaction's "Lees verder" names card decks, and each link lands on a deck of the card page."""
    soup = BeautifulSoup((site / "werkmateriaal" / "stroomschema.html").read_text(encoding="utf-8"), "html.parser")
    cards = BeautifulSoup((site / "werkmateriaal" / "vraagkaarten.html").read_text(encoding="utf-8"), "html.parser")
    for reaction in ("ja", "ja-maar", "nee"):
        panel = soup.find(id=reaction)
        links = [a for a in panel.select(".ss-verder a") if "vraagkaarten.html#stapel-" in a["href"]]
        assert links, f"{reaction}: geen vraagkaarten"
        for link in links:
            deck = cards.find(id=link["href"].split("#")[1])
            assert deck is not None and link.get_text().removeprefix("Vraagkaarten: ") in deck.get_text(), link


def test_another_anchor_keeps_the_choice(page: Page, base_url: str) -> None:
    """Following a heading's permalink after choosing a reaction does not undo the choice."""
    page.goto(base_url + "werkmateriaal/stroomschema.html", wait_until="networkidle")
    page.get_by_role("radio", name="Nee!").check()
    page.evaluate("location.hash = document.querySelector('article h1').id")
    page.wait_for_function("location.hash.length > 1")
    expect(page.get_by_role("radio", name="Nee!")).to_be_checked()
    expect(page.locator("#nee")).to_be_visible()
    expect(page.locator("#ja")).to_be_hidden()
