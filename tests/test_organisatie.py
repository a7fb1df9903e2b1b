"""An organisation builds its own branded copy from one small file (organisatie-voorbeeld.yml)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from playwright.sync_api import Page

from axe_rules import axe_violations
from conftest import PDF_CACHE, ROOT, made_once
from handreiking import model
from handreiking.bouwstappen import bouw
from handreiking.druk import boek, pdf
from handreiking.druk.pdf import PdfJob
from handreiking.kern import configuratie, svg
from recorder import Recorder

EXAMPLE = "organisatie-voorbeeld.yml"


def build(config: str, project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Build one config file of a project."""
    # The branded PDFs are checked on the renderer (below), so this build puts stand-ins in their place.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF="overslaan", HANDREIKING_PDF_CACHE=str(PDF_CACHE))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with the example organisation's config, once per test run."""

    def make(folder: Path) -> None:
        result = build(EXAMPLE, ROOT, folder / "site")
        assert result.returncode == 0, result.stdout + result.stderr

    return made_once(tmp_path_factory, "organisatie", make) / "site"


def test_name_logo_contact_and_notice_are_applied(branded_site: Path) -> None:
    """Every page shows the organisation's name, contact line, notice and logo."""
    soup = BeautifulSoup((branded_site / "handreiking" / "2-het-appel.html").read_text(encoding="utf-8"), "html.parser")
    footer = soup.select_one(".md-copyright").get_text(" ", strip=True)
    assert "Aangeboden door Jeugdhulp Voorbeeldstad" in footer and "toestel 1234" in footer
    assert "Interne versie voor medewerkers" in soup.select_one(".md-banner").get_text()
    logo = soup.select_one(".md-header__button.md-logo img")
    assert logo["alt"] == "Jeugdhulp Voorbeeldstad"
    # published as rebuilt from the allow-list (handreiking/kern/svg.py), never as the organisation's own text
    assert (branded_site / "handreiking" / logo["src"]).resolve().read_bytes() == svg.schoon(
        (ROOT / "organisatie-voorbeeld" / "logo.svg").read_bytes()
    )


def test_colour_is_applied_and_accessible(branded_site: Path, page: Page) -> None:
    """The header takes the organisation's colour; axe still finds nothing; no outside requests."""
    recorder = Recorder(page)
    page.goto((branded_site / "handreiking" / "1-doel.html").as_uri())
    header = page.locator(".md-header").evaluate("e => getComputedStyle(e).backgroundColor")
    link = page.locator("article p a.extern").first.evaluate("e => getComputedStyle(e).color")
    assert header == "rgb(11, 110, 79)" and link == "rgb(11, 110, 79)", (header, link)
    assert recorder.outside("file://") == [] and recorder.errors == []
    # axe reads stylesheets with XMLHttpRequest, which file:// refuses (console noise), so last.
    assert axe_violations(page) == []


def branded_jobs(site: Path) -> list[PdfJob]:
    """Every PDF job of the example organisation's build, the book (from its built pages) included."""
    config = configuratie.read_config(ROOT / EXAMPLE)
    branded = model.laad(ROOT, model.instellingen(config, EXAMPLE))
    pages = [page.removesuffix(".md") + ".html" for page in branded.instellingen.hoofdstukken]
    return [*bouw.pdf_jobs(branded), boek.book_job(site, pages, branded.uitgave)]


def back_labels(document: BeautifulSoup) -> str:
    """The text on a PDF's card backs: their labels are images (rugbeeld.py), read as SVG."""
    texts = []
    for back in document.select(".vk-achter__beeld"):
        data = re.search(r"url\('data:image/svg\+xml,([^']*)'\)", back["style"]).group(1)
        svg = ElementTree.fromstring(urllib.parse.unquote(data))
        texts += [text.text for text in svg.iter("{http://www.w3.org/2000/svg}text")]
    return " ".join(texts)


def test_every_pdf_names_the_organisation_and_the_site(branded_site: Path, tmp_path: Path) -> None:
    """Branding reaches every PDF: the organisation is its author, the site name is in it, the sheets
    say who offers them. Every job's document is checked; one is rendered to show WeasyPrint carries it."""
    jobs = branded_jobs(branded_site)
    assert {job.path for job in jobs} == {str(p.relative_to(branded_site)) for p in branded_site.rglob("*.pdf")}
    offered, named = set(), set()
    for job in jobs:
        document = BeautifulSoup(pdf.html_for(ROOT, job), "html.parser")
        assert document.select_one('meta[name="author"]')["content"] == "Jeugdhulp Voorbeeldstad", job.path
        text = " ".join(f"{document.get_text(' ')} {back_labels(document)}".split())
        if "Aangeboden door Jeugdhulp Voorbeeldstad" in text:
            offered.add(job.path)
        if "Kwetsbare gezinnen en de vertrouwde mensen om hen heen" in text:
            named.add(job.path)
    assert {
        "handreiking.pdf",
        "werkmateriaal/pdf/veiligheidscirkels.pdf",
        "werkmateriaal/pdf/4-stappen-zakkaart.pdf",
    } <= offered
    # Every sheet with card backs carries the site's name on its backs.
    with_backs = {job.path for job in jobs if "vraagkaarten-" in job.path and "alleen-voorkanten" not in job.path}
    assert len(with_backs) >= 16 and with_backs <= named, sorted(with_backs - named)
    zakkaart = next(job for job in jobs if job.path.endswith("zakkaart.pdf"))
    target = tmp_path / "zakkaart.pdf"
    target.write_bytes(pdf.render_pdf(pdf.plan(ROOT, zakkaart))[0])
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "Author:          Jeugdhulp Voorbeeldstad" in info, info
    text = " ".join(
        subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "Aangeboden door Jeugdhulp Voorbeeldstad" in text


def test_accessibility_statement_carries_the_name(branded_site: Path) -> None:
    """An organisation's build states its own name, meldpunt, response time and contact line; the rest
    stays the RKJ-NH's statement."""
    soup = BeautifulSoup((branded_site / "toegankelijkheid.html").read_text(encoding="utf-8"), "html.parser")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Jeugdhulp Voorbeeldstad wil dat iedereen deze website kan gebruiken" in text
    assert "RKJ-NH) wil dat iedereen" not in text and "Jeugdhulp Voorbeeldstad biedt deze website aan" in text
    contact = " ".join(soup.select_one("article #contact").find_next("p").get_text(" ").split())
    assert "toegankelijkheid@voorbeeldstad.example" in contact and "binnen 5 werkdagen" in contact
    assert "Bel de servicedesk, toestel 1234." in contact and "inholland" not in str(
        soup.select_one("article #contact").find_next("p")
    )
