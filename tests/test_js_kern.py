"""The shared script core (handreiking/hulpmiddelen/basis/kern.js, netwerk.js and momenten.js) on its own in Chromium:
no site build, no web server. A tiny page on a stand-in origin (http://localhost/kopie/, served by
page.route from the source files, so that storage works as on a real site) loads the two scripts,
with netwerk.js's build data registered in between as the build does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route

from conftest import ROOT

KERN = ROOT / "handreiking" / "hulpmiddelen" / "basis"
ORIGIN = "http://localhost"
# The shape of handreiking.hulpmiddelen.basis.casus_gegevens, with made-up ids.
GEGEVENS = {
    "cirkels": {"thuis": ["binnen", "midden", "buiten"], "school": ["binnen", "buiten"]},
    "olievlek": 8,
    "gebieden": ["familie", "vrienden"],
    "biedt": ["praktisch", "troost"],
    "contact": ["vaak", "soms"],
    "beleving": ["positief", "negatief"],
}


def html(kopie: str) -> str:
    """The test page of one copy of the site: its scripts under <copy>/assets/kern/, as on the site."""
    return (
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'></head><body>"
        f"<script src='/{kopie}/assets/kern/kern.js'></script>"
        f"<script>window.handreikingKern.gegevens('netwerk', {json.dumps(GEGEVENS)});</script>"
        f"<script src='/{kopie}/assets/kern/netwerk.js'></script>"
        f"<script src='/{kopie}/assets/kern/momenten.js'></script></body></html>"
    )


def serve(route: Route) -> None:
    """Answer for the stand-in origin: a copy's test page, or a script read from the source tree."""
    path = route.request.url.removeprefix(ORIGIN).split("?")[0]
    parts = path.strip("/").split("/")
    if len(parts) == 2 and parts[1] == "test.html":
        route.fulfill(body=html(parts[0]), content_type="text/html; charset=utf-8")
    elif parts[1:3] == ["assets", "kern"] and (KERN / parts[-1]).is_file():
        route.fulfill(body=(KERN / parts[-1]).read_bytes(), content_type="text/javascript; charset=utf-8")
    else:
        route.fulfill(status=404, body="")


def open_copy(page: Page, kopie: str = "kopie") -> None:
    """Open the test page of one copy of the site and wait for the core and the network."""
    page.goto(f"{ORIGIN}/{kopie}/test.html", wait_until="domcontentloaded")
    page.wait_for_function("window.handreikingKern && window.handreikingKern.netwerk")


@pytest.fixture(scope="module")
def kern(browser: Browser, browser_context_args: dict) -> Iterator[Page]:
    """One tab for the whole module with kern.js and netwerk.js loaded, as the copy of the site at
    /kopie/ (a new context and page per test would cost far more than the tests)."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    page.route(f"{ORIGIN}/**", serve)
    open_copy(page)
    yield page
    context.close()


@pytest.fixture
def vers(kern: Page) -> Page:
    """The tab with nothing in storage and the scripts loaded again (for the tests of storage)."""
    kern.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    open_copy(kern)
    return kern


def js(page: Page, body: str, arg: Any = None) -> Any:
    """Run `body` (a function body with K = the core, N = the network, and `arg`) and return its result."""
    return page.evaluate(f"arg => {{ const K = window.handreikingKern, N = K.netwerk; {body} }}", arg)


def test_counts_and_dates_are_dutch(kern: Page) -> None:
    """K.aantal picks singular or plural; K.datum writes the date out in Dutch."""
    assert js(
        kern, "return [K.aantal(1, 'kaart', 'kaarten'), K.aantal(0, 'kaart', 'kaarten'), K.aantal(3, 'dag', 'dagen')];"
    ) == ["1 kaart", "0 kaarten", "3 dagen"]
    assert js(kern, "return [K.datum(new Date(2027, 0, 1)), K.datum(new Date(2026, 11, 31))];") == [
        "1 januari 2027",
        "31 december 2026",
    ]


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("\u202eAnna\u202c", "Anna"),  # bidi override: a name that reads differently than it is
        ("\u2066Jo\u2069han", "Johan"),  # bidi isolates
        ("Jo\u200bhan\u200d\ufeff", "Johan"),  # zero-width space, joiner, byte order mark
        ("  Oma \n\t Jo  ", "Oma Jo"),  # white space collapsed
        ("\u200b\u2060\u200e", ""),  # only invisible characters: nothing
        ("\u3164\u2800", ""),  # fillers that look empty
    ],
)
def test_schoon_removes_invisible_characters(kern: Page, typed: str, clean: str) -> None:
    """K.schoon drops bidi controls and zero-width characters, collapses white space, and gives ""
    when nothing visible remains."""
    assert js(kern, "return K.schoon(arg);", typed) == clean


def test_schoon_cuts_to_its_maximum(kern: Page) -> None:
    """A maximum length cuts the cleaned text."""
    assert js(kern, "return K.schoon('  abcdef ', 3);") == "abc"


def storage(page: Page) -> dict[str, dict[str, str]]:
    """Both storage areas, without the last-used times next to each text."""
    return page.evaluate("""() => {
        const dump = s => Object.fromEntries(Array.from({length: s.length}, (_, i) => [s.key(i), s.getItem(s.key(i))])
            .filter(([k]) => !k.endsWith('.gebruikt')));
        return {local: dump(localStorage), session: dump(sessionStorage)};
    }""")


def test_keys_belong_to_this_copy_of_the_site(vers: Page) -> None:
    """Keys carry the copy's root path (two folders up from the script), so another copy on the same
    origin never reads them."""
    assert js(vers, "return [K.sleutel('x'), K.opslag('blad').sleutel];") == ["/kopie/.x", "/kopie/.blad"]
    js(vers, "const o = K.opslag('blad'); o.lees(); o.blijf(true, 'van kopie');")
    open_copy(vers, "andere")
    assert js(vers, "const o = K.opslag('blad'); return [o.sleutel, o.lees(), o.blijvend];") == [
        "/andere/.blad",
        None,
        False,
    ]
    assert storage(vers)["local"] == {"/kopie/.blad": "van kopie"}


def test_this_tab_until_opted_in(vers: Page) -> None:
    """A store keeps in sessionStorage until the user opts in; then in localStorage, until the keep
    period (30 days by default) after the last use; opting out moves it back to the tab."""
    assert js(vers, "const o = K.opslag('blad'); return [o.lees(), o.bewaar('een'), o.blijvend, o.tot()];") == [
        None,
        True,
        False,
        None,
    ]
    assert storage(vers) == {"local": {}, "session": {"/kopie/.blad": "een"}}
    days = js(vers, "const o = K.opslag('blad'); o.lees(); o.blijf(true); return (o.tot() - Date.now()) / 864e5;")
    assert storage(vers) == {"local": {"/kopie/.blad": "een"}, "session": {}}
    assert 29.9 < days <= 30
    assert js(vers, "const o = K.opslag('blad'); return [o.lees(), o.blijvend];") == ["een", True]
    assert js(vers, "const o = K.opslag('blad'); o.lees(); return [o.blijf(false), o.blijvend];") == [True, False]
    assert storage(vers) == {"local": {}, "session": {"/kopie/.blad": "een"}}


def test_kept_data_unused_for_longer_than_the_keep_period_goes(vers: Page) -> None:
    """Kept text whose last use is older than the keep period is removed before anything reads it."""
    js(
        vers,
        """localStorage.setItem('/kopie/.oud', 'weg'); localStorage.setItem('/kopie/.oud.gebruikt', String(Date.now() - 31 * 864e5));
                localStorage.setItem('/kopie/.nieuw', 'blijft'); localStorage.setItem('/kopie/.nieuw.gebruikt', String(Date.now() - 29 * 864e5));""",
    )
    open_copy(vers)
    assert storage(vers)["local"] == {"/kopie/.nieuw": "blijft"}


def person(pid: str, naam: str, **fields: Any) -> dict[str, Any]:
    """A person as the network file keeps them (fields override the defaults)."""
    kaart = {"gebied": "", "biedt": [], "contact": "", "vroeger": False, "beleving": "", "meedenken": False}
    return {"id": pid, "naam": naam, "relatie": "", "notitie": "", "kringen": {}, "kaart": kaart, **fields}


def network(*mensen: dict[str, Any], midden: str = "Sam", **fields: Any) -> dict[str, Any]:
    """A network file."""
    return {"soort": "netwerk", "versie": 1, "datum": "2026-12-01", "midden": midden, "mensen": list(mensen), **fields}


GOOD = network(
    person(
        "p1",
        "Oma",
        relatie="grootmoeder",
        kringen={"thuis": "binnen"},
        olievlek=2,
        kaart={
            "gebied": "familie",
            "biedt": ["praktisch"],
            "contact": "vaak",
            "vroeger": True,
            "beleving": "positief",
            "meedenken": True,
        },
    ),
    person("p2", "\u202eJuf\u202c Anna", kringen={"school": "buiten"}),
)


def test_a_good_network_file_is_read(kern: Page) -> None:
    """N.controleer reads a good file: names cleaned, missing fields filled in."""
    result = js(kern, "return N.controleer(arg);", json.dumps(GOOD))
    assert "fout" not in result
    data = result["data"]
    assert data["midden"] == "Sam"
    assert [(p["id"], p["naam"], p["olievlek"]) for p in data["mensen"]] == [("p1", "Oma", 2), ("p2", "Juf Anna", 0)]
    assert data["mensen"][0]["kaart"]["gebied"] == "familie"


def broken(*changes: tuple[str, Any]) -> str:
    """The good file with its first person's fields changed."""
    data = json.loads(json.dumps(GOOD))
    for field, value in changes:
        data["mensen"][0][field] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Het bestand is leeg."),
        ("{niet: json", "het is geen werkblad"),
        (json.dumps({**GOOD, "soort": "vraagkaarten"}), "Dit bestand is geen werkblad van deze pagina."),
        (json.dumps({**GOOD, "versie": 3}), "gemaakt met een nieuwere versie van deze pagina (versie 3)"),
        (
            broken(("kaart", {**GOOD["mensen"][0]["kaart"], "gebied": "werk"})),
            "Op de netwerkkaart van persoon 1 is ‘werk’ onbekend als levensgebied. Er is niets veranderd.",
        ),
        (broken(("kringen", {"straat": "binnen"})), "cirkel ‘straat’, maar die cirkel bestaat niet"),
        (broken(("kringen", {"thuis": "boven"})), "in cirkel 1 in kring ‘boven’, maar die kring bestaat niet"),
        (
            broken(("olievlek", 9)),
            "De plek van persoon 1 in de olievlek bestaat niet (er zijn plekken 1 tot en met 8).",
        ),
        (broken(("naam", "\u200b\u200b")), "Persoon 1 heeft geen naam met zichtbare tekens."),
        (broken(("id", "p2")), "Persoon 2 is beschadigd of staat twee keer in het bestand."),
    ],
    ids=[
        "leeg",
        "geen-json",
        "andere-soort",
        "nieuwere-versie",
        "onbekend-gebied",
        "onbekende-cirkel",
        "onbekende-kring",
        "olievlek-buiten",
        "onzichtbare-naam",
        "dubbel-id",
    ],
)
def test_a_bad_network_file_is_refused_in_dutch(kern: Page, text: str, message: str) -> None:
    """N.controleer refuses a bad file with a Dutch sentence that says what is wrong, and no data."""
    result = js(kern, "return N.controleer(arg);", text)
    assert "data" not in result
    assert message in result["fout"]


def test_merge_keeps_both_tabs_changes(kern: Page) -> None:
    """N.samenvoegen(basis, ander): a three-way merge by person id of what this tab last read (basis),
    what another tab kept since (ander) and this tab's network (N.mensen)."""
    basis = network(
        person("p1", "Oma"),
        person("p2", "Opa"),
        person("p3", "Buurvrouw"),
        person("p4", "Tante", relatie="tante"),
        person("p7", "Neef"),
        person("p8", "Nicht"),
    )
    ander = network(
        person("p1", "Oma Jo"),  # renamed there
        # p2 removed there, unchanged here; p3 unchanged there, removed here
        person("p3", "Buurvrouw"),
        person("p4", "Tante", relatie="tante van moeders kant"),  # changed on both sides
        person("p5", "Juf", olievlek=3),  # added there, on place 3
        # p7 removed there, but changed here
        person("p8", "Nicht", notitie="woont dichtbij"),  # changed there, removed here
        midden="Sam de Vries",
    )
    hier = network(
        person("p1", "Oma", notitie="belt elke week"),  # another field changed here
        person("p2", "Opa"),
        person("p4", "Tante", relatie="tante van vaders kant"),
        person("p7", "Neef", notitie="helpt met vervoer"),
        person("p6", "Coach", olievlek=3),
    )  # added here, on the same place 3
    result = js(
        kern,
        """
        const [basis, ander, hier] = arg.map(t => N.controleer(JSON.stringify(t)).data);
        N.zet(hier);
        const oma = N.persoon('p1');
        N.samenvoegen(basis, ander);
        return {zelfde: N.persoon('p1') === oma, midden: N.midden,
                mensen: N.mensen.map(p => [p.id, p.naam, p.relatie, p.notitie, p.olievlek])};
    """,
        [basis, ander, hier],
    )
    assert result["midden"] == "Sam de Vries"  # changed there only
    assert result["zelfde"], "wie blijft, blijft hetzelfde object (open bewerkvelden blijven werken)"
    assert result["mensen"] == [
        ["p1", "Oma Jo", "", "belt elke week", 0],  # per field: a change beats no change
        ["p4", "Tante", "tante van vaders kant", "", 0],  # both changed: this tab wins
        ["p5", "Juf", "", "", 0],  # added there; place 3 goes to this tab's person
        ["p8", "Nicht", "", "woont dichtbij", 0],  # removed here, but changed there: stays
        ["p7", "Neef", "", "helpt met vervoer", 0],  # removed there, but changed here: stays
        ["p6", "Coach", "", "", 3],  # added here
    ]  # p2 (removed there) and p3 (removed here), unchanged on the other side, are gone


def test_household_members_are_people_of_the_network_kept_in_the_file(kern: Page) -> None:
    """Each member of the household is their own person (huishouden): kept in the file, listed by
    N.huishouden(), merged per field between tabs; a damaged mark is refused in Dutch."""
    result = js(
        kern,
        """
        const d = N.controleer(JSON.stringify(arg[0])).data;
        N.zet(d);
        const lijst = N.huishouden().map(p => p.naam);
        const bewaard = JSON.parse(N.tekst()).mensen.map(p => p.huishouden === true);
        const fout = N.controleer(JSON.stringify(arg[1])).fout;
        N.zet(N.controleer(JSON.stringify(arg[2])).data);
        N.samenvoegen(N.controleer(JSON.stringify(arg[2])).data, N.controleer(JSON.stringify(arg[0])).data);
        return {lijst, bewaard, fout, samen: N.huishouden().map(p => p.naam)};
    """,
        [
            network(person("p1", "Sam", huishouden=True), person("p2", "Mila", huishouden=True), person("p3", "Oma")),
            network(person("p1", "Sam", huishouden="ja")),
            network(person("p1", "Sam"), person("p2", "Mila"), person("p3", "Oma")),
        ],
    )
    assert result["lijst"] == ["Sam", "Mila"]
    assert result["bewaard"] == [True, True, False]
    assert result["fout"] == "Of persoon 1 bij het huishouden hoort, is beschadigd. Er is niets veranderd."
    assert result["samen"] == ["Sam", "Mila"]  # marked in another tab: the mark comes in


def test_merge_without_a_base_keeps_everyone(kern: Page) -> None:
    """Without a base (this tab never read anything), nobody counts as removed: both sides' people stay."""
    result = js(
        kern,
        """
        const [ander, hier] = arg.map(t => N.controleer(JSON.stringify(t)).data);
        N.zet(hier);
        N.samenvoegen(null, ander);
        return N.mensen.map(p => p.id + ':' + p.naam);
    """,
        [network(person("p1", "Oma"), person("p2", "Opa")), network(person("p1", "Oma Jo"), person("p3", "Coach"))],
    )
    assert result == ["p1:Oma Jo", "p2:Opa", "p3:Coach"]


def test_a_field_error_is_tied_to_its_field_until_the_next_change(kern: Page) -> None:
    """K.veldFout marks the field invalid and names the message in its description (keeping what it
    described before), focuses it, and the next change of the field takes both away again."""
    result = js(
        kern,
        """
        const veld = K.el("input", { type: "text", "aria-describedby": "hulp" }), melding = K.el("p", { text: "Typ een naam." });
        document.body.append(veld, melding);
        K.veldFout(veld, melding);
        const fout = [veld.getAttribute("aria-invalid"), veld.getAttribute("aria-describedby"), document.activeElement === veld,
          document.getElementById(veld.getAttribute("aria-describedby").split(" ")[1]).textContent];
        veld.value = "Oma";
        veld.dispatchEvent(new Event("input"));
        const daarna = [veld.getAttribute("aria-invalid"), veld.getAttribute("aria-describedby")];
        veld.remove(); melding.remove();
        return [fout, daarna];
        """,
    )
    assert (
        result[0][0] == "true" and result[0][1].startswith("hulp ") and result[0][2] and result[0][3] == "Typ een naam."
    )
    assert result[1] == [None, "hulp"]


def test_opting_in_asks_the_browser_to_keep_the_data(vers: Page) -> None:
    """Ticking 'Bewaar op dit apparaat' (blijf(true)) asks navigator.storage.persist(), so a browser
    short of space does not clear what the user chose to keep; staying in the tab does not ask."""
    asked = js(
        vers,
        """
        let n = 0;
        Object.defineProperty(navigator, "storage", { configurable: true, value: { persist: () => { n++; return Promise.resolve(true); } } });
        const o = K.opslag("proef");
        o.bewaar("x");
        const voor = n;
        o.blijf(true);
        return [voor, n];
        """,
    )
    assert asked == [0, 1]


def test_whom_someone_supports_names_household_members_only(kern: Page) -> None:
    """kaart.steunt names members of the household (empty or missing: the whole family, as older
    files have it); an unknown id, a non-member or a damaged list is refused in Dutch. Whoever
    leaves the household or the network goes from every steunt, so what is kept opens again."""
    mila, sam = person("p1", "Mila", huishouden=True), person("p2", "Sam", huishouden=True)

    def oma(*steunt: str, **fields: Any) -> dict[str, Any]:
        kaart = {**person("x", "")["kaart"], "gebied": "familie", "steunt": list(steunt)}
        return person("p3", "Oma", kaart=kaart, **fields)

    result = js(
        kern,
        """
        const [goed, oud, ...slecht] = arg.map(t => N.controleer(JSON.stringify(t)));
        N.zet(goed.data);
        const voor = N.persoon('p3').kaart.steunt.slice();
        N.persoon('p2').huishouden = false;
        N.steuntOpruimen();
        const na = N.persoon('p3').kaart.steunt.slice();
        N.verwijder(N.persoon('p1'));
        const weg = N.persoon('p3').kaart.steunt.slice();
        const open = !!N.controleer(N.tekst()).data;
        return {voor, na, weg, open, oud: oud.data && oud.data.mensen[0].kaart.steunt, fout: slecht.map(r => r.fout)};
    """,
        [
            network(mila, sam, oma("p1", "p2")),
            network(person("p1", "Oma")),  # an older file: no steunt
            network(mila, sam, oma("p9")),
            network(mila, person("p2", "Buurvrouw"), oma("p2")),
            network(mila, sam, oma("p1", "p1")),
            network(mila, sam, {**oma(), "kaart": {**oma()["kaart"], "steunt": "p1"}}),
        ],
    )
    assert result["voor"] == ["p1", "p2"]
    assert result["na"] == ["p1"]
    assert result["weg"] == [] and result["open"]
    assert result["oud"] == []
    assert result["fout"] == [
        "Persoon 3 (‘Oma’) steunt ‘p9’, maar die persoon staat niet in het bestand. Er is niets veranderd.",
        "Persoon 3 (‘Oma’) steunt ‘p2’, maar die hoort niet bij het huishouden. Er is niets veranderd.",
        "Wie persoon 3 steunt, is beschadigd. Er is niets veranderd.",
        "Wie persoon 3 steunt, is beschadigd. Er is niets veranderd.",
    ]
