"""A worksheet's file, encrypted with a password by default (assets/kern/bestand.js), in Chromium:
round trip, wrong password, damaged files, a standard format, keyboard, axe, and where the
browser cannot encrypt (plain http on another host)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from axe_rules import axe_violations
from bewaren import (
    PASSWORD,
    decrypt,
    envelope,
    key_from_password,
    password_dialog,
    save_dialog,
    save_file,
    type_password,
)
from keyboard import tab_to
from recorder import Recorder
from test_privacy import open_sheets
from test_veiligheidscirkels import KEY, PATH, add, assert_three, fill_three, network, open_sheet
from test_werkbladen import KEY as SHEETS_KEY
from test_werkbladen import field

WRONG = "Dit wachtwoord past niet bij dit bestand"


def stored(page: Page, key: str = KEY) -> str | None:
    """What the tab keeps for a worksheet."""
    return page.evaluate("k => sessionStorage.getItem(k)", key)


def wipe(page: Page) -> None:
    """The circles' "Alles wissen", confirmed."""
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("[data-vc-wis]")
    expect(page.locator(".vc-netwerk li")).to_have_count(0)


def open_circles_file(page: Page, name: str, content: bytes) -> None:
    """Choose a file in the circles' "Open een bestand"."""
    page.set_input_files("[data-vc-import]", {"name": name, "mimeType": "application/json", "buffer": content})


def test_encrypted_round_trip(page: Page, base_url: str) -> None:
    """Saved with a password: names unreadable in the file, PBKDF2 600 000 and AES-GCM as
    documented (key derived by Python, decrypted without the site's code); after wiping, a wrong
    password changes nothing; the right one brings back exactly what was saved."""
    recorder = Recorder(page)
    open_sheet(page, base_url)
    fill_three(page)
    add(page, "Opa", "woont in Spanje")
    saved = save_file(page, "[data-vc-export]", PASSWORD)
    expect(page.locator("[data-vc-status]")).to_contain_text(
        "De casus is versleuteld als bestand bewaard: het netwerk (4 mensen) en de werkbladen"
    )
    expect(page.locator("[data-vc-export]")).to_be_focused()
    assert re.fullmatch(r"casus-\d{4}-\d\d-\d\d-versleuteld\.json", saved.suggested_filename)
    text = Path(saved.path()).read_text(encoding="utf-8")
    data = envelope(text)
    # No name in the readable fields nor in the decoded ciphertext (base64 may spell "Oma" by chance).
    readable = json.dumps({k: v for k, v in json.loads(text).items() if k != "gegevens"}, ensure_ascii=False)
    for name in ("Oma", "Gezin", "Spanje"):
        assert name not in readable and name.encode() not in data["gegevens"], name
    assert {k: data[k] for k in ("soort", "versie", "inhoud", "algoritme")} == {
        "soort": "handreiking-versleuteld",
        "versie": 1,
        "inhoud": "casus",
        "algoritme": "AES-256-GCM",
    }
    assert data["kdf"]["iteraties"] >= 600_000 and len(data["kdf"]["zout"]) == 16 and len(data["iv"]) == 12
    plain = decrypt(page, data, key_from_password(data, PASSWORD))
    worksheet = json.loads(plain)
    assert worksheet["soort"] == "casus" and [p["naam"] for p in worksheet["mensen"]] == [
        "Oma",
        "Buurvrouw",
        "Juf Anja",
        "Opa",
    ]

    wipe(page)
    empty = stored(page)
    open_circles_file(page, saved.suggested_filename, text.encode())
    dialog = type_password(page, "drie losse woorde")
    expect(dialog.get_by_role("alert")).to_contain_text(WRONG)
    expect(dialog.get_by_role("alert")).to_contain_text("Er is niets veranderd")
    expect(dialog.get_by_label("Wachtwoord")).to_be_focused()
    assert network(page) == [] and stored(page) == empty
    type_password(page, PASSWORD)
    expect(dialog).to_have_count(0)
    expect(page.locator("[data-vc-status]")).to_contain_text("Het netwerk is geopend: 4 mensen")
    assert_three(page)
    assert network(page) == ["Oma", "Buurvrouw", "Juf Anja", "Opa"]
    again = save_file(page, "[data-vc-export]")
    assert again.suggested_filename == saved.suggested_filename.replace("-versleuteld", "")
    assert Path(again.path()).read_text(encoding="utf-8") == plain, "niet precies wat versleuteld was"
    assert recorder.outside(base_url) == [] and recorder.errors == []


def changed(data: dict, **fields: object) -> bytes:
    """An encrypted file (as `envelope` read it) with some fields changed, as a file again."""
    out = json.loads(
        json.dumps(
            {
                **data,
                "kdf": {**data["kdf"], "zout": base64.b64encode(data["kdf"]["zout"]).decode()},
                "iv": base64.b64encode(data["iv"]).decode(),
                "gegevens": base64.b64encode(data["gegevens"]).decode(),
            }
        )
    )
    for name, value in fields.items():
        if name in ("zout", "iteraties"):
            out["kdf"][name] = value
        else:
            out[name] = value
    return json.dumps(out).encode()


def flipped(data: dict, index: int) -> str:
    """The ciphertext with one bit of one byte changed, as in the file."""
    ciphertext = bytearray(data["gegevens"])
    ciphertext[index] ^= 0x01
    return base64.b64encode(bytes(ciphertext)).decode()


def test_damaged_or_other_encrypted_files_change_nothing(page: Page, base_url: str) -> None:
    """One changed byte in the ciphertext or the tag cannot be opened, even with the right password;
    a damaged, newer or other kind of encrypted file says so before asking; two saves differ."""
    open_sheet(page, base_url)
    add(page, "Oma")
    first = envelope(Path(save_file(page, "[data-vc-export]", PASSWORD).path()).read_text(encoding="utf-8"))
    second = envelope(Path(save_file(page, "[data-vc-export]", PASSWORD).path()).read_text(encoding="utf-8"))
    assert first["kdf"]["zout"] != second["kdf"]["zout"] and first["iv"] != second["iv"]
    assert first["gegevens"] != second["gegevens"]
    before = stored(page)
    for where in (0, len(first["gegevens"]) // 2, len(first["gegevens"]) - 1):  # ciphertext, ..., last byte of the tag
        open_circles_file(page, "kapot.json", changed(first, gegevens=flipped(first, where)))
        dialog = type_password(page, PASSWORD)
        expect(dialog.get_by_role("alert"), str(where)).to_contain_text(WRONG)
        dialog.get_by_role("button", name="Annuleren").click()
        expect(dialog).to_have_count(0)
        assert stored(page) == before and network(page) == ["Oma"]
    bad = {
        "nieuwere-versie": (changed(first, versie=2), "nieuwere versie van deze site (versie 2)"),
        "weinig-rondes": (changed(first, iteraties=1000), "het aantal rondes klopt niet"),
        "ander-algoritme": (changed(first, algoritme="AES-128-CBC"), "de manier van versleutelen is onbekend"),
        "geen-base64": (changed(first, iv="@@@"), "geen geldige tekst"),
        "iv-te-kort": (changed(first, iv=base64.b64encode(b"12345678901").decode()), "te kort"),
        # a case, a network or worksheets open on every page of the family; another kind does not
        "ander-werkblad": (changed(first, inhoud="veiligheidscirkels"), "het bevat de veiligheidscirkels"),
        "onbekend": (changed(first, inhoud="constructor"), "het bevat iets anders"),
    }
    for name, (content, message) in bad.items():
        open_circles_file(page, f"{name}.json", content)
        expect(page.locator("[data-vc-fout]"), name).to_contain_text(message)
        expect(page.locator("[data-vc-fout]"), name).to_contain_text("Er is niets veranderd")
        assert page.locator("dialog.kd").count() == 0, name
        assert stored(page) == before and network(page) == ["Oma"], name


def test_dialogs_by_keyboard_accessible_and_narrow(page: Page, base_url: str) -> None:
    """The save and password dialogs with the keyboard alone: focus moves in and comes back,
    errors are said and point at the field, Escape closes; axe finds nothing in any state;
    no sideways scroll at 390 px."""
    open_sheet(page, base_url)
    add(page, "Buurman")
    page.evaluate("document.activeElement.blur()")
    tab_to(page, "[data-vc-export]")
    page.keyboard.press("Enter")
    dialog = save_dialog(page)
    expect(dialog.get_by_label("Met wachtwoord versleuteld")).to_be_focused()
    expect(dialog.get_by_label("Met wachtwoord versleuteld")).to_be_checked()
    assert axe_violations(page) == []
    page.keyboard.press("Tab")
    expect(dialog.get_by_label("Wachtwoord", exact=True)).to_be_focused()
    page.keyboard.type("te kort")
    page.keyboard.press("Enter")
    alert = dialog.get_by_role("alert")
    expect(alert).to_contain_text("te kort: gebruik minstens 12 tekens")
    expect(dialog.get_by_label("Wachtwoord", exact=True)).to_be_focused()
    expect(dialog.get_by_label("Wachtwoord", exact=True)).to_have_attribute("aria-invalid", "true")
    assert axe_violations(page) == []
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD + "!")
    page.keyboard.press("Enter")
    expect(alert).to_contain_text("niet gelijk")
    expect(dialog.get_by_label("Typ het wachtwoord nog een keer")).to_be_focused()
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("window.innerWidth === 390")
    box = dialog.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert dialog.evaluate("d => d.scrollWidth - d.clientWidth") <= 0
    page.keyboard.type(PASSWORD)
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    expect(dialog).to_have_count(0)
    expect(page.locator("[data-vc-export]")).to_be_focused()
    text = Path(info.value.path()).read_text(encoding="utf-8")

    page.keyboard.press("Enter")  # again, and this time readable, chosen with the arrow keys
    expect(dialog.get_by_label("Met wachtwoord versleuteld")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(dialog.get_by_label("Zonder wachtwoord (leesbaar bestand)")).to_be_checked()
    expect(dialog.get_by_label("Wachtwoord", exact=True)).to_be_hidden()
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    expect(page.locator("[data-vc-export]")).to_be_focused()

    page.locator("[data-vc-import]").focus()
    open_circles_file(page, "werkblad.json", text.encode())
    ask = password_dialog(page)
    expect(ask.get_by_label("Wachtwoord")).to_be_focused()
    assert axe_violations(page) == []
    page.keyboard.press("Enter")
    expect(ask.get_by_role("alert")).to_contain_text("Typ het wachtwoord.")
    page.keyboard.type("fout fout fout")
    page.keyboard.press("Enter")
    expect(ask.get_by_role("alert")).to_contain_text(WRONG)
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    expect(ask).to_have_count(0)
    expect(page.locator("[data-vc-import]")).to_be_focused()
    assert network(page) == ["Buurman"]


def test_worksheets_encrypted_and_plain_round_trip(page: Page, base_url: str) -> None:
    """The Family Finding worksheets save encrypted or readable and open both again; a file of
    the circles or one with an unknown field changes nothing."""
    recorder = Recorder(page)
    open_sheets(page, base_url)
    field(page, "olievlek", "naam", "p1").fill("Buurvrouw")
    field(page, "waarde-interview", "belangrijk").fill("Samen eten")
    export = page.get_by_role("button", name="Bewaar als bestand")
    saved = save_file(page, export, PASSWORD)
    assert re.fullmatch(r"casus-\d{4}-\d\d-\d\d-versleuteld\.json", saved.suggested_filename)
    expect(page.locator(".wb-melding")).to_contain_text(
        "De casus is versleuteld als bestand bewaard: de werkbladen en het netwerk"
    )
    plain = save_file(page, export)
    assert (
        json.loads(Path(plain.path()).read_text(encoding="utf-8"))["werkbladen"]["velden"]["olievlek.p1.naam"]
        == "Buurvrouw"
    )
    kept = stored(page, SHEETS_KEY)
    opener = page.locator(".wb-app input[type=file]")
    for name, content, message in (
        ("keuze.json", {"soort": "vraagkaarten-keuze", "versie": 1, "gekozen": []}, "geen werkblad van deze pagina"),
        ("cirkels.json", {"soort": "veiligheidscirkels", "versie": 1, "mensen": []}, "De naam in het midden ontbreekt"),
        (
            "vak.json",
            {"soort": "family-finding-werkbladen", "versie": 1, "velden": {"x.y": "z"}},
            "een vak dat de werkbladen niet hebben: ‘x.y’",
        ),
    ):
        opener.set_input_files({"name": name, "mimeType": "application/json", "buffer": json.dumps(content).encode()})
        expect(page.locator(".wb-melding"), name).to_contain_text(message)
        assert stored(page, SHEETS_KEY) == kept, name

    for file, password in ((saved, PASSWORD), (plain, None)):
        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Alles wissen", exact=True).click()
        expect(field(page, "olievlek", "naam", "p1")).to_have_value("")
        opener.set_input_files(file.path())
        if password:
            type_password(page, password)
        expect(page.locator(".wb-melding")).to_contain_text("De werkbladen zijn geopend")
        expect(field(page, "olievlek", "naam", "p1")).to_have_value("Buurvrouw")
        expect(field(page, "waarde-interview", "belangrijk")).to_have_value("Samen eten")
        assert stored(page, SHEETS_KEY) == kept
    assert recorder.outside(base_url) == [] and recorder.errors == []


def test_plain_http_elsewhere_offers_only_a_readable_file(browser: Browser, site: Path) -> None:
    """On plain http from another host (an intranet without https) the browser has no Web Crypto:
    the dialog says so in Dutch and saves readable; an encrypted file cannot be opened there."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    origin = "http://intranet.voorbeeld/"
    page.route(origin + "**", lambda route: route.fulfill(path=site / route.request.url[len(origin) :].split("?")[0]))
    open_sheet(page, origin)
    assert page.evaluate("window.isSecureContext") is False
    add(page, "Oma")
    page.click("[data-vc-export]")
    dialog = save_dialog(page)
    expect(dialog).to_contain_text("Versleutelen kan hier niet.")
    expect(dialog).to_contain_text("http://intranet.voorbeeld")
    expect(dialog.get_by_label("Met wachtwoord versleuteld")).to_be_disabled()
    expect(dialog.get_by_label("Zonder wachtwoord (leesbaar bestand)")).to_be_checked()
    expect(dialog.get_by_label("Zonder wachtwoord (leesbaar bestand)")).to_be_focused()
    assert axe_violations(page) == []
    with page.expect_download() as info:
        dialog.get_by_role("button", name="Bewaar").click()
    assert [p["naam"] for p in json.loads(Path(info.value.path()).read_text(encoding="utf-8"))["mensen"]] == ["Oma"]
    encrypted = {
        "soort": "handreiking-versleuteld",
        "versie": 1,
        "inhoud": "netwerk",
        "algoritme": "AES-256-GCM",
        "kdf": {"naam": "PBKDF2", "hash": "SHA-256", "iteraties": 600000, "zout": base64.b64encode(bytes(16)).decode()},
        "iv": base64.b64encode(bytes(12)).decode(),
        "gegevens": base64.b64encode(bytes(32)).decode(),
    }
    open_circles_file(page, "versleuteld.json", json.dumps(encrypted).encode())
    expect(page.locator("[data-vc-fout]")).to_contain_text("openen kan hier niet")
    assert network(page) == ["Oma"]
    context.close()


def test_encrypts_from_a_file_on_this_computer(page: Page, site: Path) -> None:
    """Opened as a file (file://), the worksheet saves encrypted and opens it again."""
    page.goto((site / PATH).as_uri())
    page.get_by_role("button", name="Invullen op dit apparaat").click()
    add(page, "Tante")
    saved = save_file(page, "[data-vc-export]", PASSWORD)
    assert envelope(Path(saved.path()).read_text(encoding="utf-8"))["inhoud"] == "casus"
    wipe(page)
    page.set_input_files("[data-vc-import]", saved.path())
    type_password(page, PASSWORD)
    expect(page.locator("[data-vc-status]")).to_contain_text("Het netwerk is geopend: 1 persoon")
    assert network(page) == ["Tante"]
