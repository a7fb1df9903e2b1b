"""Nothing lost (issue 3.1): two tabs, a file that holds what its dialog says, an opt-out that fails,
a replace that asks first, crafted files, and a wipe that leaves other copies alone. Each case
lost data or misled before; in Chromium against the built site."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from bewaren import save_file
from netwerkkaart_hulp import KEY, add, in_table, network_file, open_map, person
from opslag import scoped
from test_privacy import open_sheets
from test_werkbladen import field

SHEETS_KEY = scoped("handreiking.family-finding-werkbladen")


def kept(page: Page, key: str = KEY) -> dict:
    """What the device keeps under a key, parsed."""
    return json.loads(page.evaluate("k => localStorage.getItem(k)", key))


def test_two_tabs_never_overwrite_each_other(browser: Browser, base_url: str) -> None:
    """Tab 1 adds Tante Els, tab 2 (open all along) shows her at once and adds Buurman Piet; a write
    that races another tab's (no event seen yet) merges by person; after reloading both are kept."""
    context = browser.new_context(locale="nl-NL")
    one, two = context.new_page(), context.new_page()
    open_map(one, base_url)
    one.get_by_label("Bewaar op dit apparaat").check()
    open_map(two, base_url)
    expect(two.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    add(one, "Tante Els")
    expect(two.locator("[data-nk-tabel]")).to_contain_text("Tante Els")
    expect(two.locator("[data-nk-status]")).to_contain_text("bijgewerkt vanuit een ander tabblad")
    add(two, "Buurman Piet")
    expect(one.locator("[data-nk-tabel]")).to_contain_text("Buurman Piet")
    # A write from elsewhere that tab 2 has not heard of (the writer gets no storage event):
    raced = kept(two)
    raced["mensen"].append({**person("Oom Kees"), "id": "pandere1"})
    two.evaluate("([k, t]) => localStorage.setItem(k, t)", [KEY, json.dumps(raced)])
    add(two, "Juf Petra")
    assert sorted(kept(two)["mensen"], key=lambda p: p["naam"])[2]["naam"] == "Oom Kees"  # merged, not overwritten
    expect(two.locator("[data-nk-tabel]")).to_contain_text("Oom Kees")
    for page in (one, two):
        page.reload()
        expect(page.locator(".nk-app")).to_be_visible()
        assert sorted(in_table(page)) == ["Buurman Piet", "Juf Petra", "Oom Kees", "Tante Els"]
    context.close()


def test_the_worksheets_file_holds_the_olievlek_names_from_the_network(page: Page, base_url: str) -> None:
    """A place of the olievlek filled from the network: the file holds that person too; after wiping
    everything, opening the file shows the name in its place again."""
    open_map(page, base_url)
    add(page, "Oma Jansen")
    open_sheets(page, base_url)
    page.get_by_label("Uit het netwerk (persoon 1)").select_option(label="Oma Jansen")
    field(page, "olievlek", "naam", "p2").fill("Buurvrouw")
    data = json.loads(
        Path(save_file(page, page.get_by_role("button", name="Bewaar als bestand")).path()).read_text(encoding="utf-8")
    )
    assert data["soort"] == "casus" and [(p["naam"], p["olievlek"]) for p in data["mensen"]] == [("Oma Jansen", 1)]
    assert data["werkbladen"]["velden"]["olievlek.p2.naam"] == "Buurvrouw"
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles van deze site wissen").click()
    expect(field(page, "olievlek", "naam", "p1")).to_have_value("")
    page.set_input_files(
        ".wb-app input[type=file]",
        {"name": "w.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()},
    )
    expect(page.locator(".wb-melding")).to_contain_text("geopend, met het netwerk (1 persoon)")
    expect(field(page, "olievlek", "naam", "p1")).to_have_value("Oma Jansen")
    expect(field(page, "olievlek", "naam", "p2")).to_have_value("Buurvrouw")


def test_an_old_worksheets_file_shows_its_typed_olievlek_name(page: Page, base_url: str) -> None:
    """A file of versie 1 types a name on place 1 while a network person sits there: the typed name shows."""
    open_map(page, base_url)
    add(page, "Oma Jansen")
    open_sheets(page, base_url)
    page.get_by_label("Uit het netwerk (persoon 1)").select_option(label="Oma Jansen")
    old = {"soort": "family-finding-werkbladen", "versie": 1, "velden": {"olievlek.p1.naam": "Tante Mien"}}
    page.once("dialog", lambda d: d.accept())
    page.set_input_files(
        ".wb-app input[type=file]",
        {"name": "w.json", "mimeType": "application/json", "buffer": json.dumps(old).encode()},
    )
    expect(page.locator(".wb-melding")).to_contain_text("De werkbladen zijn geopend")
    expect(field(page, "olievlek", "naam", "p1")).to_have_value("Tante Mien")
    expect(page.get_by_label("Uit het netwerk (persoon 1)")).to_have_value("")


def test_opening_a_file_asks_before_replacing_a_typed_middle_name(page: Page, base_url: str) -> None:
    """Only a name in the middle, nobody yet: opening a file asks first; cancelling keeps the name."""
    open_map(page, base_url)
    page.fill("[data-nk-midden]", "Gezin K.")
    with page.expect_event("dialog") as info:
        page.set_input_files(
            "[data-nk-import]",
            {
                "name": "n.json",
                "mimeType": "application/json",
                "buffer": json.dumps(network_file([person("Opa")])).encode(),
            },
        )
    assert "vervangt wat nu is ingevuld" in info.value.message
    info.value.dismiss()
    expect(page.locator("[data-nk-midden]")).to_have_value("Gezin K.")
    assert in_table(page) == []


def test_opting_out_with_full_tab_storage_offers_the_file(page: Page, base_url: str) -> None:
    """Unticking 'Bewaar op dit apparaat' while this tab's storage refuses: the data stays on the page and
    the block offers 'Bewaar nu als bestand', which saves everyone."""
    open_map(page, base_url)
    page.get_by_label("Bewaar op dit apparaat").check()
    add(page, "Oma")
    page.evaluate("""() => { const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) { if (this === sessionStorage) throw new DOMException('vol', 'QuotaExceededError');
        return set.call(this, k, v); }; }""")
    page.get_by_label("Bewaar op dit apparaat").uncheck()
    alert = page.get_by_role("alert").filter(has_text="De kopie op dit apparaat is verwijderd")
    expect(alert).to_contain_text("Bewaar het nu als bestand")
    saved = save_file(page, alert.get_by_role("button", name="Bewaar nu als bestand"))
    assert [p["naam"] for p in json.loads(Path(saved.path()).read_text(encoding="utf-8"))["mensen"]] == ["Oma"]
    assert in_table(page) == ["Oma"]


def test_the_worksheets_say_kept_when_the_network_they_show_is_kept(page: Page, base_url: str) -> None:
    """Opted in on the map: the worksheets page shows the box ticked and keeps its own text on the device too."""
    open_map(page, base_url)
    page.get_by_label("Bewaar op dit apparaat").check()
    add(page, "Oma")
    open_sheets(page, base_url)
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    expect(page.locator(".wb-tot")).to_contain_text("bewaard tot")
    field(page, "olievlek", "naam", "p2").fill("Buurvrouw")
    assert kept(page, SHEETS_KEY)["velden"]["olievlek.p2.naam"] == "Buurvrouw"


def test_an_encrypted_file_naming_a_prototype_key_says_plain_dutch(page: Page, base_url: str) -> None:
    """inhoud "constructor" or "__proto__" in a crafted file: no JavaScript source text in the message."""
    open_map(page, base_url)
    for inhoud in ("constructor", "__proto__", "toString"):
        crafted = {
            "soort": "handreiking-versleuteld",
            "versie": 1,
            "inhoud": inhoud,
            "algoritme": "AES-256-GCM",
            "kdf": {"naam": "PBKDF2", "hash": "SHA-256", "iteraties": 600000, "zout": "A" * 24},
            "iv": "A" * 16,
            "gegevens": "A" * 24,
        }
        page.set_input_files(
            "[data-nk-import]",
            {"name": "x.json", "mimeType": "application/json", "buffer": json.dumps(crafted).encode()},
        )
        status = page.locator("[data-nk-fout], [data-nk-status]").filter(has_text="hoort niet bij deze pagina")
        expect(status.first).to_contain_text("het bevat iets anders")
        assert "function" not in status.first.inner_text() and "native code" not in status.first.inner_text()


def test_wiping_this_copy_leaves_the_bare_key_other_copies_share(page: Page, base_url: str) -> None:
    """An older version's key without a copy's path belongs to every copy on the origin: 'Alles van deze
    site wissen' leaves it, and it does not move into this copy afterwards."""
    open_map(page, base_url)
    add(page, "Oma")
    bare = json.dumps(network_file([person("Van een andere kopie")]))
    page.evaluate("t => localStorage.setItem('handreiking.netwerk', t)", bare)
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Alles van deze site wissen").click()
    expect(page.locator("[data-nk-status]")).to_contain_text("Alles van deze site is gewist")
    assert page.evaluate("localStorage.getItem('handreiking.netwerk')") == bare
    open_map(page, base_url)
    assert in_table(page) == []
    assert page.evaluate("localStorage.getItem('handreiking.netwerk')") == bare
