"""An organisation builds its own branded copy from one small file (organisatie-voorbeeld.yml)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from axe_rules import axe_violations
from conftest import ROOT
from recorder import Recorder

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


def test_colour_without_contrast_is_refused_in_dutch(tmp_path: Path) -> None:
    """A light colour stops the build with the contrast it has and a darker suggestion."""
    for part in ["mkdocs.yml", "docs", "macros", "overrides", "data", "hooks", "organisatie-voorbeeld"]:
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, tmp_path / part)
    config = (ROOT / EXAMPLE).read_text(encoding="utf-8").replace('"#0b6e4f"', '"#7fd1ae"')
    (tmp_path / "licht.yml").write_text(config, encoding="utf-8")
    result = build("licht.yml", tmp_path, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "licht.yml, extra.organisatie.kleur: #7fd1ae heeft te weinig contrast met wit" in output, output[-1500:]
    assert "Kies een donkerdere kleur, bijvoorbeeld #" in output


def test_accessibility_statement_carries_the_name(branded_site: Path) -> None:
    """The organisation's name replaces the blank in its accessibility statement."""
    soup = BeautifulSoup((branded_site / "toegankelijkheid.html").read_text(encoding="utf-8"), "html.parser")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Jeugdhulp Voorbeeldstad wil dat iedereen deze website kan gebruiken" in text
    assert "[naam organisatie]" not in text
