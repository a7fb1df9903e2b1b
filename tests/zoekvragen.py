"""Everyday search queries, typed as a person on a phone would, and the section that must come first.

Shared by tests/test_zoeken.py (asserts every one) and scripts/zoekmeting.py (measures first-place
and top-3 rates of any built site, e.g. bare Material). The helpers listen to the messages between
Material's search UI and its worker, so a query is read once its own result has arrived."""

from __future__ import annotations

from playwright.sync_api import Page, expect

# (query as typed, location of the section or page that must be the first hit, or a tuple of them)
QUERIES: list[tuple[str, str | tuple[str, ...]]] = [
    # from the issue
    ("wie-vraag", "handreiking/3-netwerk-en-wie-vraag.html"),
    ("wie vraag", "handreiking/3-netwerk-en-wie-vraag.html"),
    ("appel", "handreiking/2-het-appel.html"),
    ("grootste last", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-2"),
    ("veiligheidscirkels", "werkmateriaal/veiligheidscirkels.html"),
    ("geen netwerk", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-4"),
    ("ja maar", "werkmateriaal/stroomschema.html"),
    ("stop met redden", "handreiking/2-het-appel.html#paragraaf-2-1"),
    ("4 stappen", "werkmateriaal/4-stappen.html"),
    ("olievlek", "handreiking/bijlage-1-family-finding.html#olievlek"),
    ("3.1.4", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-4"),
    ("reunie", "handreiking/bijlage-1-family-finding.html#familie-en-netwerkreunie"),
    # section numbers
    ("paragraaf 3.1.4", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-4"),
    ("paragraaf 2.5", "handreiking/2-het-appel.html#paragraaf-2-5"),
    ("3.2.1", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-2-1"),
    ("hoofdstuk 4", "handreiking/4-onveilige-situaties.html"),
    ("bijlage 2", "handreiking/bijlage-2-wie-vragen.html"),
    # parts of compounds
    ("cirkels", "werkmateriaal/veiligheidscirkels.html"),
    ("netwerkreunie", "handreiking/bijlage-1-family-finding.html#familie-en-netwerkreunie"),
    ("netwerkberaad", "handreiking/2-het-appel.html#paragraaf-2-2"),
    ("beraad", "handreiking/2-het-appel.html#paragraaf-2-2"),
    # not flooded by the many compounds with netwerk: a chapter with netwerk in its title comes first
    (
        "netwerk",
        (
            "handreiking/3-netwerk-en-wie-vraag.html",
            "handreiking/4-onveilige-situaties.html",
            "handreiking/5-interculturele-aspecten.html",
        ),
    ),
    ("proces keten", "handreiking/2-het-appel.html#paragraaf-2-3"),
    ("groepsplan", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-2-5"),
    # headings and handouts
    # the genogram worksheet, like the veiligheidscirkels, carries the tool's name; it opens with 3.2.1's text
    ("genogram", ("werkmateriaal/genogram.html", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-2-1")),
    ("ecogram", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-2-2"),
    ("jim praatplaat", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-2-4"),
    ("epistemisch vertrouwen", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-3"),
    ("niet wetende houding", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-1"),
    ("slechte invloed", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-5"),
    ("mobility mapping", "handreiking/bijlage-1-family-finding.html#mobility-mapping"),
    ("biggest unmet needs", "handreiking/bijlage-1-family-finding.html#formuleren-van-biggest-unmet-needs"),
    ("hoeveel mensen interview", "handreiking/bijlage-1-family-finding.html#hoeveel-mensen-interview"),
    ("juiste mensen aan tafel", "handreiking/4-onveilige-situaties.html#paragraaf-4-2"),
    ("gedeeld dilemma", "handreiking/4-onveilige-situaties.html#paragraaf-4-1"),
    ("interculturele aspecten", "handreiking/5-interculturele-aspecten.html"),
    ("favoriete wie-vragen", "handreiking/bijlage-2-wie-vragen.html"),
    ("stroomschema", "werkmateriaal/stroomschema.html"),
    ("vraagkaarten", "werkmateriaal/vraagkaarten.html"),
    ("zakkaart", "werkmateriaal/4-stappen.html#zakkaart"),
    ("in een oogopslag", "werkmateriaal/in-een-oogopslag.html"),
    ("werkbladen", "werkmateriaal/family-finding-werkbladen.html"),
    ("loyaliteit", "handreiking/3-netwerk-en-wie-vraag.html#paragraaf-3-1-6"),
    # a footnote or a literature list never before the chapter about it (issue 3.5)
    (
        "vluchteling",
        (
            "handreiking/5-interculturele-aspecten.html",
            "handreiking/5-interculturele-aspecten.html#paragraaf-5-1",
            "handreiking/5-interculturele-aspecten.html#paragraaf-5-2",
        ),
    ),
    # (chapter 1 states the aim, "het aanboren van de eigen kracht in het gezin"; 2.1 and 2.2 work it out)
    (
        "eigen kracht",
        (
            "handreiking/1-doel.html",
            "handreiking/2-het-appel.html#paragraaf-2-1",
            "handreiking/2-het-appel.html#paragraaf-2-2",
        ),
    ),
]

# Installed before the page's own scripts: records each query sent to the search worker and the
# locations of its result, best score first (the worker answers in order, so answer i belongs to query i).
LISTEN = """(() => {
  const Original = window.Worker;
  const log = window.__zoeken = {sent: [], got: []};
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ev => {
        const items = ev.data && ev.data.data && ev.data.data.items;
        // The first group holds the best hit; an article that did not match itself has score 0.
        if (Array.isArray(items)) log.got.push(items.flat().filter(doc => doc.score > 0)
          .sort((a, b) => b.score - a.score).map(doc => doc.location));
      });
    }
    postMessage(message, ...rest) {
      if (message && typeof message.data === "string") log.sent.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
})();"""


def expected_set(expected: str | tuple[str, ...]) -> tuple[str, ...]:
    """The acceptable first hits."""
    return (expected,) if isinstance(expected, str) else expected


def rank(expected: str | tuple[str, ...], hits: list[str]) -> int | None:
    """1-based rank of the first acceptable hit, None when none was found."""
    found = [i for i, hit in enumerate(hits, 1) if hit in expected_set(expected)]
    return found[0] if found else None


def open_search(page: Page, url: str) -> None:
    """Load a page with the listener installed and wait until the search index is ready."""
    page.add_init_script(LISTEN)
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()  # a click starts the search (index and worker load on request)
    expect(box).to_be_focused()


def ranked(page: Page, query: str) -> list[str]:
    """Type the query (replacing the previous one); the matching sections and pages, best score first."""
    box = page.locator("input.md-search__input")
    box.press("Control+a")
    box.press_sequentially(query)
    page.wait_for_function(
        """q => { const l = window.__zoeken; const i = l.sent.lastIndexOf(q);
                  return i >= 0 && l.got.length > i && l.got.length === l.sent.length; }""",
        arg=query,
    )
    return page.evaluate("q => window.__zoeken.got[window.__zoeken.sent.lastIndexOf(q)]", query)
