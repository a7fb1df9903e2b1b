"""Privacy by default and nothing lost, on all three handouts in Chromium: one storage rule from
the shared core (this tab until "Bewaar op dit apparaat", the keep period, "bewaard tot"), one
button that wipes everything of this copy, names cleaned of invisible characters, a failed save
shown with "Bewaar nu als bestand", strict checks on the card builder's import, focus and counts."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from bewaren import save_file
from opslag import scoped
from test_veiligheidscirkels import KEY as CIRCLES_KEY
from test_veiligheidscirkels import PATH as CIRCLES
from test_veiligheidscirkels import add, network, open_sheet
from test_vraagkaarten_browser import CHOSEN, open_page
from test_vraagkaarten_browser import KEY as CARDS_KEY
from test_vraagkaarten_browser import PAGE as CARDS
from test_werkbladen import PATH as SHEETS
from test_werkbladen import START, field

KEEP = "Bewaar op dit apparaat"
WIPE_ALL = "Alles van deze site wissen"
DAY_MS = 24 * 60 * 60 * 1000
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def open_sheets(page: Page, base_url: str) -> None:
    """Open the Family Finding worksheets and start filling in (unless kept data started them)."""
    page.goto(base_url + SHEETS, wait_until="networkidle")
    start = page.get_by_role("button", name=START)
    if start.is_visible():
        start.click()
    expect(page.locator(".wb-app")).to_be_visible()


def open_cards(page: Page, base_url: str) -> None:
    """Open the card page with its builder (started by the button unless kept data started it)."""
    page.goto(base_url + CARDS, wait_until="networkidle")
    start = page.get_by_role("button", name="Kaarten samenstellen")
    if start.is_visible():
        start.click()
    expect(page.locator("#vk-bouwer")).to_be_visible()


def choose(page: Page, card: str) -> None:
    page.locator(f"#kaart-{card} .vk-kies input").check()


def handout_keys(page: Page) -> dict[str, list[str]]:
    """The keys of this copy's handouts in each storage area (not Material's "__" keys)."""
    return page.evaluate(
        """prefix => {
        const keys = s => Array.from({length: s.length}, (_, i) => s.key(i))
            .filter(k => k.startsWith(prefix) && !k.startsWith(prefix + '__')).sort();
        return {local: keys(localStorage), session: keys(sessionStorage)};
    }""",
        scoped(""),
    )


def dutch_date(day: datetime) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# ---------- One rule: the tab until the opt-in, the device after ----------


def test_card_choice_stays_in_the_tab_until_opted_in(browser: Browser, base_url: str) -> None:
    """Without the opt-in a chosen card survives a reload in the same tab but not a new context
    with everything the browser keeps; after the opt-in a new page of the same context has it."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    open_page(page, base_url)
    expect(page.get_by_label(KEEP)).not_to_be_checked()
    choose(page, CHOSEN[0])
    page.reload(wait_until="networkidle")
    expect(page.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    assert page.evaluate("localStorage.length") == 0, "zonder vinkje staat de keuze op het apparaat"

    other = browser.new_context(locale="nl-NL", storage_state=context.storage_state())
    fresh = other.new_page()
    open_cards(fresh, base_url)
    expect(fresh.locator("#vk-aantal")).to_have_text("0 kaarten gekozen")
    other.close()

    page.get_by_label(KEEP).check()
    expect(page.locator(".vk-waarschuwing")).to_be_visible()
    second = context.new_page()
    second.goto(base_url + CARDS, wait_until="networkidle")
    expect(second.locator("#vk-bouwer")).to_be_visible()  # kept data loads the builder at once
    expect(second.locator("#vk-aantal")).to_have_text("1 kaart gekozen")
    expect(second.get_by_label(KEEP)).to_be_checked()
    context.close()


def test_a_choice_kept_on_the_device_counts_as_opted_in(page: Page, base_url: str) -> None:
    """A choice that older versions kept in localStorage stays there and shows as kept."""
    page.goto(base_url + CARDS, wait_until="networkidle")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [CARDS_KEY, json.dumps({"gekozen": CHOSEN[:2]})])
    page.reload(wait_until="networkidle")
    expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")
    expect(page.get_by_label(KEEP)).to_be_checked()
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", CARDS_KEY))["gekozen"] == CHOSEN[:2]


def test_same_truthful_privacy_text_on_every_handout(page: Page, base_url: str) -> None:
    """All three handouts say the same about storage, and do not promise that closing the tab
    removes it: Chromium may write tab storage to disk."""
    texts = []
    for opener, selector in (
        (open_sheet, ".vc-opslagtekst"),
        (open_sheets, ".wb-opslagtekst"),
        (open_cards, ".vk-opslagtekst"),
    ):
        opener(page, base_url)
        texts.append(page.locator(selector).inner_text())
        expect(page.get_by_label(KEEP)).to_be_visible()
        expect(page.get_by_role("button", name=WIPE_ALL)).to_be_visible()
    assert texts[0] == texts[1] == texts[2]
    assert "alleen voor dit tabblad" in texts[0] and "in zijn eigen bestanden op dit apparaat" in texts[0]
    assert "30 dagen niet gebruikt" in texts[0] and "is het weg" not in texts[0] and "niets verstuurd" in texts[0]


# ---------- The keep period ----------


@pytest.mark.parametrize("handout", ["cirkels", "kaarten"])
def test_kept_data_unused_for_longer_than_the_keep_period_is_gone(page: Page, base_url: str, handout: str) -> None:
    """Kept data last used 31 days ago (the keep period is 30) is removed before it shows; data
    last used 29 days ago stays."""

    def fill() -> None:
        if handout == "cirkels":
            open_sheet(page, base_url)
            add(page, "Oma")
        else:
            open_cards(page, base_url)
            choose(page, CHOSEN[0])
        page.get_by_label(KEEP).check()

    def shown() -> bool:
        if handout == "cirkels":
            open_sheet(page, base_url)
            return network(page) == ["Oma"]
        open_cards(page, base_url)
        return page.locator("#vk-aantal").inner_text() == "1 kaart gekozen"

    key = CIRCLES_KEY if handout == "cirkels" else CARDS_KEY
    fill()
    back = "([k, d]) => localStorage.setItem(k + '.gebruikt', String(Date.now() - d))"
    page.evaluate(back, [key, 29 * DAY_MS])
    assert shown(), "na 29 dagen is het al weg"
    page.evaluate(back, [key, 31 * DAY_MS])
    assert not shown(), "na 31 dagen staat het er nog"
    assert page.evaluate("k => [localStorage.getItem(k), sessionStorage.getItem(k)]", key) == [None, None]
    expect(page.get_by_label(KEEP)).not_to_be_checked()


def test_kept_until_shows_the_dutch_date(page: Page, base_url: str) -> None:
    """Kept on the device, the opt-in says until when: the keep period after the last use."""
    open_sheet(page, base_url)
    add(page, "Oma")
    expect(page.locator(".vc-tot")).to_have_text("")
    page.get_by_label(KEEP).check()
    expect(page.locator(".vc-tot")).to_have_text(f"(bewaard tot {dutch_date(datetime.now() + timedelta(days=30))})")
    page.evaluate(
        "([k, d]) => localStorage.setItem(k + '.gebruikt', String(Date.now() - d))", [CIRCLES_KEY, 10 * DAY_MS]
    )
    page.reload(wait_until="networkidle")  # reading is a use too, so set it back once more
    expect(page.locator(".vc-tot")).to_have_text(f"(bewaard tot {dutch_date(datetime.now() + timedelta(days=30))})")
    page.evaluate(
        "([k, d]) => localStorage.setItem(k + '.gebruikt', String(Date.now() - d))", [CIRCLES_KEY, 10 * DAY_MS]
    )
    add(page, "Opa")  # a save is a use: the date moves on
    expect(page.locator(".vc-tot")).to_contain_text(dutch_date(datetime.now() + timedelta(days=30)))
    page.get_by_label(KEEP).uncheck()
    expect(page.locator(".vc-tot")).to_have_text("")


# ---------- One button wipes everything of this copy ----------


def test_wipe_all_removes_every_handout_of_this_copy_only(page: Page, base_url: str) -> None:
    """Kept circles and worksheets and a kept card choice all go with one button on any handout;
    another copy's data, an older version's bare key and Material's own keys stay. The next visit is light again."""
    open_sheet(page, base_url)
    add(page, "Oma")
    page.get_by_label(KEEP).check()
    open_sheets(page, base_url)
    field(page, "olievlek", "naam", "p1").fill("Buurvrouw")
    open_cards(page, base_url)
    choose(page, CHOSEN[0])
    page.get_by_label(KEEP).check()
    others = {
        "/een/diep/ander/.handreiking.veiligheidscirkels": "andere kopie",
        "/een/.vraagkaarten:v1": "kopie hoger op",
        scoped("__palette"): "Material",
    }
    page.evaluate("o => Object.entries(o).forEach(([k, v]) => localStorage.setItem(k, v))", others)
    page.evaluate(
        "localStorage.setItem('vraagkaarten:v1', JSON.stringify({gekozen: ['wv-vertrouw']}))"
    )  # older version, bare key
    keys = handout_keys(page)
    # one choice per family: the worksheets are kept on the device with the network they show
    assert (
        scoped("handreiking.family-finding-werkbladen") in keys["local"]
        and scoped("handreiking.netwerk") in keys["local"]
    )

    open_sheet(page, base_url)
    dialogs = []
    page.once("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name=WIPE_ALL).click()
    assert network(page) == ["Oma"] and handout_keys(page)["local"], "annuleren wist toch"
    page.once("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name=WIPE_ALL).click()
    assert all("Alles van deze site wissen?" in m for m in dialogs) and len(dialogs) == 2
    expect(page.locator(".vc-netwerk li")).to_have_count(0)
    expect(page.get_by_label(KEEP)).not_to_be_checked()
    expect(page.locator("[data-vc-status]")).to_contain_text("Alles van deze site is gewist")
    assert handout_keys(page) == {"local": [], "session": []}
    # an older version's bare key is every copy's on this origin: it stays, and never moves in here (below)
    assert page.evaluate("localStorage.getItem('vraagkaarten:v1')") == json.dumps(
        {"gekozen": ["wv-vertrouw"]}, separators=(",", ":")
    )
    kept = page.evaluate("ks => ks.map(k => localStorage.getItem(k))", list(others))
    assert kept == list(others.values())

    for path, start in ((CIRCLES, "Invullen op dit apparaat"), (SHEETS, START), (CARDS, "Kaarten samenstellen")):
        page.goto(base_url + path, wait_until="networkidle")
        expect(page.get_by_role("button", name=start)).to_be_visible()


def test_wipe_all_sits_next_to_each_handouts_own_wipe(page: Page, base_url: str) -> None:
    """Each handout offers "Alles van deze site wissen" right after its own "Alles wissen"."""
    for opener in (open_sheet, open_sheets, open_cards):
        opener(page, base_url)
        own = page.get_by_role("button", name="Alles wissen", exact=True)
        expect(own).to_be_visible()
        assert own.evaluate("b => { let n = b.nextElementSibling; return n && n.textContent; }") == WIPE_ALL


# ---------- Names without invisible characters ----------


def test_names_of_only_invisible_characters_are_refused_and_disguised_ones_cleaned(page: Page, base_url: str) -> None:
    """A name of zero-width characters only is refused in Dutch; bidi controls that disguise a
    name (right-to-left override) are removed, on every handout."""
    open_sheet(page, base_url)
    add_raw = lambda name: (page.fill("#vc-naam", name), page.press("#vc-naam", "Enter"))  # noqa: E731
    add_raw("\u200b\u200c\u2060\ufeff")
    expect(page.locator("[data-vc-fout]")).to_contain_text("onzichtbare tekens")
    assert network(page) == []
    add_raw("Jan\u202egnp.exe\u202c")
    expect(page.locator(".vc-netwerk .vc-naamtekst")).to_have_text(["Jangnp.exe"])
    stored = json.loads(page.evaluate("k => sessionStorage.getItem(k)", CIRCLES_KEY))
    assert stored["mensen"][0]["naam"] == "Jangnp.exe"

    open_cards(page, base_url)
    page.fill("#vk-eigen-tekst", "\u200d\u200e\u200f")
    page.locator("#vk-eigen-form button[type=submit]").click()
    expect(page.locator("#vk-status")).to_contain_text("onzichtbare tekens")
    expect(page.locator("#vk-eigen-kaarten li")).to_have_count(0)
    page.fill("#vk-eigen-tekst", "\u2067Wie helpt\u2069 je?")
    page.locator("#vk-eigen-form button[type=submit]").click()
    expect(page.locator("#vk-eigen-kaarten li p").first).to_have_text("Wie helpt je?")

    open_sheets(page, base_url)
    name = field(page, "olievlek", "naam", "p1")
    name.fill("\u200b\u061c")
    name.blur()
    expect(page.locator(".wb-melding")).to_contain_text("onzichtbare tekens")
    expect(name).to_have_value("")
    name.fill("Tante\u202d Mien")
    name.blur()
    expect(name).to_have_value("Tante Mien")


# ---------- A failed save is shown, with a way out ----------

FAIL = "() => { Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); }; }"


@pytest.mark.parametrize("handout", ["cirkels", "werkbladen", "kaarten"])
def test_failed_save_is_shown_with_export_now(page: Page, base_url: str, handout: str) -> None:
    """Storage full or blocked: the handout says so at once in Dutch and offers "Bewaar nu als bestand",
    which saves the work as a file; the page goes on from memory."""
    opener = {"cirkels": open_sheet, "werkbladen": open_sheets, "kaarten": open_cards}[handout]
    opener(page, base_url)
    page.evaluate(FAIL)
    if handout == "cirkels":
        add(page, "Oma")
    elif handout == "werkbladen":
        field(page, "olievlek", "naam", "p1").fill("Buurvrouw")
    else:
        choose(page, CHOSEN[0])
    alert = page.get_by_role("alert").filter(has_text="Bewaren in deze browser lukte niet")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("vol of geblokkeerd")
    button = alert.get_by_role("button", name="Bewaar nu als bestand")
    if handout == "kaarten":  # no family data: saved readable at once
        with page.expect_download() as info:
            button.click()
        saved = info.value
    else:  # a worksheet asks first, encrypted or readable (tests/test_bestand.py)
        saved = save_file(page, button)
    data = json.loads(Path(saved.path()).read_text(encoding="utf-8"))
    if handout == "cirkels":
        assert [p["naam"] for p in data["mensen"]] == ["Oma"]
        add(page, "Opa")
        assert network(page) == ["Oma", "Opa"]
    elif handout == "werkbladen":
        assert data["werkbladen"]["velden"]["olievlek.p1.naam"] == "Buurvrouw"
    else:
        assert data["soort"] == "vraagkaarten-keuze" and data["gekozen"] == [CHOSEN[0]]
        choose(page, CHOSEN[1])
        expect(page.locator("#vk-aantal")).to_have_text("2 kaarten gekozen")


# ---------- The card builder's import: strict, and nothing changes on a bad file ----------


def choice(**changes: object) -> dict:
    data = {"soort": "vraagkaarten-keuze", "versie": 1, "gekozen": [CHOSEN[2]], "favorieten": [], "eigen": []}
    data.update(changes)
    return data


BAD_CHOICES = {
    "verkeerde-soort": (choice(soort="veiligheidscirkels"), "geen opgeslagen keuze van de vraagkaarten"),
    "versie-99": (choice(versie=99), "nieuwere versie van deze pagina (versie 99)"),
    "versie-tekst": (choice(versie="1"), "versienummer"),
    "gekozen-geen-lijst": (choice(gekozen="wv-vertrouw"), "De gekozen kaarten ontbreken of zijn beschadigd."),
    "favoriet-getal": (choice(favorieten=[CHOSEN[0], 7]), "De favorieten zijn beschadigd."),
    "eigen-tekst-getal": (
        choice(eigen=[{"id": "eigen-abc", "tekst": 42}]),
        "De tekst van eigen vraag 1 ontbreekt of is beschadigd.",
    ),
    "eigen-geen-lijst": (choice(eigen={"id": "eigen-abc"}), "De eigen vragen ontbreken of zijn beschadigd."),
    "onbekende-kaarten": (
        choice(gekozen=[CHOSEN[2], "bestaat-niet", "constructor"]),
        "die deze pagina niet kent: ‘bestaat-niet’, ‘constructor’",
    ),
    "geen-json": (b"{dit is geen json", "Deze pagina kan dit bestand niet lezen"),
}


def test_bad_card_imports_change_nothing(page: Page, base_url: str, tmp_path: Path) -> None:
    """Each bad file is refused with its reason and "Er is niets veranderd."; the choice and the
    favourites stay, no confirm is asked. A 50 MB file is refused before reading."""
    open_page(page, base_url)
    choose(page, CHOSEN[0])
    choose(page, CHOSEN[1])
    page.locator(f"#kaart-{CHOSEN[0]} .vk-ster").click()
    before = page.evaluate("k => sessionStorage.getItem(k)", CARDS_KEY)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.accept()))
    big = tmp_path / "groot.json"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    files: dict[str, tuple[object, str]] = {"50-mb": (big, "groter dan 1 MB"), **BAD_CHOICES}
    for name, (content, reason) in files.items():
        page.evaluate("document.getElementById('vk-status').textContent = ''")
        if isinstance(content, Path):
            page.locator("#vk-bestand").set_input_files(str(content))
        else:
            buffer = content if isinstance(content, bytes) else json.dumps(content).encode()
            page.locator("#vk-bestand").set_input_files(
                {"name": f"{name}.json", "mimeType": "application/json", "buffer": buffer}
            )
        status = page.locator("#vk-status")
        expect(status, name).to_contain_text(reason)
        expect(status, name).to_contain_text("Er is niets veranderd.")
        expect(page.locator("#vk-aantal"), name).to_have_text("2 kaarten gekozen")
        expect(page.locator(f"#kaart-{CHOSEN[0]} .vk-ster"), name).to_have_attribute("aria-pressed", "true")
        assert page.evaluate("k => sessionStorage.getItem(k)", CARDS_KEY) == before, name
        assert dialogs == [], name

    page.locator("#vk-bestand").set_input_files(
        {
            "name": "goed.json",
            "mimeType": "application/json",
            "buffer": json.dumps(choice(favorieten=[CHOSEN[2]])).encode(),
        }
    )
    expect(page.locator("#vk-status")).to_have_text("Je keuze is geopend: 1 kaart, 1 favoriet.")
    assert len(dialogs) == 1, "een goed bestand vraagt eerst of het mag vervangen"


# ---------- Focus and counts in the card builder ----------


def test_unstarring_the_last_favourite_moves_focus_to_the_filter(page: Page, base_url: str) -> None:
    """With only favourites shown, undoing the last star hides that card: focus goes to the
    filter, which is said aloud; with another favourite left, focus goes to its star."""
    open_page(page, base_url)
    for card in CHOSEN[:2]:
        page.locator(f"#kaart-{card} .vk-ster").click()
    page.get_by_label("Alleen favorieten tonen").check()
    expect(page.locator("#vk-status")).to_have_text("Alleen favorieten: 2 kaarten.")
    page.locator(f"#kaart-{CHOSEN[0]} .vk-ster").click()
    expect(page.locator(f"#kaart-{CHOSEN[0]}")).to_be_hidden()
    expect(page.locator(f"#kaart-{CHOSEN[1]} .vk-ster")).to_be_focused()
    expect(page.locator("#vk-status")).to_contain_text("Nog 1 favoriet.")
    page.keyboard.press("Enter")  # un-star the last one with the keyboard
    expect(page.locator(f"#kaart-{CHOSEN[1]}")).to_be_hidden()
    expect(page.get_by_label("Alleen favorieten tonen")).to_be_focused()
    expect(page.locator("#vk-status")).to_contain_text("geen favorieten meer")
    page.get_by_label("Alleen favorieten tonen").uncheck()
    page.locator(f"#kaart-{CHOSEN[2]} .vk-ster").click()
    page.get_by_label("Alleen favorieten tonen").check()
    expect(page.locator("#vk-status")).to_have_text("Alleen favorieten: 1 kaart.")
    assert re.search(r"\b1 kaarten\b", page.locator("#vk-bouwer").inner_text()) is None


@pytest.mark.parametrize("path", ["index.html", "handreiking/2-het-appel.html"])
def test_the_keep_period_is_an_upper_limit_on_every_page(page: Page, base_url: str, path: str) -> None:
    """Data of this copy unused for longer than the keep period (30 days) is gone as soon as any page of
    the site opens, not only its handout's page; data used 29 days ago stays, and so does another copy's."""
    page.goto(base_url + "index.html", wait_until="domcontentloaded")
    day = 864e5
    page.evaluate(
        """([oud, nieuw, ander, dag]) => {
          const nu = Date.now();
          localStorage.setItem(oud, "{}"); localStorage.setItem(oud + ".gebruikt", String(nu - 31 * dag));
          sessionStorage.setItem(oud, "{}"); sessionStorage.setItem(oud + ".gebruikt", String(nu - 31 * dag));
          localStorage.setItem(nieuw, "{}"); localStorage.setItem(nieuw + ".gebruikt", String(nu - 29 * dag));
          localStorage.setItem(ander, "{}"); localStorage.setItem(ander + ".gebruikt", String(nu - 31 * dag));
        }""",
        [scoped("handreiking.netwerk"), scoped("vraagkaarten:v1"), "/een/andere/kopie/.handreiking.netwerk", day],
    )
    page.goto(base_url + path, wait_until="domcontentloaded")
    kept = page.evaluate("() => [Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()]")
    assert scoped("handreiking.netwerk") not in kept[0] and scoped("handreiking.netwerk") not in kept[1]
    assert scoped("vraagkaarten:v1") in kept[0] and "/een/andere/kopie/.handreiking.netwerk" in kept[0]
