"""The accessibility statement (docs/toegankelijkheid.md) follows the Dutch model of digitoegankelijk.nl
and is true: the site's address, a direct contact with a response time, the route to the Nationale
Ombudsman, every known problem with a planned date, and no claim the tests contradict. What the
publishing organisation must fill in comes from its data; unset, it shows a marked 'nog in te
vullen'. Rendered as the macros plugin renders it (Jinja with the page variables, then Markdown),
without a site build."""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

import jinja2
import markdown
from bs4 import BeautifulSoup

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from handreiking.kern.configuratie import read_config  # noqa: E402

PAGE = ROOT / "docs" / "toegankelijkheid.md"
PLANNED = "Gepland: opgelost vóór 31 januari 2027."
# The problems the tests and the audit of issue 3.5 found still open: each must be listed with its date.
OPEN_PROBLEMS = {
    "Sneltoetsen in ‘Trek een kaart’": "S en O",
}
# Problems the statement once listed, now fixed: each with the test that shows it (the statement may
# list them under "Wat er getest is", never again as open).
FIXED = {
    "menutitel": "test_toegankelijkheid.py::test_shift_tab_through_the_navigation_never_focuses_a_hidden_link",
    "Voetnoten": "test_toegankelijkheid.py::test_escape_closes_a_footnote_tooltip",
    "Kleur van een link": "test_toegankelijkheid.py::test_links_on_hover_and_focus_keep_4_5_to_1",
    "bij vergroten": "test_vraagkaarten_browser.py::test_draw_mode_shows_the_question_on_a_short_screen",
    "olievlek en de huizen": "test_toegankelijkheid.py::test_worksheet_drawings_readable_in_dark_forced_colours",
    "lijnvoorbeelden": "test_toegankelijkheid.py::test_network_legends_readable_in_dark_forced_colours",
    "PDF’s van de netwerkkaart": "test_pdf_toegankelijk.py::test_every_figure_of_the_network_pdfs_is_described",
    "Achterkanten van de kaartvellen": "test_pdf_toegankelijk.py::test_a_screen_reader_skips_the_card_backs",
}


def statement(config_file: str, site_url: str = "") -> BeautifulSoup:
    """The statement as a build of `config_file` shows it (site_url as that config would set it)."""
    import macros

    config = {**read_config(ROOT / config_file), "config_file_path": str(ROOT / config_file), "site_url": site_url}
    env = SimpleNamespace(variables={"config": config}, page=None, macro=lambda function, name: None)
    macros.define_env(env)
    text = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(PAGE.read_text(encoding="utf-8"))
    html = markdown.markdown(text.render(**env.variables), extensions=["attr_list", "toc"])
    return BeautifulSoup(html, "html.parser")


def words(soup: BeautifulSoup) -> str:
    """The statement's text on one line."""
    return " ".join(soup.get_text(" ").split())


def section(soup: BeautifulSoup, anchor: str) -> str:
    """The text of one section, from its heading to the next."""
    parts = []
    for sibling in soup.find(id=anchor).find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling.get_text(" "))
    return " ".join(" ".join(parts).split())


def test_the_model_parts_are_there() -> None:
    """Status, what is tested, the known problems, contact and the complaint route, in that order."""
    soup = statement("mkdocs.yml")
    assert [h["id"] for h in soup.select("h2")] == ["status", "getest", "beperkingen", "contact", "klacht"]
    assert "C: eerste maatregelen genomen" in section(soup, "status")
    complaint = soup.find(id="klacht").find_next("p")
    assert "Nationale Ombudsman" in complaint.get_text() and complaint.find(
        "a", href="https://www.nationaleombudsman.nl/"
    )
    assert re.search(r"opgesteld op \d{1,2} \w+ \d{4} en voor het laatst bijgewerkt op \d{1,2} \w+ \d{4}", words(soup))


def test_unset_organisation_parts_are_marked_placeholders() -> None:
    """Without site_url, meldpunt and reactietermijn the statement says plainly what is still to be
    filled in, marked, in Dutch; nothing else is marked."""
    soup = statement("mkdocs.yml")
    marks = [mark.get_text() for mark in soup.select("mark")]
    assert marks == [
        "nog in te vullen: het adres van deze website",
        "nog in te vullen: een e-mailadres of telefoonnummer voor meldingen",
        "nog in te vullen: hoeveel werkdagen",
    ]
    assert "De Regionale Kenniswerkplaats Jeugd Noord-Holland (RKJ-NH) wil dat iedereen" in words(soup)


def test_an_organisations_data_fills_the_statement() -> None:
    """An organisation's build states its name, the site's address, its meldpunt and response time: no placeholder left."""
    soup = statement("organisatie-voorbeeld.yml", "https://handreiking.voorbeeldstad.example/")
    text = words(soup)
    assert not soup.select("mark") and "nog in te vullen" not in text
    assert "Jeugdhulp Voorbeeldstad wil dat iedereen" in text
    assert soup.find("a", href="https://handreiking.voorbeeldstad.example/")
    contact = section(soup, "contact")
    assert "Meld het bij toegankelijkheid@voorbeeldstad.example of telefoon 010 123 45 67." in contact
    assert "Je krijgt binnen 5 werkdagen een reactie." in contact


def test_every_open_problem_is_listed_with_a_planned_date() -> None:
    """Each problem still open is a known problem with its planned date (31 januari 2027)."""
    soup = statement("mkdocs.yml")
    items = [" ".join(li.get_text(" ").split()) for li in soup.find(id="beperkingen").find_next("ul").select("li")]
    for name, detail in OPEN_PROBLEMS.items():
        found = [item for item in items if name in item and detail in item]
        assert found and PLANNED in found[0], (name, items)


def test_fixed_problems_are_not_listed_as_open_and_their_tests_exist() -> None:
    """A problem fixed (its test is named in FIXED and exists) is no longer a known problem."""
    soup = statement("mkdocs.yml")
    open_ = " ".join(section(soup, "beperkingen").split())
    for name, test in FIXED.items():
        path, function = test.split("::")
        assert f"def {function}(" in (ROOT / "tests" / path).read_text(encoding="utf-8"), test
        assert name not in open_, f"'{name}' staat nog als bekende beperking, maar {test} laat zien dat het werkt"


def test_no_claim_the_tests_contradict() -> None:
    """Not 'focus always visible', not 'no single-key shortcuts' (draw mode uses S and O), not PDF/UA-1,
    not high contrast for every handout, not '400 % untested' (it fails); and 'je', never 'u'."""
    soup = statement("mkdocs.yml")
    tested = section(soup, "getest")
    text = words(soup)
    assert "blijft het element met focus zichtbaar en nooit" not in tested
    assert "Sneltoetsen van één letter staan uit" not in tested and "S (schudden) en O (volgorde)" in tested
    assert (
        "getagd (PDF/UA-1)" not in tested
        and "aan de norm voor toegankelijke PDF’s (PDF/UA) voldoen, is nog niet met een controleprogramma nagegaan"
        in tested
    )
    assert "De andere hulpmiddelen nog niet helemaal" in tested
    assert "400 % vergroten op een breed scherm zijn niet apart getest" not in text
    assert "zoals 400 % vergroot" in tested
    assert not re.search(r"\b(u|uw|U|Uw)\b", text), re.findall(r".{30}\b[uU]w?\b.{30}", text)
