"""Issue 3.5, the site's own words and the editors' messages: every sentence the site says about
itself is true. Sizes and counts come from their source, the Over page says exactly what changed
against the handreiking, additions are marked, the worksheets keep the source's questions, the
wording follows the glossary, the keep period promises only what happens, a broken data file is
named in Dutch with its line, and the release zip stands on its own. No site build: these tests
read the sources (and render what they need themselves)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from handreiking import ijkvel  # noqa: E402
from handreiking.snijden import LAYOUTS, VOUW  # noqa: E402

# Where the site states a size or count for readers: pages, templates, data, scripts (not the vendored ones).
TEXT_FILES = sorted(
    [
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "overrides" / "partials").rglob("*.html"),
        *(ROOT / "data").rglob("*.yml"),
        *(
            p
            for p in (ROOT / "overrides" / "assets").rglob("*.js")
            if "vendor" not in p.parts and "lunr" not in p.parts
        ),
    ]
)
SIZE = re.compile(r"(\d+(?:,\d+)?) × (\d+(?:,\d+)?) mm")


def mm(value: float) -> str:
    """A length as a Dutch page writes it (93, 85,6)."""
    return f"{value:g}".replace(".", ",")


def a6_card() -> tuple[str, str]:
    """The pocket card's size, from its stylesheet (the A6 page of the pocket card PDF)."""
    css = (ROOT / "overrides" / "assets" / "stappen" / "zakkaart.css").read_text(encoding="utf-8")
    found = re.search(r"\.a6 \.vel \{ width: (\d+)mm; height: (\d+)mm; \}", css)
    assert found, "zakkaart.css: de maat van de A6-kaart (.a6 .vel) niet gevonden"
    return found.group(1), found.group(2)


def known_sizes() -> dict[tuple[str, str], str]:
    """Every size a sentence may state, with the source it comes from."""
    sizes = {(mm(lay.breedte), mm(lay.hoogte)): f"snijden.LAYOUTS[{n}]" for n, lay in LAYOUTS.items()}
    sizes[a6_card()] = "zakkaart.css (.a6 .vel)"
    sizes[(mm(ijkvel.CARD[0]), mm(round(ijkvel.CARD[1])))] = "ijkvel.CARD (bankpas)"
    return sizes


def sentences(path: Path) -> list[str]:
    """The lines of a text file, a Markdown list item or paragraph joined into one."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n|\n(?=\s*- )", path.read_text(encoding="utf-8"))]


def test_every_stated_card_size_is_a_size_from_its_source() -> None:
    """A sentence that states 'W × H mm' names a size the site really makes; one that says
    'N per vel' with a size names the size of that layout (snijden.LAYOUTS), as text or as the
    page variable kaartmaten[N]."""
    sizes = known_sizes()
    problems = []
    for path in TEXT_FILES:
        for sentence in sentences(path):
            where = f"{path.relative_to(ROOT)}: {sentence[:120]}"
            for width, height in SIZE.findall(sentence):
                if (width, height) not in sizes:
                    problems.append(f"{where}: {width} × {height} mm is geen maat van de site ({sorted(sizes)})")
            for count, rest in re.findall(r"(\d+) per vel\b(.{0,40})", sentence):
                stated = SIZE.search(rest) or re.search(r"kaartmaten\[(\d+)\]", rest)
                if not stated:
                    continue
                if stated.re is SIZE:
                    layout = LAYOUTS.get(int(count))
                    if layout is None or stated.groups() != (mm(layout.breedte), mm(layout.hoogte)):
                        problems.append(f"{where}: {count} per vel heeft niet de maat {stated.group(0)}")
                elif stated.group(1) != count:
                    problems.append(f"{where}: {count} per vel met de maat van kaartmaten[{stated.group(1)}]")
    assert not problems, "\n".join(problems)


def test_every_stated_cards_per_sheet_is_a_layout() -> None:
    """'N per vel' and 'N kaarten per vel' name a layout the PDFs have (8, 9, or the fold-over sheet's 4)."""
    counts = {*LAYOUTS, VOUW.per_vel}
    problems = [
        f"{path.relative_to(ROOT)}: {count} per vel"
        for path in TEXT_FILES
        for count in re.findall(r"\b(\d+) (?:kaarten )?per vel\b", path.read_text(encoding="utf-8"))
        if int(count) not in counts
    ]
    assert not problems, "\n".join(problems)


def test_the_page_variable_renders_the_layout_sizes() -> None:
    """macros/__init__.py gives pages kaartmaten[8] and kaartmaten[9]: the layouts' sizes, as the card page shows them."""
    import macros

    env = SimpleNamespace(variables={"config": {"config_file_path": str(ROOT / "mkdocs.yml")}}, page=None)
    env.macro = lambda function, name: None
    macros.define_env(env)
    assert env.variables["kaartmaten"] == {8: "93 × 66", 9: "61 × 87"}
    assert {n: tuple(env.variables["kaartmaten"][n].split(" × ")) for n in LAYOUTS} == {
        n: (mm(lay.breedte), mm(lay.hoogte)) for n, lay in LAYOUTS.items()
    }
    page = (ROOT / "docs" / "werkmateriaal" / "vraagkaarten.md").read_text(encoding="utf-8")
    assert "{{ kaartmaten[8] }} mm" in page and "{{ kaartmaten[9] }} mm" in page
    assert "speelkaartformaat" not in page  # 61 × 87 is not a playing card's 63 × 88
