"""One source of truth, end to end: edits in the data files show up in every chapter, handout and
PDF made from them, in one build of a scratch copy (the cases once took five builds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import copy_project, made_once, mkdocs_build
from handreiking import model
from handreiking.bouwstappen import bouw
from handreiking.druk.pdf import html_for
from handreiking.kern import configuratie

# (data file, old text, new text)
EDITS = [
    ("data/vraagkaarten/wie-vragen.yml", '"Wie geeft jou energie?"', '"Wie geeft jou echt energie?"'),
    ("data/vraagkaarten/vervolgvragen.yml", "Waar wordt over getwijfeld?", "Waarover twijfelt men nu precies?"),
    ("data/vraagkaarten/4-stappen.yml", "titel: Verleg het appèl", "titel: Verleg het appèl nu"),
    ("data/veiligheidscirkels.yml", "Mensen die iets moeten weten", "Mensen die wat moeten weten"),
    ("data/family-finding-werkbladen.yml", "J. moet naar school.", "J. moet braaf zijn."),
]


def text_of(site: Path, page: str) -> str:
    """The article text of a built page, white space folded."""
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return " ".join(soup.select_one("article").get_text(" ").split())


def pdf_text(site: Path, pdf: str) -> str:
    """The text of a PDF as the edited project's build renders it (its document, before WeasyPrint;
    the build itself put stand-ins in the PDFs' place), white space folded."""
    project = site.parent
    edited = model.laad(project, model.instellingen(configuratie.read_config(project / "mkdocs.yml")))
    job = next(job for job in bouw.pdf_jobs(edited) if job.path == "werkmateriaal/pdf/" + pdf)
    return " ".join(BeautifulSoup(html_for(project, job), "html.parser").get_text(" ").split())


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch copy of the project with every edit applied, built once per test run."""

    def make(project: Path) -> None:
        copy_project(project)
        for name, old, new in EDITS:
            path = project / name
            text = path.read_text(encoding="utf-8")
            assert old in text, f"{old!r} niet gevonden in {name}"
            path.write_text(text.replace(old, new), encoding="utf-8")
        result = mkdocs_build(project, project / "site", pdfs=False)
        assert result.returncode == 0, (result.stdout + result.stderr)[-2000:]

    return made_once(tmp_path_factory, "een-bron", make) / "site"


def test_a_question_changes_in_chapter_card_page_and_pdf(edited_site: Path) -> None:
    """A question edited in wie-vragen.yml shows in Bijlage II, on the card page and in its PDF."""
    chapter = BeautifulSoup(
        (edited_site / "handreiking/bijlage-2-wie-vragen.html").read_text(encoding="utf-8"), "html.parser"
    )
    items = [li.get_text(strip=True) for li in chapter.select("article li")]
    assert "Wie geeft jou echt energie?" in items and "Wie geeft jou energie?" not in items
    assert "Wie geeft jou echt energie?" in text_of(edited_site, "werkmateriaal/vraagkaarten.html")
    assert "echt energie" in pdf_text(edited_site, "vraagkaarten-wie-vragen-9-per-vel.pdf")


def test_a_follow_up_question_and_a_step_change_in_flowchart_chapters_and_overview(edited_site: Path) -> None:
    """vervolgvragen.yml reaches the flowchart, chapter 3 and the overview; 4-stappen.yml chapter 2 and its page."""
    for page in (
        "werkmateriaal/stroomschema.html",
        "handreiking/3-netwerk-en-wie-vraag.html",
        "werkmateriaal/in-een-oogopslag.html",
    ):
        html = (edited_site / page).read_text(encoding="utf-8")
        assert "Waarover twijfelt men nu precies?" in html and "Waar wordt over getwijfeld?" not in html, page
    for page in ("handreiking/2-het-appel.html", "werkmateriaal/4-stappen.html"):
        assert "Verleg het appèl nu" in (edited_site / page).read_text(encoding="utf-8"), page
    assert "Verleg het appèl nu" in pdf_text(edited_site, "4-stappen-zakkaart.pdf")


def test_a_ring_label_and_an_example_change_in_bijlage_worksheets_and_pdfs(edited_site: Path) -> None:
    """veiligheidscirkels.yml and the worksheet data reach Bijlage I, both worksheet pages and their PDFs."""
    chapter = text_of(edited_site, "handreiking/bijlage-1-family-finding.html")
    assert "mensen die wat moeten weten" in chapter and "J. moet braaf zijn." in chapter
    assert "Mensen die wat moeten weten" in text_of(edited_site, "werkmateriaal/veiligheidscirkels.html")
    assert "J. moet braaf zijn." in text_of(edited_site, "werkmateriaal/family-finding-werkbladen.html")
    assert "wat moeten weten" in pdf_text(edited_site, "veiligheidscirkels.pdf")
    assert "J. moet braaf zijn." in pdf_text(edited_site, "family-finding-werkbladen.pdf")
