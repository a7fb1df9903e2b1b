"""One set of print terms (data/afdrukken.yml, named in woordenlijst.md) on the card page, the 4 stappen
page, in the deck builder and in the PDFs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from handreiking.druk.afdrukken import load_termen  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402


@pytest.fixture(scope="module")
def afdrukken() -> dict[str, str]:
    """The print terms as the build reads them."""
    return load_termen(ROOT)


def visible(site: Path, page: str) -> str:
    """A page's article text, white space folded."""
    article = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser").select_one("article")
    return " ".join(article.get_text(" ").split())


def pdf_text(pdf: Path) -> str:
    """A PDF's text, white space folded."""
    return " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def test_terms_and_sentence(afdrukken: dict[str, str]) -> None:
    """The sentence is made of the terms, and the glossary names each term and the sentence in bold."""
    assert afdrukken["aanwijzing"] == "Druk dubbelzijdig af, omslaan langs de lange kant, op werkelijke grootte (100 %)"
    assert afdrukken["aanwijzing_enkel"] == "Druk enkelzijdig af, op werkelijke grootte (100 %)"
    bold = set(re.findall(r"\*\*(.+?)\*\*", (ROOT / "woordenlijst.md").read_text(encoding="utf-8")))
    missing = [v for k, v in afdrukken.items() if k != "aanwijzing_enkel" and v not in bold]
    assert not missing, f"niet (vet) in woordenlijst.md: {missing}"


def test_a_missing_term_stops_the_build_in_dutch(tmp_path: Path) -> None:
    """data/afdrukken.yml without 'omslaan': a Dutch message naming the file and the field."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "afdrukken.yml").write_text("dubbelzijdig: dubbelzijdig\n", encoding="utf-8")
    with pytest.raises(DataFout, match=r"data/afdrukken.yml: verplicht veld '\w+' ontbreekt"):
        load_termen(tmp_path)


def test_pages_builder_and_pdfs_use_the_terms(site: Path, afdrukken: dict[str, str]) -> None:
    """The card page and the 4 stappen page say how to print in these words; so do the builder's
    'Met achterkanten' choice and calibration sheet, the calibration and pocket card PDFs and the card PDFs."""
    duplex = f"{afdrukken['dubbelzijdig']}, {afdrukken['omslaan']}"
    cards = visible(site, "werkmateriaal/vraagkaarten.html")
    assert (
        duplex in cards
        and afdrukken["grootte"] in cards
        and afdrukken["passend"] in cards
        and afdrukken["papier"] in cards
    )
    assert afdrukken["aanwijzing"] in visible(site, "werkmateriaal/4-stappen.html")
    script = (site / "assets/vraagkaarten/vraagkaarten.js").read_text(encoding="utf-8")
    start = re.search(r'gegevens\("vraagkaarten",\s*', script).end()
    built = json.JSONDecoder().raw_decode(script, start)[0]  # the build's data for the builder
    assert f"Met achterkanten ({duplex})" in " ".join(BeautifulSoup(built["html"], "html.parser").get_text(" ").split())
    assert afdrukken["aanwijzing"] in " ".join(BeautifulSoup(built["ijkvel"], "html.parser").get_text(" ").split())
    folder = site / "werkmateriaal" / "pdf"
    for name in ("kalibratievel.pdf", "4-stappen-zakkaart.pdf", "vraagkaarten-wie-vragen-8-per-vel.pdf"):
        assert afdrukken["aanwijzing"] in pdf_text(folder / name), name
    assert afdrukken["aanwijzing_enkel"] in pdf_text(folder / "vraagkaarten-wie-vragen-8-per-vel-alleen-voorkanten.pdf")
