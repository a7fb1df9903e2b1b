"""Deck builder print in Chromium (nl-NL): the back offset understands a Dutch comma, and the print
uses the bundled font."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from test_vraagkaarten_browser import CHOSEN, open_page

LEFT_8 = 10.0 + 95.0  # mm: the first card's back on an 8-sheet lies in the right column (mirrored)


def back_left(page: Page) -> float:
    """Where the first card's back is placed on the print sheet, in mm (its inline style)."""
    style = page.locator(".vk-print .vk-vel--achter .vk-plek").first.get_attribute("style")
    return float(re.search(r"left:\s*(-?[\d.]+)mm", style).group(1))


def type_offset(page: Page, text: str) -> None:
    """Type a value into the x offset and leave the field (a change event, as a user does)."""
    field = page.locator("#vk-offset-x")
    field.fill("")
    field.press_sequentially(text)
    field.press("Tab")


@pytest.mark.parametrize(("typed", "mm", "shown"), [
    ("1,5", 1.5, "1,5"), ("1.5", 1.5, "1,5"), ("-0,5", -0.5, "−0,5"), ("−0,5", -0.5, "−0,5"), ("10", 10.0, "10"),
])
def test_offset_accepts_a_dutch_comma_and_says_what_it_uses(page: Page, base_url: str, typed: str, mm: float, shown: str) -> None:
    """Typing 1,5 (or 1.5, -0,5, −0,5) moves the backs by that many mm and says so: 'Verschuiving: x 1,5 mm'."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    assert back_left(page) == pytest.approx(LEFT_8)
    type_offset(page, typed)
    expect(page.locator("#vk-offset-melding")).to_have_text(f"Verschuiving: x {shown} mm, y 0 mm")
    assert back_left(page) == pytest.approx(LEFT_8 + mm, abs=0.01)
    expect(page.locator("#vk-offset-x")).to_have_value(shown)
    expect(page.locator("#vk-offset-x")).not_to_have_attribute("aria-invalid", "true")


@pytest.mark.parametrize("typed", ["abc", "1,5,5", "11", "-10,5", "1,5 mm", ""])
def test_offset_refuses_anything_else_in_dutch_and_keeps_the_last_value(page: Page, base_url: str, typed: str) -> None:
    """Not a number from −10 to 10: a Dutch message, the field marked invalid, the offset used so far kept."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()
    type_offset(page, "2,5")
    type_offset(page, typed)
    message = page.locator("#vk-offset-melding")
    expect(message).to_contain_text("vul een getal in van −10 tot 10 mm")
    expect(message).to_contain_text("Nu gebruikt: x 2,5 mm")
    expect(page.locator("#vk-offset-x")).to_have_attribute("aria-invalid", "true")
    assert back_left(page) == pytest.approx(LEFT_8 + 2.5, abs=0.01)


def test_printed_back_moves_by_the_typed_offset_and_uses_the_bundled_font(page: Page, base_url: str, tmp_path: Path) -> None:
    """In the printed PDF (page.pdf) the back's label lies 1.5 mm further right after typing 1,5 (± 0.3 mm),
    and every font in it is Atkinson Hyperlegible."""
    open_page(page, base_url)
    page.locator(f"#kaart-{CHOSEN[0]} .vk-kies input").check()

    def label_x(name: str) -> float:
        """The left edge (mm) of the first word on the printed back."""
        pdf = tmp_path / f"{name}.pdf"
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        page.emulate_media(media="screen")
        out = subprocess.run(["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        return float(re.search(r'<word xMin="([\d.]+)"', out).group(1)) * 25.4 / 72

    before = label_x("zonder")
    type_offset(page, "1,5")
    after = label_x("met")
    assert after - before == pytest.approx(1.5, abs=0.3)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "met.pdf")], capture_output=True, text=True, check=True).stdout
    names = {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in fonts.splitlines()[2:]}
    assert names and all(n.replace("-", "").startswith("AtkinsonHyperlegible") for n in names), names
