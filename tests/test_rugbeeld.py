"""A card back's label as an image (rugbeeld.py): the same look as vellen.css's label, every line inside
the box, the deck name's last two words together, and text from data stays text (SVG parsed as XML)."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest
from defusedxml import ElementTree

from handreiking.druk.snijden import BLEED, LAYOUTS, VOUW
from handreiking.hulpmiddelen.vraagkaarten import rugbeeld
from handreiking.kern.stapels import load_stapels

ROOT = Path(__file__).resolve().parent.parent
CSS = (ROOT / "handreiking" / "hulpmiddelen" / "vraagkaarten" / "vellen.css").read_text(encoding="utf-8")
SVG = "{http://www.w3.org/2000/svg}"
BACK_WIDTHS = sorted({layout.breedte + 2 * BLEED for layout in [*LAYOUTS.values(), VOUW]})  # every back, bleed included
SITE = "Kwetsbare gezinnen en de vertrouwde mensen om hen heen"


def rule(selector: str) -> str:
    """The declarations of the first rule for exactly this selector in vellen.css."""
    return re.search(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", CSS).group(1)


def value(selector: str, prop: str) -> str:
    """One declared value."""
    return re.search(rf"(?m)^\s*{prop}:\s*([^;]+);", rule(selector)).group(1).strip()


def lines(svg: str) -> list[tuple[str, float]]:
    """Each text line of the label and its font size (mm)."""
    tree = ElementTree.fromstring(svg)
    return [(t.text, float(t.get("font-size"))) for t in tree.iter(f"{SVG}text")]


def test_the_image_looks_as_the_browsers_label() -> None:
    """Sizes, padding, border and the back's inset are the ones vellen.css gives the HTML label."""
    assert value(".vk-achter__stapel", "font-size") == f"{rugbeeld.DECK_PT:g}pt"
    assert value(".vk-achter__site", "font-size") == f"{rugbeeld.SITE_PT:g}pt"
    assert value(".vk-achter__site", "margin-top") == f"{rugbeeld.SITE_GAP:g}mm"
    assert value(".vk-achter__stapel", "line-height") == f"{rugbeeld.LINE_HEIGHT:g}"
    assert value(".vk-achter__label", "padding") == f"{rugbeeld.PAD_Y:g}mm {rugbeeld.PAD_X:g}mm"
    assert value(".vk-achter__label", "border").startswith(f"{rugbeeld.BORDER:g}mm solid")
    assert value(".vk-achter__label", "border-radius") == f"{rugbeeld.RADIUS:g}mm"
    assert value(".vk-achter", "padding") == f"{rugbeeld.INSET:g}mm"


DECKS = [deck.titel for deck in load_stapels(ROOT).values()]


@pytest.mark.parametrize("back_width", BACK_WIDTHS)
@pytest.mark.parametrize("deck", DECKS)
def test_every_line_fits_inside_the_box_and_the_box_inside_the_back(deck: str, back_width: float) -> None:
    """For every deck of the data and every card size, no line runs past the box's padding (before, the
    9-up back cut 'Family Finding-gesprekken' off on both sides), and the box keeps the back's 9 mm inset."""
    svg = rugbeeld.label_svg(ROOT, deck, SITE, "#7a3b0c", back_width)
    tree = ElementTree.fromstring(svg)
    width = float(tree.get("viewBox").split()[2])
    assert width <= back_width - 2 * rugbeeld.INSET
    room = width - 2 * (rugbeeld.PAD_X + rugbeeld.BORDER)
    for text, size in lines(svg):
        assert rugbeeld.text_width(ROOT, text, size / rugbeeld.PT, size > 4.5) <= room + 0.01, text
    assert re.sub(r"(?<=-) ", "", " ".join(t for t, _ in lines(svg))) == f"{deck} {SITE}"


def test_the_deck_name_never_leaves_its_last_word_alone() -> None:
    """A deck name that wraps keeps its last two words on one line, as kaart.html's `deck` does."""
    svg = rugbeeld.label_svg(ROOT, "Vervolgvragen bij ‘Ja, maar…’ en ‘Nee’", SITE, "#000000", min(BACK_WIDTHS))
    deck_lines = [t for t, size in lines(svg) if size > 4.5]
    assert len(deck_lines) > 1 and deck_lines[-1].endswith("en ‘Nee’"), deck_lines


def test_text_from_data_stays_text() -> None:
    """Markup and entities in a deck name are the characters themselves: no element, no attribute, and
    the data: URL has no quote or bracket that could end the CSS url() it sits in."""
    deck = '<b onmouseover="x()">Eigen</b> & "zo" ]]>'
    svg = rugbeeld.label_svg(ROOT, deck, SITE, "#000000", max(BACK_WIDTHS))
    tree = ElementTree.fromstring(svg)
    assert {e.tag for e in tree.iter()} == {f"{SVG}svg", f"{SVG}rect", f"{SVG}text"}
    assert " ".join(t for t, size in lines(svg) if size > 4.5) == deck
    url = rugbeeld.back_image(ROOT, deck, SITE, "#000000", max(BACK_WIDTHS))
    assert not set("'\"()<> ") & set(url)
    assert urllib.parse.unquote(url.removeprefix("data:image/svg+xml,")) == svg


def test_widths_come_from_the_bundled_font() -> None:
    """A bold line is wider than the same line in regular, an accented letter has its own width."""
    regular = rugbeeld.text_width(ROOT, "Wie-vragen", 14, bold=False)
    assert rugbeeld.text_width(ROOT, "Wie-vragen", 14, bold=True) > regular > 20
    assert rugbeeld.text_width(ROOT, "appèl", 14, bold=False) == pytest.approx(
        rugbeeld.text_width(ROOT, "appel", 14, bold=False), abs=0.3
    )
