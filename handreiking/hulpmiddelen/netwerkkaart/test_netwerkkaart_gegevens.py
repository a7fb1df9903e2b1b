"""The netwerkkaart's data and drawing on their own (no build): every malformed data/netwerkkaart.yml
is refused with a Dutch message naming file, entry and fix; the person slots of the map never
touch each other, the family, an area's name or the wedge borders."""

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
from handreiking.hulpmiddelen.netwerkkaart import netwerktekening as tekening  # noqa: E402
from handreiking.hulpmiddelen.netwerkkaart.netwerkkaart import FILE, load_netwerkkaart, vakken  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.kern.stapels import load_stapels  # noqa: E402

DECKS = load_stapels(ROOT)
KAART = load_netwerkkaart(ROOT, DECKS)


def broken(tmp_path: Path, change: Callable[[dict], object]) -> str:
    """The Dutch message for data/netwerkkaart.yml after one change."""
    (tmp_path / "data").mkdir()
    data = yaml.safe_load((ROOT / FILE).read_text(encoding="utf-8"))
    change(data)
    (tmp_path / FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFout) as error:
        load_netwerkkaart(tmp_path, DECKS)
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
        ["contact 1 ('sterk')", "lijn 'rood' is onbekend", "dik, streep"],
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
