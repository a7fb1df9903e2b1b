"""The shared core of the handout scripts (assets/kern/kern.js) in Chromium: storage scoped to one
copy of the site, opt-in to keep data on the device, failures reported, wipe, moving data kept
by older versions; two copies of the site on one origin never see each other's data."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import _QuietHandler
from opslag import scoped
from recorder import Recorder
from test_veiligheidscirkels import add, network

CIRCLES = "werkmateriaal/veiligheidscirkels.html"
SHEETS = "werkmateriaal/family-finding-werkbladen.html"
START = "Invullen op dit apparaat"
LEGACY = "handreiking.veiligheidscirkels"
TEST_PAGE = "werkmateriaal/kern-test.html"


def core_page(page: Page, base_url: str, head: str = "") -> None:
    """Open an empty page of the site that loads the built core (the worksheets' file, whose
    own part does nothing without worksheets); `head` goes before it."""
    html = (
        f"<!doctype html><html lang='nl'><head>{head}</head><body>"
        "<script src='../assets/werkbladen/werkbladen.js'></script></body></html>"
    )
    page.route(base_url + TEST_PAGE, lambda route: route.fulfill(body=html, content_type="text/html"))
    page.goto(base_url + TEST_PAGE)
    page.wait_for_function("window.handreikingKern && window.handreikingKern.opslag")


def storage(page: Page, stamps: bool = False) -> dict[str, dict[str, str]]:
    """Everything both storage areas keep, as {"local": {key: text}, "session": {key: text}};
    the last-used times kept next to each text ("<key>.gebruikt") only with `stamps`."""
    return page.evaluate(
        """stamps => {
        const dump = s => Object.fromEntries(Array.from({length: s.length}, (_, i) => [s.key(i), s.getItem(s.key(i))])
            .filter(([k]) => stamps || !k.endsWith('.gebruikt')));
        return {local: dump(localStorage), session: dump(sessionStorage)};
    }""",
        stamps,
    )


def run(page: Page, script: str, arg: Any = None) -> Any:
    """Evaluate `script` (a function body using K = handreikingKern and `arg`) and return its result."""
    return page.evaluate(f"arg => {{ const K = window.handreikingKern; {script} }}", arg)


def test_keys_are_scoped_to_the_site_root(page: Page, base_url: str) -> None:
    """Keys carry the site root's path: from the script's place, or Material's __md_scope first."""
    core_page(page, base_url)
    assert run(page, "return K.sleutel('x');") == scoped("x") == "/een/diep/pad/.x"
    assert run(page, "return K.opslag('x').sleutel;") == scoped("x")
    page.unroute(base_url + TEST_PAGE)
    core_page(page, base_url, head="<script>window.__md_scope = new URL('../../', location)</script>")
    assert run(page, "return K.sleutel('x');") == "/een/diep/.x"


def test_tab_by_default_device_after_opt_in_and_back(page: Page, base_url: str) -> None:
    """Kept in the tab until opted in; opting in moves it to the device; opting out removes the
    device copy and keeps it in the tab; a new store finds where it is."""
    core_page(page, base_url)
    key = scoped("blad")
    assert run(page, "const o = K.opslag('blad'); return [o.lees(), o.blijvend, o.bewaar('een')];") == [
        None,
        False,
        True,
    ]
    assert storage(page) == {"local": {}, "session": {key: "een"}}
    assert run(page, "const o = K.opslag('blad'); o.lees(); return [o.blijf(true), o.blijvend];") == [True, True]
    assert storage(page) == {"local": {key: "een"}, "session": {}}
    assert run(page, "const o = K.opslag('blad'); return [o.lees(), o.blijvend, o.bewaar('twee')];") == [
        "een",
        True,
        True,
    ]
    assert storage(page)["local"] == {key: "twee"}
    assert run(page, "const o = K.opslag('blad'); o.lees(); return [o.blijf(false, 'drie'), o.blijvend];") == [
        True,
        False,
    ]
    assert storage(page) == {"local": {}, "session": {key: "drie"}}


def test_one_rule_for_every_store(page: Page, base_url: str) -> None:
    """No store keeps on the device without the opt-in; what the device already keeps (the card
    choice did so by default) counts as opted in and stays there. Each text has its last-used time."""
    core_page(page, base_url)
    assert run(page, "const o = K.opslag('kaarten', true); return [o.lees(), o.blijvend, o.bewaar('k')];") == [
        None,
        False,
        True,
    ]
    assert storage(page) == {"local": {}, "session": {scoped("kaarten"): "k"}}
    run(page, "sessionStorage.clear(); localStorage.setItem(K.sleutel('kaarten'), 'al bewaard');")
    assert run(page, "const o = K.opslag('kaarten'); return [o.lees(), o.blijvend, o.bewaar('k2')];") == [
        "al bewaard",
        True,
        True,
    ]
    local = storage(page, stamps=True)["local"]
    assert local[scoped("kaarten")] == "k2"
    assert abs(int(local[scoped("kaarten") + ".gebruikt"]) - run(page, "return Date.now();")) < 60_000


def test_refusing_storage_is_reported_and_changes_nothing(page: Page, base_url: str) -> None:
    """A full or blocked storage makes bewaar and blijf return false; opting in then stays off
    and what the tab keeps stays; opting out still removes the device copy."""
    core_page(page, base_url)
    key = scoped("blad")
    run(page, "K.opslag('blad').bewaar('een');")
    run(
        page,
        "window.echtSetItem = Storage.prototype.setItem;"
        "Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };",
    )
    assert run(page, "const o = K.opslag('blad'); o.lees(); return [o.bewaar('twee'), o.blijf(true), o.blijvend];") == [
        False,
        False,
        False,
    ]
    assert storage(page) == {"local": {}, "session": {key: "een"}}
    run(
        page,
        "Storage.prototype.setItem = window.echtSetItem; const o = K.opslag('blad'); o.lees(); o.blijf(true);"
        "Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };",
    )
    assert run(page, "const o = K.opslag('blad'); o.lees(); return [o.blijf(false), o.blijvend];") == [False, False]
    assert storage(page)["local"] == {}, "uitzetten laat een kopie op het apparaat staan"


def test_wipe_removes_everything(page: Page, base_url: str) -> None:
    """Wiping removes the handout's data from both areas; an older version's text under the bare key
    belongs to every copy on the origin, so it stays, marked so it never moves into this copy again."""
    core_page(page, base_url)
    run(
        page,
        "localStorage.setItem('blad', 'oud'); sessionStorage.setItem(K.sleutel('blad'), 'nu');"
        "localStorage.setItem(K.sleutel('blad'), 'apparaat'); localStorage.setItem(K.sleutel('ander'), 'blijft');",
    )
    assert run(page, "const o = K.opslag('blad'); return [o.wis(), o.blijvend];") == [True, False]
    assert storage(page) == {
        "local": {scoped("ander"): "blijft", "blad": "oud", scoped("__gewist.blad"): "1"},
        "session": {},
    }
    assert run(page, "return K.opslag('blad').lees();") is None
    assert storage(page)["local"]["blad"] == "oud"


def test_legacy_data_moves_once_without_loss(page: Page, base_url: str) -> None:
    """Data under the bare key moves to this copy's key in the area it was in, the bare key goes;
    when this copy already keeps its own, that stays and the old data is left alone."""
    core_page(page, base_url)
    run(page, "localStorage.setItem('blad', 'apparaat'); sessionStorage.setItem('kaart', 'tab');")
    assert run(page, "const o = K.opslag('blad'); return [o.lees(), o.blijvend];") == ["apparaat", True]
    assert run(page, "return K.opslag('kaart').lees();") == "tab"
    assert storage(page) == {"local": {scoped("blad"): "apparaat"}, "session": {scoped("kaart"): "tab"}}
    run(page, "localStorage.setItem('blad', 'van een oudere kopie');")
    assert run(page, "return K.opslag('blad').lees();") == "apparaat"
    assert storage(page)["local"] == {scoped("blad"): "apparaat", "blad": "van een oudere kopie"}


def test_announcer_says_the_same_text_twice(page: Page, base_url: str) -> None:
    """The announcer empties its live region first, so a repeated message is announced again;
    without a region of its own a handout gets one polite region for the page."""
    core_page(page, base_url)
    run(
        page,
        """window.gezegd = [];
        const regio = document.body.appendChild(document.createElement('p'));
        regio.id = 'regio';
        new MutationObserver(() => { if (regio.textContent) gezegd.push(regio.textContent); })
            .observe(regio, {childList: true, characterData: true, subtree: true});
        window.meld = K.melder(regio);""",
    )
    run(page, "meld('Opgeslagen.');")
    page.wait_for_function("gezegd.length === 1")
    run(page, "meld('Opgeslagen.');")
    page.wait_for_function("gezegd.length === 2")
    assert run(page, "return gezegd;") == ["Opgeslagen.", "Opgeslagen."]
    run(page, "K.melder()('Een'); K.melder()('Twee');")
    expect(page.locator("[role=status][aria-live=polite]")).to_have_count(1)
    expect(page.locator("[role=status]")).to_have_text("Twee")


def test_build_data_from_json_or_registered(page: Page, base_url: str) -> None:
    """gegevens() reads a JSON script element or what a built script head registered; names
    every object has (constructor) are not there."""
    core_page(page, base_url, head='<script type="application/json" id="gegevens-proef">{"a": "<b>"}</script>')
    assert run(page, "return K.gegevens('proef');") == {"a": "<b>"}
    assert run(page, "K.gegevens('kop', {n: 1}); return K.gegevens('kop');") == {"n": 1}
    assert run(page, "return [K.gegevens('constructor'), K.gegevens('niets')];") == [None, None]


def test_dom_helper_keeps_text_as_text(page: Page, base_url: str) -> None:
    """el() sets text as text, attributes, handlers and children; absent values set nothing."""
    core_page(page, base_url)
    assert run(
        page,
        """const knop = K.el('button', {type: 'button', text: '<img src=x>', title: null, onclick: () => { knop.dataset.klik = 'ja'; }});
        const p = K.el('p', {'class': 'c'}, [knop, null, ' tekst']);
        knop.click();
        return [p.outerHTML, p.querySelectorAll('img').length];""",
    ) == ['<p class="c"><button type="button" data-klik="ja">&lt;img src=x&gt;</button> tekst</p>', 0]


# ---------- Two copies of the site on one origin ----------


@pytest.fixture(scope="module")
def two_copies(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The built site served twice by one server: http://127.0.0.1:PORT/team-a/handreiking/ and …/team-b/handreiking/."""
    webroot = tmp_path_factory.mktemp("twee-kopieen")
    for team in ("team-a", "team-b"):
        (webroot / team).mkdir()
        (webroot / team / "handreiking").symlink_to(site, target_is_directory=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(webroot)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    yield f"{origin}/team-a/handreiking/", f"{origin}/team-b/handreiking/"
    server.shutdown()


def requests_for(recorder: Recorder, name: str) -> list[str]:
    """Requests the page made for a handout's script."""
    return [url for url in recorder.requests if url.endswith(name)]


def assert_untouched(page: Page, url: str) -> None:
    """The circles worksheet at `url` is blank: start button shown, no script loaded, and
    starting it shows an empty network."""
    recorder = Recorder(page)
    page.goto(url + CIRCLES, wait_until="networkidle")
    expect(page.get_by_role("button", name=START)).to_be_visible()
    expect(page.locator(".vc-app")).to_be_hidden()
    assert requests_for(recorder, "veiligheidscirkels.js") == [], "het script laadt vanzelf"
    page.get_by_role("button", name=START).click()
    expect(page.locator(".vc-app")).to_be_visible()
    expect(page.locator("[data-vc-netwerk-leeg]")).to_be_visible()
    assert network(page) == []
    assert recorder.errors == []


def test_two_copies_on_one_origin_keep_separate_worksheets(browser: Browser, two_copies: tuple[str, str]) -> None:
    """Circles filled and kept on the device in copy A, worksheets typed in copy A's tab: copy B,
    in the same tab, starts blank and loads no script by itself; A still has its own."""
    a, b = two_copies
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(a + CIRCLES, wait_until="networkidle")
    page.get_by_role("button", name=START).click()
    add(page, "Oma")
    page.get_by_label("Bewaar op dit apparaat").check()
    expect(page.locator(".vc-waarschuwing")).to_be_visible()
    page.goto(a + SHEETS, wait_until="networkidle")
    page.locator(".wb-blad textarea").first.fill("Alleen voor team A")
    expect(page.locator(".wb-app")).to_be_visible()

    assert_untouched(page, b)
    recorder = Recorder(page)
    page.goto(b + SHEETS, wait_until="networkidle")
    expect(page.get_by_role("button", name=START)).to_be_visible()
    assert requests_for(recorder, "werkbladen.js") == []
    assert page.locator(".wb-blad textarea").evaluate_all("fields => fields.filter(f => f.value).length") == 0

    page.goto(a + CIRCLES, wait_until="networkidle")
    expect(page.locator(".vc-app")).to_be_visible()
    assert network(page) == ["Oma"]
    page.goto(a + SHEETS, wait_until="networkidle")
    expect(page.locator(".wb-blad textarea").first).to_have_value("Alleen voor team A")
    context.close()


def test_legacy_data_goes_to_the_first_copy_only(browser: Browser, two_copies: tuple[str, str]) -> None:
    """A worksheet kept by an older version under the bare key loads copy A's script at once and
    moves into A's network (kept on the device, as it was); the old keys are gone, so copy B stays blank."""
    a, b = two_copies
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(a + CIRCLES, wait_until="networkidle")
    kept = {
        "soort": "veiligheidscirkels",
        "versie": 1,
        "datum": "2024-05-01",
        "midden": "Gezin J.",
        "mensen": [{"naam": "Oma", "notitie": "", "kringen": {}}],
    }
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [LEGACY, json.dumps(kept)])
    page.reload(wait_until="networkidle")
    expect(page.locator(".vc-app")).to_be_visible()
    assert network(page) == ["Oma"]
    expect(page.get_by_label("Bewaar op dit apparaat")).to_be_checked()
    local = storage(page)["local"]
    assert LEGACY not in local and scoped(LEGACY, a) not in local
    moved = json.loads(local[scoped("handreiking.netwerk", a)])
    assert (moved["midden"], moved["datum"], [p["naam"] for p in moved["mensen"]]) == (
        "Gezin J.",
        "2024-05-01",
        ["Oma"],
    )

    assert_untouched(page, b)
    assert scoped(LEGACY, b) not in storage(page)["local"]
    context.close()
