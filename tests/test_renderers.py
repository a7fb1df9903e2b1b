"""Renderers and adapters on the model, without a build: macros as a generator calls them,
relative links, text that stays text, footnote numbers."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import markdown
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT

sys.path.insert(0, str(ROOT))
import macros  # noqa: E402
from handreiking.hulpmiddelen.vraagkaarten.vraagkaarten import kaarttekst  # noqa: E402
from handreiking.kern import voetnoten  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.kern.links import href_from, source_of  # noqa: E402
from handreiking.kern.stapels import Groep, Kaart  # noqa: E402
from handreiking.model import instellingen, laad  # noqa: E402

MODEL = laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml")))


@dataclass
class FakePage:
    """What Zensical's page object offers the macros: url, path, meta."""

    url: str
    path: str = ""
    meta: dict = field(default_factory=dict)


@dataclass
class FakeEnv:
    """The part of a macros environment the adapter may use: variables, page, macro()."""

    page: FakePage
    variables: dict[str, Any] = field(default_factory=dict)
    macros: dict[str, Callable] = field(default_factory=dict)

    def macro(self, function: Callable, name: str = "") -> Callable:
        """Register a macro."""
        self.macros[name or function.__name__] = function
        return function


def macro_env(url: str) -> FakeEnv:
    """The macros registered for a page at `url`, with only `extra` among the variables (as Zensical has)."""
    config = read_config(ROOT / "mkdocs.yml")
    env = FakeEnv(
        page=FakePage(url=url),
        variables={"config": {"site_name": config["site_name"], "extra": config["extra"]}, "organisatie": {}},
    )
    macros.define_env(env)
    return env


def test_macros_render_with_only_the_page_url_and_name_the_page_in_errors() -> None:
    """A chapter's question list renders from the deck; an unknown deck names the page and the call."""
    env = macro_env("handreiking/3-netwerk-en-wie-vraag.html")
    items = [
        li.get_text(strip=True)
        for li in BeautifulSoup(env.macros["vragenlijst"]("vertrouwen"), "html.parser").select("li")
    ]
    assert items == [card.tekst for card in MODEL.stapels["vertrouwen"].kaarten]
    with pytest.raises(
        DataFout,
        match=r"docs/handreiking/3-netwerk-en-wie-vraag.md: vragenlijst\(\"vertrouwe\"\): "
        r"onbekende stapel 'vertrouwe'",
    ):
        env.macros["vragenlijst"]("vertrouwe")


def test_links_are_relative_to_the_page_they_are_on() -> None:
    """The same link target gives ../ from a chapter and nothing extra from the home page (subpath and file://)."""
    chapter = BeautifulSoup(
        macro_env("handreiking/3-netwerk-en-wie-vraag.html").macros["stroomschema"](interactief=True), "html.parser"
    )
    home = BeautifulSoup(macro_env("index.html").macros["stroomschema"](interactief=True), "html.parser")
    chapter_links = {a["href"] for a in chapter.select("a[href]")}
    assert chapter_links and all(not h.startswith(("/", "http")) for h in chapter_links)
    assert "../werkmateriaal/vraagkaarten.html#stapel-vervolgvragen" in chapter_links
    assert "werkmateriaal/vraagkaarten.html#stapel-vervolgvragen" in {a["href"] for a in home.select("a[href]")}
    assert (
        href_from("werkmateriaal/x.html")("handreiking/2-het-appel.md#paragraaf-2-5")
        == "../handreiking/2-het-appel.html#paragraaf-2-5"
    )
    assert (
        source_of("handreiking/2-het-appel.html") == "docs/handreiking/2-het-appel.md"
        and source_of("") == "docs/index.md"
    )


def test_card_text_in_a_paragraph_is_text_never_markup() -> None:
    """A card whose wording contains markup is escaped where a chapter quotes it."""
    env = macro_env("handreiking/bijlage-1-family-finding.html")
    card = next(c for d in MODEL.stapels.values() for c in d.kaarten if c.id == "ff-waarde")
    assert str(env.macros["kaarttekst"]("ff-waarde")) == card.tekst.replace("'", "&#39;").replace('"', "&#34;")
    hostile = replace(
        MODEL.stapels["vertrouwen"], groepen=(Groep(titel="", kaarten=(Kaart("x", "<b>vet</b>?", "vertrouwen"),)),)
    )
    model = replace(MODEL, stapels={"vertrouwen": hostile})
    assert str(kaarttekst(model, "x", "test")) == "&lt;b&gt;vet&lt;/b&gt;?"


def test_footnotes_keep_the_source_numbers_in_text_list_and_back_link() -> None:
    """[^6] shows as 6 in the text, the list starts at 6 and the back link says 'voetnoot 6'."""
    html = markdown.markdown(
        "Een[^6] en twee[^7].\n\n[^6]: Zes.\n[^7]: Zeven.\n",
        extensions=["footnotes", "handreiking.kern.voetnoten"],
        extension_configs={"footnotes": {"BACKLINK_TITLE": "Terug naar voetnoot %d in de tekst"}},
    )
    soup = BeautifulSoup(html, "html.parser")
    assert [a.get_text() for a in soup.select("a.footnote-ref")] == ["6", "7"]
    assert soup.select_one(".footnote ol")["start"] == "6"
    assert [a["title"] for a in soup.select("a.footnote-backref")] == [
        "Terug naar voetnoot 6 in de tekst",
        "Terug naar voetnoot 7 in de tekst",
    ]


def test_footnotes_with_a_gap_stop_the_build_naming_the_page() -> None:
    """Labels 3 and 5 cannot be the source's numbers: the MkDocs hook stops the build and names the page."""
    html = markdown.markdown(
        "Een[^3] en twee[^5].\n\n[^3]: Drie.\n[^5]: Vijf.\n", extensions=["footnotes", "handreiking.kern.voetnoten"]
    )
    assert "voetnoten 3, 5 lopen niet op zonder gaten" in voetnoten.problem(html)
    from mkdocs.exceptions import PluginError

    hook = _load_hook()
    page = type("Page", (), {"file": type("File", (), {"src_uri": "noten.md"})()})()
    with pytest.raises(PluginError, match="noten.md: voetnoten 3, 5 lopen niet op zonder gaten"):
        hook.on_page_content(html, page, {}, None)


def _load_hook() -> Any:
    """hooks/handreiking.py as a module (MkDocs loads hooks by file path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hook_handreiking", ROOT / "hooks" / "handreiking.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_english_method_names_are_marked_in_text_only() -> None:
    """Family Finding and friends get lang="en" in running text, never inside data, drawings,
    form options or attributes, and an author's own lang="en" is not wrapped twice."""
    from handreiking.kern.taal import mark_english

    html = (
        '<p>De tools uit Family Finding, <a href="x" title="Family Finding">signs of safety</a>.</p>'
        '<script type="application/json">{"t": "Family Finding"}</script><svg><text>Family Finding</text></svg>'
        '<select><option>Mobility mapping</option></select><span lang="en">Biggest Unmet Needs</span>'
    )
    assert mark_english(html) == (
        '<p>De tools uit <span lang="en">Family Finding</span>, <a href="x" title="Family Finding">'
        '<span lang="en">signs of safety</span></a>.</p><script type="application/json">{"t": "Family Finding"}</script>'
        "<svg><text>Family Finding</text></svg><select><option>Mobility mapping</option></select>"
        '<span lang="en">Biggest Unmet Needs</span>'
    )


def test_make_serve_shows_a_failed_rebuild_in_dutch_on_every_address(tmp_path: Path) -> None:
    """After an edit that breaks the data, the development server answers every address with the build's
    Dutch message (its 404 page, text escaped) instead of hanging; the next good build replaces it."""
    from mkdocs.exceptions import Abort, PluginError

    hook = _load_hook()
    served = tmp_path / "site"
    (served / "handreiking").mkdir(parents=True)
    (served / "index.html").write_text("oud", encoding="utf-8")
    outcome = {"fout": PluginError("data/netwerkkaart.yml: veld 'titel' is leeg (regel 11). <b>Vul</b> de tekst in.")}

    def build() -> None:
        if outcome["fout"]:
            logging.getLogger("mkdocs.commands.build").error(str(outcome["fout"]))  # as MkDocs does, then aborts
            raise Abort("Aborted with a BuildError!")
        (served / "index.html").write_text("nieuw", encoding="utf-8")

    server = type("Server", (), {"builder": staticmethod(build), "root": str(served)})()
    config = {"config_file_path": str(ROOT / "mkdocs.yml")}
    assert hook.on_serve(server, config, build) is server
    server.builder()  # raises nothing: the server goes on and reloads the browsers
    assert [p.name for p in served.iterdir()] == ["404.html"]
    page = BeautifulSoup((served / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert page.html["lang"] == "nl" and page.h1.get_text() == "De site kan niet worden gebouwd"
    assert page.pre.get_text() == "data/netwerkkaart.yml: veld 'titel' is leeg (regel 11). <b>Vul</b> de tekst in."
    assert page.find("b") is None and page.find("meta", attrs={"http-equiv": "refresh"})
    outcome["fout"] = None
    server.builder()
    assert (served / "index.html").read_text(encoding="utf-8") == "nieuw"
