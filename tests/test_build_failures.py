"""Scenarios that need a real build: mistakes by a writer stop it with a message naming the page or file."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import PDF_CACHE, mkdocs_build


def build_output(project: Path) -> tuple[int, str]:
    """Build the scratch project (PDFs as stand-ins: none of these cases is about them); return exit
    code and everything it printed."""
    result = mkdocs_build(project, project / "site", pdfs=False)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize(
    "body, name",
    [
        ("Tekst met {{ onbekende_macro() }} erin.", "onbekende_macro"),
        ("Tekst met {{ niet_bestaande_variabele }} erin.", "niet_bestaande_variabele"),
        ('Tekst met {{ vragenlijst("wie-vragen", volgorde="omgekeerd") }} erin.', "volgorde"),
    ],
    ids=["onbekende-macro", "onbekende-variabele", "onbekend-argument"],
)
def test_unknown_macro_variable_or_argument_stops_the_build(project: Path, body: str, name: str) -> None:
    """An unknown macro, undefined variable or unknown macro argument fails the build and names the page."""
    (project / "docs" / "kapotte-pagina.md").write_text(f"# Kapot\n\n{body}\n", encoding="utf-8")
    code, output = build_output(project)
    assert code != 0
    assert "kapotte-pagina.md" in output and name in output, output[-2000:]


LINKS = [
    "[weg](bestaat-niet.md)",
    "[anker](over.md#bestaat-niet)",
    '<a href="handreiking/geen-pagina.html">raw</a>',
    '<a href="over.html#geen-anker">raw anker</a>',
]


def test_every_broken_internal_link_stops_the_build_and_is_named(project: Path) -> None:
    """Links to a missing page or anchor, Markdown or raw HTML, fail one build that names each of them."""
    (project / "docs" / "kapotte-link.md").write_text(
        "# Links\n\n" + "\n\n".join(f"Zie {link}." for link in LINKS) + "\n", encoding="utf-8"
    )
    code, output = build_output(project)
    assert code != 0
    for target in ("bestaat-niet.md", "#bestaat-niet", "geen-pagina.html", "geen-anker"):
        complaint = [
            line for line in output.splitlines() if "kapotte-link.md" in line and target.split("#")[-1] in line
        ]
        assert complaint, f"geen melding die kapotte-link.md en {target} noemt:\n{output[-3000:]}"


def test_malformed_data_file_stops_the_build_in_dutch_without_a_traceback(project: Path) -> None:
    """End to end: a data entry without a required field fails with a Dutch message naming file and field."""
    data = project / "data" / "colofon.yml"
    data.write_text(
        data.read_text(encoding="utf-8").replace("    organisatie: Stichting JIM\n", "", 1), encoding="utf-8"
    )
    code, output = build_output(project)
    assert code != 0
    assert "data/colofon.yml, leeratelier nr. 3" in output and "verplicht veld 'organisatie' ontbreekt" in output, (
        output[-2000:]
    )
    assert "Traceback" not in output, output[-3000:]


def test_the_build_loads_and_checks_the_data_once(site_build: tuple[Path, str]) -> None:
    """Macros, PDFs, scripts and the book all use one model: the build reports a single load."""
    _, log = site_build
    assert "afgerond: gegevens 1× geladen en gecontroleerd in deze build" in log, log[-2000:]


def test_unknown_deck_in_a_chapter_is_named_in_dutch_without_a_traceback(project: Path) -> None:
    """A chapter's macro naming a deck that does not exist stops the build with the page, the call and the fix."""
    chapter = project / "docs/handreiking/3-netwerk-en-wie-vraag.md"
    text = chapter.read_text(encoding="utf-8")
    assert '{{ vragenlijst("vertrouwen") }}' in text
    chapter.write_text(
        text.replace('{{ vragenlijst("vertrouwen") }}', '{{ vragenlijst("vertrouwe") }}'), encoding="utf-8"
    )
    code, output = build_output(project)
    assert code != 0
    assert "handreiking/3-netwerk-en-wie-vraag.md" in output and "onbekende stapel 'vertrouwe'" in output, output[
        -2000:
    ]
    assert "Traceback" not in output, output[-3000:]


def test_organisation_texts_are_text_and_never_allowed_by_the_csp(project: Path) -> None:
    """Markup in an organisation's contact line or notice shows as text; no script of theirs runs or gets a hash."""
    config = (project / "organisatie-voorbeeld.yml").read_text(encoding="utf-8")
    config = config.replace(
        'melding: "Interne versie voor medewerkers van Jeugdhulp Voorbeeldstad."',
        'melding: "<script>window.__x=1</script><b>Let op</b>"',
    )
    # The name stays (the example's; test_organisatie.py checks it in every PDF); the contact line goes
    # through the same escaping in the same footer. The PDFs are stand-ins: this case is about the pages.
    config = config.replace(
        'contact: "Vragen over deze site? Bel de servicedesk, toestel 1234."', 'contact: "<i>Bel</i> de servicedesk"'
    )
    (project / "vijandig.yml").write_text(config, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "vijandig.yml", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(
            os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF="overslaan", HANDREIKING_PDF_CACHE=str(PDF_CACHE)
        ),
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-2000:]
    page = BeautifulSoup((project / "site/over.html").read_text(encoding="utf-8"), "html.parser")
    banner = page.select_one(".md-banner")
    assert banner.get_text(strip=True) == "<script>window.__x=1</script><b>Let op</b>" and not banner.select(
        "script, b"
    )
    assert "<i>Bel</i> de servicedesk" in page.select_one(".md-copyright").get_text() and not page.select(
        ".md-copyright i"
    )
    csp = (project / "site/csp.txt").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(b"window.__x=1").digest()).decode()
    assert digest not in csp
