"""One family, one case (issue 3.2): the network with its map marks, the circles' placements, the
olievlek and every worksheet field are one case. Saved from any of the three pages, wiped with
'Alles van deze site wissen' and opened on another page, every page's part of a 12-person case is back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from bewaren import save_file
from netwerkkaart_hulp import TWELVE, in_table, network_file, open_file, open_map
from test_privacy import open_sheets
from test_veiligheidscirkels import names_in_ring, network, open_sheet, place
from test_werkbladen import field

NAMES = [p["naam"] for p in TWELVE]
SAVE = {
    "netwerkkaart": "[data-nk-export]",
    "cirkels": "[data-vc-export]",
    "werkbladen": ".wb-app button:text-is('Bewaar als bestand')",
}
OPENER = {"netwerkkaart": open_map, "cirkels": open_sheet, "werkbladen": open_sheets}
FILE_INPUT = {
    "netwerkkaart": "[data-nk-import]",
    "cirkels": "[data-vc-import]",
    "werkbladen": ".wb-app input[type=file]",
}


def fill_case(page: Page, base_url: str) -> None:
    """Twelve people with their map marks, two placed in circle 1, two in the olievlek, worksheet text."""
    open_map(page, base_url)
    open_file(page, network_file(TWELVE, midden="Gezin J."))
    open_sheet(page, base_url)
    place(page, 1, "Oma Jansen", 1)
    place(page, 1, "Buurvrouw Anja", 2)
    open_sheets(page, base_url)
    page.get_by_label("Uit het netwerk (persoon 1)").select_option(label="Oma Jansen")
    field(page, "olievlek", "naam", "p2").fill("Mevrouw van de bakker")
    field(page, "waarde-interview", "belangrijk").fill("Samen eten op zondag")


def assert_case(page: Page, base_url: str) -> None:
    """Every page shows its part of the case."""
    open_map(page, base_url)
    assert sorted(in_table(page)) == sorted(NAMES)
    expect(page.locator("[data-nk-midden]")).to_have_value("Gezin J.")
    assert (
        json.loads(
            page.evaluate(
                "k => sessionStorage.getItem(k) || localStorage.getItem(k)", "/een/diep/pad/.handreiking.netwerk"
            )
        )["mensen"][0]["kaart"]["contact"]
        == "sterk"
    )
    open_sheet(page, base_url)
    assert sorted(network(page)) == sorted(NAMES)
    assert names_in_ring(page, 1, 1) == ["Oma Jansen"] and names_in_ring(page, 1, 2) == ["Buurvrouw Anja"]
    open_sheets(page, base_url)
    expect(field(page, "olievlek", "naam", "p1")).to_have_value("Oma Jansen")
    expect(field(page, "olievlek", "naam", "p2")).to_have_value("Mevrouw van de bakker")
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Samen eten op zondag")


@pytest.mark.parametrize(
    ("saved_on", "opened_on"), [("netwerkkaart", "werkbladen"), ("cirkels", "netwerkkaart"), ("werkbladen", "cirkels")]
)
def test_one_case_file_restores_every_page_after_wiping_everything(
    page: Page, base_url: str, saved_on: str, opened_on: str
) -> None:
    """Save the case on one page, 'Alles van deze site wissen', open it on another: all three parts are back."""
    fill_case(page, base_url)
    OPENER[saved_on](page, base_url)
    saved = Path(save_file(page, SAVE[saved_on]).path()).read_text(encoding="utf-8")
    data = json.loads(saved)
    assert data["soort"] == "casus" and len(data["mensen"]) == 12
    assert data["werkbladen"]["velden"]["waarde-interview.belangrijk"] == "Samen eten op zondag"
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles van deze site wissen").click()
    OPENER[opened_on](page, base_url)
    page.set_input_files(
        FILE_INPUT[opened_on], {"name": "casus.json", "mimeType": "application/json", "buffer": saved.encode()}
    )
    expect(page.get_by_role("status").filter(has_text="geopend").first).to_be_visible()
    assert_case(page, base_url)


def test_one_keep_choice_for_the_whole_case(page: Page, base_url: str) -> None:
    """Opting in on the worksheets keeps the network too: the map shows the box ticked with the same date."""
    open_sheets(page, base_url)
    field(page, "waarde-interview", "belangrijk").fill("Samen eten")
    page.get_by_label("Bewaar op dit apparaat").check()
    until = page.locator(".wb-tot").inner_text()
    open_map(page, base_url)
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    expect(page.locator(".nk-tot")).to_have_text(until)
    page.get_by_label("Bewaar op dit apparaat").uncheck()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('handreiking.'))") == []
    open_sheets(page, base_url)
    expect(page.get_by_label("Bewaar op dit apparaat")).not_to_be_checked()
    expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Samen eten")
