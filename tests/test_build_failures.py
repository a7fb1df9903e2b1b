"""Scenarios: mistakes by a writer stop the build with a message that names the page or file."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import mkdocs_build


def build_output(project: Path) -> tuple[int, str]:
    """Build the scratch project; return exit code and everything it printed."""
    result = mkdocs_build(project, project / "site")
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize(
    "body",
    ["Tekst met {{ onbekende_macro() }} erin.", "Tekst met {{ niet_bestaande_variabele }} erin."],
    ids=["onbekende-macro", "onbekende-variabele"],
)
def test_unknown_macro_or_variable_stops_the_build(project: Path, body: str) -> None:
    """An unknown macro or undefined variable fails the build and names the page."""
    (project / "docs" / "kapotte-pagina.md").write_text(f"# Kapot\n\n{body}\n", encoding="utf-8")
    code, output = build_output(project)
    name = body.split("{{ ")[1].split("(")[0].split(" ")[0]
    assert code != 0
    assert "kapotte-pagina.md" in output and name in output, output[-2000:]


@pytest.mark.parametrize(
    "link",
    ["[weg](bestaat-niet.md)", "[anker](over.md#bestaat-niet)", '<a href="handreiking/geen-pagina.html">raw</a>',
     '<a href="over.html#geen-anker">raw anker</a>'],
    ids=["pagina", "anker", "raw-html-pagina", "raw-html-anker"],
)
def test_broken_internal_link_stops_the_build(project: Path, link: str) -> None:
    """A link to a missing page or anchor, Markdown or raw HTML, fails the build and names the page."""
    (project / "docs" / "kapotte-link.md").write_text(f"# Links\n\nZie {link}.\n", encoding="utf-8")
    code, output = build_output(project)
    target = link.split("(")[-1].split('"')[1] if "href" in link else link.split("(")[-1].rstrip(")")
    complaint = [line for line in output.splitlines() if "kapotte-link.md" in line and target.split("#")[-1] in line]
    assert code != 0
    assert complaint, f"geen melding die kapotte-link.md en {target} noemt:\n{output[-2000:]}"


def test_malformed_data_file_stops_the_build_in_dutch(project: Path) -> None:
    """A data entry without a required field fails with a Dutch message naming file and field."""
    data = project / "data" / "colofon.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("    organisatie: Stichting JIM\n", "", 1), encoding="utf-8")
    code, output = build_output(project)
    assert code != 0
    assert "data/colofon.yml, leeratelier nr. 3" in output and "verplicht veld 'organisatie' ontbreekt" in output, output[-2000:]


def test_footnotes_out_of_order_stop_the_build(project: Path) -> None:
    """Footnote labels show as the source's numbers, so they must run on without gaps."""
    (project / "docs" / "noten.md").write_text("# Noten\n\nEen[^3] en twee[^5].\n\n[^3]: Drie.\n[^5]: Vijf.\n", encoding="utf-8")
    code, output = build_output(project)
    assert code != 0
    assert "noten.md: voetnoten 3, 5 lopen niet op zonder gaten" in output, output[-1500:]
