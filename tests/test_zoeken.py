"""Site search for Dutch (overrides/assets/javascripts/lunr/min/lunr.nl.min.js, plugins.search.separator):
everyday queries, typed as a person would, find their section first; results open the section."""

from __future__ import annotations

import re
from pathlib import Path

import material
from playwright.sync_api import Page, expect

from recorder import Recorder
from zoekvragen import QUERIES, expected_set, open_search, rank, ranked

MATERIAL = Path(material.__file__).resolve().parent / "templates" / "assets" / "javascripts"


def test_everyday_queries_find_their_section_first(page: Page, base_url: str) -> None:
    """Each query of tests/zoekvragen.py, typed in Material's search box, has its section as first hit."""
    recorder = Recorder(page)
    open_search(page, base_url + "index.html")
    wrong = []
    for query, expected in QUERIES:
        hits = ranked(page, query)
        if rank(expected, hits) != 1:
            wrong.append(f"{query!r}: verwacht {expected_set(expected)[0]}, eerste {hits[:3]}")
    assert not wrong, f"{len(wrong)} van {len(QUERIES)} zoekvragen vinden hun sectie niet als eerste:\n" + "\n".join(
        wrong
    )
    assert recorder.errors == [], recorder.errors


def test_stop_words_with_meaning_stay_and_accents_fold(page: Page, base_url: str) -> None:
    """ "geen", "niet", "wie", "nee" are searchable; "reünie" = "reunie"; "netwerk" is not flooded."""
    open_search(page, base_url + "index.html")
    for word in ("geen", "niet", "wie", "nee", "maar"):
        assert ranked(page, word), f"{word!r} vindt niets: het is weer een stopwoord"
    assert ranked(page, "reünie")[0] == ranked(page, "reunie")[0]
    # Compound parts do not flood: the chapters with netwerk in their title come before the compounds.
    chapters = {
        "handreiking/3-netwerk-en-wie-vraag.html",
        "handreiking/4-onveilige-situaties.html",
        "handreiking/5-interculturele-aspecten.html",
    }
    assert set(ranked(page, "netwerk")[:3]) == chapters


def test_search_result_opens_the_section_from_file(page: Page, site: Path) -> None:
    """Opened from disk (iframe-worker), a compound part finds its page and a result opens its section."""
    recorder = Recorder(page)
    page.goto((site / "index.html").as_uri())
    box = page.locator("input.md-search__input")
    box.click()
    expect(box).to_be_focused()
    box.press_sequentially("cirkels", delay=20)
    first = page.locator(".md-search-result__item").first
    expect(first.locator("a").first).to_have_attribute("href", re.compile(r"werkmateriaal/veiligheidscirkels\.html"))
    box.press("Control+a")
    box.press_sequentially("olievlek", delay=20)
    link = page.locator('.md-search-result__item a[href*="#olievlek"]').first
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile(r"^file://.*bijlage-1-family-finding\.html\?h=olievlek#olievlek$"))
    expect(page.locator("h2#olievlek")).to_be_in_viewport()
    assert recorder.outside("file://") == []
    assert recorder.errors == [], recorder.errors


def test_material_worker_still_loads_our_dutch_file() -> None:
    """Material's worker imports lunr.<lang>.min.js for lang nl and bundles lunr 2.3.9 (whose builder
    and query our file extends); after a Material upgrade this names what to check."""
    worker = next((MATERIAL / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")
    assert "/min/lunr." in worker and "lunr.stemmer.support.min.js" in worker, (
        "Materials zoekworker laadt lunr.<taal>.min.js niet meer zo; overrides/assets/javascripts/lunr/min/"
        "lunr.nl.min.js wordt dan niet gebruikt. Zoek uit hoe de worker talen laadt."
    )
    assert '"2.3.9"' in worker, (
        "Material bundelt een andere lunr dan 2.3.9; lunr.nl.min.js gebruikt de interne Builder "
        "(invertedIndex, fieldTermFrequencies) en Index.query: controleer die en de zoektests."
    )


def test_the_first_tap_on_search_lets_the_reader_type_before_material_has_loaded(page: Page, base_url: str) -> None:
    """On a slow line Material's bundle comes after the page: one tap on the search icon opens the bar with
    the cursor in the field (it needed a second tap), and once the bundle is there the search answers."""
    held = []  # Material's bundle is held back (a slow line) until the test lets it through
    page.route(re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda route: held.append(route))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "index.html", wait_until="domcontentloaded")
    expect(page.locator("html")).to_have_attribute("data-bundel", "laden")
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    page.keyboard.type("appèl")
    expect(box).to_have_value("appèl")
    assert held, "Materials bundel is niet gevraagd"
    held[0].continue_()
    expect(page.locator("html")).to_have_attribute("data-bundel", "geladen", timeout=15_000)
    box.press("End")
    page.keyboard.type(" ")
    expect(page.locator(".md-search-result__item a").first).to_be_visible(timeout=15_000)
