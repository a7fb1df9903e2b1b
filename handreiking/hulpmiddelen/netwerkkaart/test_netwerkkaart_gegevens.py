"""The netwerkkaart's data and drawing on their own (no build): every malformed data/netwerkkaart.yml
is refused with a Dutch message naming file, entry and fix; the lines follow the usual ecogram
convention and the legend's Toelichting says which choices are the site's, from the data; the
sheet for the family is plain Dutch (B1); the person slots of the map never touch each other, the
family, an area's name or the wedge borders."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]  # the project (this file: handreiking/hulpmiddelen/<naam>/)

sys.path.insert(0, str(ROOT))
from handreiking.bouwstappen import schemas  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart import b1  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart import netwerktekening as tekening  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart.netwerkkaart import (  # noqa: E402
    ARCERING,
    ECOGRAM,
    FILE,
    LIJNEN,
    codes,
    gezin_teksten,
    load_netwerkkaart,
    toelichting,
    vakken,
)
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.kern.stapels import load_stapels  # noqa: E402

DECKS = load_stapels(ROOT)
KAART = load_netwerkkaart(ROOT, DECKS)


def changed(tmp_path: Path, change: Callable[[dict], object]) -> Path:
    """A project folder whose data/netwerkkaart.yml has one change."""
    (tmp_path / "data").mkdir()
    data = yaml.safe_load((ROOT / FILE).read_text(encoding="utf-8"))
    change(data)
    (tmp_path / FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


def broken(tmp_path: Path, change: Callable[[dict], object]) -> str:
    """The Dutch message for data/netwerkkaart.yml after one change."""
    with pytest.raises(DataFout) as error:
        load_netwerkkaart(changed(tmp_path, change), DECKS)
    return str(error.value)


CASES = {  # case -> (change, parts the message must name)
    "gebied-zonder-naam": (
        lambda d: d["levensgebieden"][1].pop("naam"),
        [FILE, "levensgebieden 2 ('vrienden')", "verplicht veld 'naam' ontbreekt"],
    ),
    "dubbel-gebied": (
        lambda d: d["levensgebieden"][2].update(id="familie"),
        ["levensgebieden", "'familie' komt twee keer voor"],
    ),
    "id-met-hoofdletters": (
        lambda d: d["levensgebieden"][3].update(id="School werk"),
        ["levensgebieden 4", "kleine letters", "school-werk"],
    ),
    "onbekende-lijn": (
        lambda d: d["contact"][0].update(lijn="rood"),
        ["contact 1 ('sterk')", "lijn 'rood' is onbekend", "dik, dun, streep"],
    ),
    "twee-keer-dezelfde-lijn": (
        lambda d: d["contact"][1].update(lijn="dik"),
        ["contact (veld 'lijn')", "'dik' komt twee keer voor"],
    ),
    "letter-m": (
        lambda d: d["biedt"][0].update(letter="M"),
        ["biedt 1 ('emotionele-steun')", "niet M", "kan meedenken"],
    ),
    "onbekende-kaart": (
        lambda d: d["biedt"][2].update(kaart="biedt-geld"),
        ["biedt 3 ('praktische-hulp-zorg')", "onbekende kaart 'biedt-geld'"],
    ),
    "letter-te-lang": (lambda d: d["biedt"][1].update(letter="Ve"), ["biedt 2", "één hoofdletter"]),
    "teken-te-lang": (lambda d: d["beleving"][0].update(teken="++"), ["beleving 1 ('steunend')", "één teken"]),
    "lege-lijst": (lambda d: d.update(beleving=[]), [FILE, "'beleving' is leeg", "minstens één beleving"]),
    "onbekend-veld": (lambda d: d.update(kleur="rood"), [FILE, "onbekend veld 'kleur'", "Verwijder of hernoem"]),
    "te-veel-gebieden": (
        lambda d: d["levensgebieden"].extend({"id": f"g{i}", "naam": f"G{i}"} for i in range(5)),
        ["'levensgebieden' heeft er 12", "hoogstens 9", "Voeg levensgebieden samen"],
    ),
    "lege-papierregel": (lambda d: d["op_papier"].append(" "), ["op_papier 7", "verwacht een zin"]),
    "contact-zonder-gezinszin": (
        lambda d: d["contact"][2].pop("gezin"),
        ["contact 3 ('zwak')", "verplicht veld 'gezin' ontbreekt"],
    ),
    "onbekend-belastend": (
        lambda d: d["beleving"][1].update(belastend="heel"),
        ["beleving 2 ('belastend')", "belastend 'heel' is onbekend", "'ja'", "'deels'"],
    ),
    "blad-zonder-titel": (
        lambda d: d["voor_het_gezin"].pop("titel"),
        [f"{FILE}, voor_het_gezin", "verplicht veld 'titel' ontbreekt"],
    ),
    "lege-inleidingszin": (
        lambda d: d["voor_het_gezin"]["inleiding"].append(""),
        ["voor_het_gezin, inleiding 4", "verwacht een zin"],
    ),
    "lange-gezinszin": (
        lambda d: d["contact"][0].update(
            gezin="Jullie hebben veel contact met deze persoon, bijna elke dag, op school, thuis, "
            "in de buurt en ook nog op de sportclub in het dorp."
        ),
        ["contact 1 ('sterk'), gezin", "heeft 25 woorden (hoogstens 20)", "taalniveau B1"],
    ),
    "vakwoord-op-het-blad": (
        lambda d: d["voor_het_gezin"].update(titel="Jullie sociale netwerk"),
        ["voor_het_gezin, titel", "‘sociale’", "geen gewone taal"],
    ),
    "letter-op-het-blad": (
        lambda d: d["biedt"][0].update(gezin="Geeft steun (E)."),
        ["biedt 1 ('emotionele-steun'), gezin", "‘(E).’", "letter of teken van de kaart"],
    ),
    "lange-zinnen-gemiddeld": (
        lambda d: d["voor_het_gezin"].update(
            inleiding=[
                "Op dit blad staan alle mensen die er voor jullie zijn, elk bij de plek waar jullie ze van kennen."
            ]
            * 30
        ),
        ["voor_het_gezin: de zinnen zijn gemiddeld", "woorden lang (hoogstens 12)"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_broken_data_is_refused_in_dutch(tmp_path: Path, case: str) -> None:
    """Each mistake gives a Dutch message with the file, the entry and what to do."""
    change, parts = CASES[case]
    message = broken(tmp_path, change)
    for part in parts:
        assert part in message, f"{part!r} ontbreekt in: {message}"


def test_the_schema_accepts_the_data_and_rejects_what_the_build_rejects() -> None:
    """The published JSON Schema: today's file passes, an unknown line style or the letter M do not."""
    schema = json.loads(schemas.schema_text("netwerkkaart.schema.json"))
    data = yaml.safe_load((ROOT / FILE).read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    for change in (
        lambda d: d["contact"][0].update(lijn="rood"),
        lambda d: d["biedt"][0].update(letter="M"),
        lambda d: d.update(levensgebieden=[]),
    ):
        bad = yaml.safe_load((ROOT / FILE).read_text(encoding="utf-8"))
        change(bad)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_what_a_network_offers_comes_from_the_cards_of_3_1_4() -> None:
    """The three kinds of 3.1.4 with the cards' own wording (the chapter shows the same cards); the seven life areas."""
    cards = {card.id: card for card in DECKS["netwerk-biedt"].kaarten}
    assert [(b["naam"], b["letter"]) for b in KAART.biedt] == [
        ("Emotionele steun", "E"),
        ("Verbinding", "V"),
        ("Praktische hulp en zorg", "P"),
    ]
    for item in KAART.biedt:
        card = cards[item["kaart"]]
        assert item["naam"] == card.titel and item["uitleg"] == card.tekst[0].lower() + card.tekst[1:]
    assert [g["naam"] for g in KAART.levensgebieden] == [
        "Familie",
        "Vrienden",
        "Buurt",
        "School of werk",
        "Geloof of vereniging",
        "Online",
        "Hulpverlening",
    ]


def test_lines_follow_the_ecogram_convention() -> None:
    """Hartman's ecomap: strong is a thick solid line, weak (tenuous) a dashed one, broken a line
    cut by bars, stressful a line crossed by short bars. Wisselend, which the convention lacks, is a
    thin solid line: no style that means something else there. The stored ids stay as they were."""
    lijn = {c["id"]: c["lijn"] for c in KAART.contact}
    assert list(lijn) == ["sterk", "wisselend", "zwak", "verbroken"]
    assert lijn == {"sterk": "dik", "wisselend": "dun", "zwak": "streep", "verbroken": "onderbroken"}
    assert ECOGRAM == {"dik": "sterk", "streep": "zwak", "onderbroken": "verbroken"}
    assert "stroke-dasharray" in LIJNEN["streep"] and "stroke-dasharray" not in LIJNEN["dik"]
    assert "stroke-dasharray" not in LIJNEN["dun"] and lijn["wisselend"] not in ECOGRAM
    widths = {style: float(LIJNEN[style]["stroke-width"]) for style in lijn.values()}
    assert widths["dik"] == max(widths.values()) >= 2 * widths["dun"]
    assert [b["id"] for b in KAART.beleving if b.get("belastend") == "ja"] == ["belastend"]
    assert [b["id"] for b in KAART.beleving if b.get("belastend") == "deels"] == ["allebei"]
    # the cross bars: short dashes of a stroke far wider than the thickest line
    dash, gap = map(float, ARCERING["stroke-dasharray"].split())
    assert float(ARCERING["stroke-width"]) >= 2 * widths["dik"] and dash < gap


def test_the_toelichting_names_the_sites_choices_from_the_data(tmp_path: Path) -> None:
    """'Toelichting bij deze website' lists the life areas and the contact scale as the site's own
    choices, says which lines follow the ecogram convention and which do not; an organisation that
    renames an area or draws wisselend dashed gets a Toelichting that says so."""
    text = " ".join(toelichting(KAART))
    for item in (*KAART.levensgebieden, *KAART.contact):
        assert item["naam"].lower() in text, item["naam"]
    assert "kiest deze website; ze staan niet in de handreiking" in text
    assert "gebruikelijke tekenwijze van een ecogram (Hartman, 1978)" in text
    assert "een streepjeslijn voor zwak contact" in text and "een dikke lijn voor sterk contact" in text
    assert "korte streepjes dwars over de lijn voor belastend contact" in text
    assert "Voor wisselend contact heeft een ecogram geen eigen lijn; deze website tekent een dunne lijn." in text

    def own(d: dict) -> None:
        d["levensgebieden"][5]["naam"] = "Sport en spel"
        d["contact"][1]["lijn"], d["contact"][2]["lijn"] = "streep", "stip"

    text = " ".join(toelichting(load_netwerkkaart(changed(tmp_path, own), DECKS)))
    assert "sport en spel" in text and "online" not in text
    assert (
        "Deze website tekent wisselend contact als een streepjeslijn; in een ecogram betekent die lijn zwak contact."
        in text
    )
    assert "een streepjeslijn voor zwak contact" not in text


def test_the_sheet_for_the_family_is_plain_dutch() -> None:
    """Every sentence on the sheet for the family (the data's): at most 20 words, 12 on average,
    no word of the professional's (ecogram, netwerk, belastend, ...) and no letter or sign of the map."""
    teksten = [tekst for _, tekst in gezin_teksten(KAART)]
    # the sheet's own 9 (its introduction 3 lines; "Steunt" before the names of whom someone supports),
    # then 3 offers, 4 kinds of contact, 3 experiences
    assert len(teksten) == 9 + 2 + 3 + 4 + 3
    assert b1.problemen(teksten, codes(KAART)) == []
    lengths = [len(b1.woorden(z)) for tekst in teksten for z in b1.zinnen(tekst)]
    assert max(lengths) <= 20 and sum(lengths) / len(lengths) <= 12
    assert codes(KAART) == {"E", "V", "P", "M", "+", "–", "±"}
    # the check itself: it finds what it should
    assert b1.problemen(["Dit netwerk is steunend."], codes(KAART)) == [
        "het woord ‘netwerk’ in ‘Dit netwerk is steunend.’ is geen gewone taal",
        "het woord ‘steunend’ in ‘Dit netwerk is steunend.’ is geen gewone taal",
    ]
    assert b1.problemen(["Oma: E P ±."], codes(KAART))[0].startswith("‘E’ in")
    assert "heeft 21 woorden" in b1.problemen([" ".join(["woord"] * 21) + "."], ())[0]


def overlap(a: tuple[float, ...], b: tuple[float, ...], gap: float = 0) -> bool:
    """Whether two boxes (x, y, w, h) come closer than `gap`."""
    return (
        a[0] < b[0] + b[2] + gap and b[0] < a[0] + a[2] + gap and a[1] < b[1] + b[3] + gap and b[1] < a[1] + a[3] + gap
    )


def test_person_slots_never_touch_anything() -> None:
    """Every slot lies inside the drawing and its own wedge, away from the family, the names of
    the areas and every other slot; each area holds at least six people before the table takes over."""
    wedges = vakken(KAART)
    w, h = tekening.BOX
    boxes = [(x, y, w, h) for vak in wedges for x, y in vak.plekken]
    labels = [tekening.label_box(*vak.label, g["naam"]) for g, vak in zip(KAART.levensgebieden, wedges, strict=True)]
    step = 360 / len(wedges)
    for vak in wedges:
        assert len(vak.plekken) >= 6, f"vak {vak.nummer}: {len(vak.plekken)} plekken"
        for x, y in vak.plekken:
            assert 0 <= x and x + w <= tekening.WIDTH and 0 <= y and y + h <= tekening.HEIGHT
            for cx, cy in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
                angle = math.degrees(
                    math.atan2((cy - tekening.CY) / tekening.HEIGHT, (cx - tekening.CX) / tekening.WIDTH)
                )
                assert (angle - vak.hoek) % 360 < step, f"vak {vak.nummer}: hoek van {x},{y} valt buiten het vak"
                rx, ry = tekening.FAMILY
                assert ((cx - tekening.CX) / rx) ** 2 + ((cy - tekening.CY) / ry) ** 2 > 1
    for i, box in enumerate(boxes):
        assert not any(overlap(box, label) for label in labels), box
        assert not any(overlap(box, other, tekening.GAP - 0.01) for other in boxes[:i]), box
    assert not any(overlap(a, b) for i, a in enumerate(labels) for b in labels[:i]), "twee gebiedsnamen overlappen"
