"""Every PDF of the site uses the one bundled font, Atkinson Hyperlegible, embedded: no machine fallback."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from conftest import ROOT

FONT = "Atkinson-Hyperlegible"
VENDOR = ROOT / "overrides" / "assets" / "vendor" / "atkinson-hyperlegible"


def fonts(pdf: Path) -> list[tuple[str, bool]]:
    """pdffonts' font names (subset prefix removed) and whether each is embedded."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        emb = parts[-5]  # columns from the right: emb sub uni object ID
        rows.append((re.sub(r"^[A-Z]{6}\+", "", parts[0]), emb == "yes"))
    return rows


def test_every_pdf_uses_only_the_bundled_font_embedded(site: Path) -> None:
    """pdffonts lists only Atkinson Hyperlegible (regular, bold, italic), embedded, for every PDF."""
    pdfs = sorted(site.rglob("*.pdf"))
    assert len(pdfs) > 30
    problems = []
    for pdf in pdfs:
        found = fonts(pdf)
        if not found:
            problems.append(f"{pdf.name}: geen lettertypes")
        for name, embedded in found:
            if not name.startswith(FONT) or not embedded:
                problems.append(f"{pdf.name}: {name} ({'ingebed' if embedded else 'niet ingebed'})")
    assert not problems, "\n".join(problems)


def test_the_font_is_vendored_with_its_licence() -> None:
    """The woff2 files (latin, latin-ext; regular, bold, italic) ship with the OFL licence text."""
    files = {p.name for p in VENDOR.glob("*.woff2")}
    assert len(files) == 8, files
    assert "SIL Open Font License" in (VENDOR / "OFL.txt").read_text(encoding="utf-8")
    css = (VENDOR / "atkinson-hyperlegible.css").read_text(encoding="utf-8")
    assert all(name in css for name in files)


def test_the_card_sheets_copy_the_font_rules_exactly() -> None:
    """vellen.css (also loaded in the browser, so no @import) has the vendored @font-face rules, URLs from its folder."""
    vendor = (VENDOR / "atkinson-hyperlegible.css").read_text(encoding="utf-8")
    rules = [
        line.replace('url("atkinson', 'url("../vendor/atkinson-hyperlegible/atkinson')
        for line in vendor.splitlines()
        if line.startswith("@font-face")
    ]
    sheet = (ROOT / "handreiking" / "hulpmiddelen" / "vraagkaarten" / "vellen.css").read_text(encoding="utf-8")
    assert [line for line in sheet.splitlines() if line.startswith("@font-face")] == rules
    assert "@import url" not in sheet
