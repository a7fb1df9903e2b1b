"""An organisation builds its own branded copy from one small file (organisatie-voorbeeld.yml)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from axe_rules import axe_violations
from conftest import ROOT
from recorder import Recorder

# One worker builds this module's site once and runs all its tests.
pytestmark = pytest.mark.xdist_group("organisatie")

EXAMPLE = "organisatie-voorbeeld.yml"


def build(config: str, project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Build one config file of a project."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(ROOT / ".cache" / "pdf"))
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(out)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with the example organisation's config."""
    out = tmp_path_factory.mktemp("org") / "site"
    result = build(EXAMPLE, ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_name_logo_contact_and_notice_are_applied(branded_site: Path) -> None:
    """Every page shows the organisation's name, contact line, notice and logo."""
    soup = BeautifulSoup((branded_site / "handreiking" / "2-het-appel.html").read_text(encoding="utf-8"), "html.parser")
    footer = soup.select_one(".md-copyright").get_text(" ", strip=True)
    assert "Aangeboden door Jeugdhulp Voorbeeldstad" in footer and "toestel 1234" in footer
    assert "Interne versie voor medewerkers" in soup.select_one(".md-banner").get_text()
    logo = soup.select_one(".md-header__button.md-logo img")
    assert logo["alt"] == "Jeugdhulp Voorbeeldstad"
    assert (branded_site / "handreiking" / logo["src"]).resolve().read_bytes() == (ROOT / "organisatie-voorbeeld" / "logo.svg").read_bytes()


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


def test_every_pdf_names_the_organisation_and_the_site(branded_site: Path) -> None:
    """Branding reaches every PDF: the organisation is its author, the site name is in it, the sheets say who offers them."""
    pdfs = sorted(branded_site.rglob("*.pdf"))
    assert len(pdfs) > 30
    for pdf in pdfs:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Author:          Jeugdhulp Voorbeeldstad" in info, f"{pdf.name}:\n{info}"
    for name in ("handreiking.pdf", "werkmateriaal/pdf/veiligheidscirkels.pdf", "werkmateriaal/pdf/4-stappen-zakkaart.pdf"):
        text = " ".join(subprocess.run(["pdftotext", str(branded_site / name), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Aangeboden door Jeugdhulp Voorbeeldstad" in text, name
    back = " ".join(subprocess.run(["pdftotext", str(branded_site / "werkmateriaal/pdf/vraagkaarten-wie-vragen-8-per-vel.pdf"), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    assert "Kwetsbare gezinnen en de vertrouwde mensen om hen heen" in back


def test_accessibility_statement_carries_the_name(branded_site: Path) -> None:
    """An organisation's build states its own name and contact line; the rest stays the RKJ-NH's statement."""
    soup = BeautifulSoup((branded_site / "toegankelijkheid.html").read_text(encoding="utf-8"), "html.parser")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Jeugdhulp Voorbeeldstad wil dat iedereen deze website kan gebruiken" in text
    assert "RKJ-NH) wil dat iedereen" not in text and "Jeugdhulp Voorbeeldstad biedt deze website aan" in text
    contact = soup.select_one("article #contact").find_next("p").get_text(" ", strip=True)
    assert "Bel de servicedesk, toestel 1234." in contact and "inholland" not in str(soup.select_one("article #contact").find_next("p"))
