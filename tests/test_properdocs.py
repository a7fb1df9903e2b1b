"""ProperDocs (a fork of MkDocs 1.6) builds the same site as MkDocs: the way out if MkDocs 2 breaks plugins."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, made_once


def properdocs_build(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Run a strict ProperDocs build of the project's mkdocs.yml into `out`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", HANDREIKING_PDF_CACHE=str(ROOT / ".cache" / "pdf"))
    return subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per test run with `properdocs build --strict`."""
    if importlib.util.find_spec("properdocs") is None:
        pytest.fail(
            "ProperDocs is niet geïnstalleerd in deze venv. Installeer met `make setup` (requirements.lock).",
            pytrace=False,
        )

    def make(folder: Path) -> None:
        result = properdocs_build(ROOT, folder / "site")
        assert result.returncode == 0, f"properdocs build --strict faalt:\n{result.stdout}\n{result.stderr}"

    return made_once(tmp_path_factory, "properdocs", make) / "site"


def files(site: Path) -> set[str]:
    """Every file of a built site, as a path relative to the site."""
    return {str(path.relative_to(site)) for path in site.rglob("*") if path.is_file()}


def visible_text(html: Path) -> str:
    """What a reader sees of a page: the body's text without scripts and styles, white space folded."""
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    for tag in soup(["script", "style", "template", "noscript"]):
        tag.decompose()
    return re.sub(r"\s+", " ", soup.body.get_text(" ") if soup.body else "").strip()


def test_same_files(site: Path, properdocs_site: Path) -> None:
    """ProperDocs writes the same files (pages, PDFs, search index, assets) as MkDocs."""
    mkdocs_files, properdocs_files = files(site), files(properdocs_site)
    assert mkdocs_files == properdocs_files, (
        f"Alleen MkDocs: {sorted(mkdocs_files - properdocs_files)}; alleen ProperDocs: "
        f"{sorted(properdocs_files - mkdocs_files)}"
    )
    assert sum(name.endswith(".html") for name in mkdocs_files) > 10


def test_same_visible_text(site: Path, properdocs_site: Path) -> None:
    """Every page shows the same text with ProperDocs as with MkDocs."""
    pages = sorted(str(path.relative_to(site)) for path in site.rglob("*.html"))
    differ = [page for page in pages if visible_text(site / page) != visible_text(properdocs_site / page)]
    assert not differ, f"Andere zichtbare tekst met ProperDocs dan met MkDocs: {differ}"


def test_visible_text_drops_scripts(tmp_path: Path) -> None:
    """The text comparison sees body text and ignores scripts, so a changed page would show up."""
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>Een  wie-vraag</p><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert visible_text(page) == "Een wie-vraag"
