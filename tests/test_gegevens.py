"""The data model on its own (no build): every malformed data file is refused with a Dutch message
naming file, entry and fix; the model is loaded once; the schemas check what the build checks."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from handreiking import model as model_module  # noqa: E402
from handreiking.bouwstappen import schemas  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.model import Instellingen, instellingen, laad  # noqa: E402

DECKS = "data/vraagkaarten"


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A scratch project with what the model is read from: data/ and the chapters it quotes."""
    for part in ("data", "docs", "organisatie-voorbeeld"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for config in ("mkdocs.yml", "organisatie-voorbeeld.yml"):
        shutil.copy2(ROOT / config, tmp_path / config)
    return tmp_path


def settings(root: Path, config: str = "mkdocs.yml") -> Instellingen:
    """The model's settings from a config file of the project in `root`."""
    return instellingen(read_config(root / config), config)


def edit(root: Path, name: str, old: str, new: str) -> None:
    """Replace one piece of text in a project file (it must be there)."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} niet gevonden in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_yaml(root: Path, name: str, change: Callable[[dict], object]) -> None:
    """Apply one change to the parsed data of a YAML file and write it back."""
    path = root / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def refusal(root: Path, config: str = "mkdocs.yml") -> str:
    """The Dutch message with which loading the model refuses the project's data."""
    with pytest.raises(DataFout) as error:
        laad(root, settings(root, config))
    return str(error.value)


# case -> (file, old text, new text, parts the message must name)
TEXT_EDITS = {
    "kaart-zonder-tekst": (
        f"{DECKS}/grootste-last.yml",
        '  - {id: last-knelpunt, tekst: "Wat is je knelpunt?"}',
        "  - {id: last-knelpunt}",
        ["data/vraagkaarten/grootste-last.yml", "last-knelpunt", "verplicht veld 'tekst' ontbreekt"],
    ),
    "dubbele-kaart-id": (
        f"{DECKS}/vertrouwen.yml",
        "id: vertrouwen-adviezen",
        "id: wv-adviezen",
        ["kaart-ids", "'wv-adviezen' komt twee keer voor"],
    ),
    "onbekende-stapel": (
        f"{DECKS}/volgorde.yml",
        "  - vertrouwen\n",
        "  - vertrouwen\n  - bestaat-niet\n",
        ["volgorde.yml", "bestaat-niet", "bestaat niet"],
    ),
    "verkeerd-type": (
        f"{DECKS}/grootste-last.yml",
        '  - {id: last-onmachtig, tekst: "Wanneer voel je je onmachtig?"}',
        "  - {id: last-onmachtig, tekst: [Wanneer, onmachtig]}",
        ["grootste-last.yml", "last-onmachtig", "veld 'tekst' moet tekst zijn"],
    ),
    "lege-tekst": (
        f"{DECKS}/grootste-last.yml",
        '"Wanneer voel je je onmachtig?"',
        '"  "',
        ["grootste-last.yml", "last-onmachtig", "veld 'tekst' is leeg"],
    ),
    "colofon-zonder-organisatie": (
        "data/colofon.yml",
        "    organisatie: Stichting JIM\n",
        "",
        ["data/colofon.yml, leeratelier nr. 3", "verplicht veld 'organisatie' ontbreekt"],
    ),
    "pijl-naar-onbekende-knoop": (
        "data/stroomschema.yml",
        "  - {van: nee, naar: gesprek}\n",
        "  - {van: nee, naar: gesprekk}\n",
        ["data/stroomschema.yml, pijl 6", "onbekende knoop 'gesprekk'"],
    ),
    "knoop-zonder-label": (
        "data/stroomschema.yml",
        "        label: Nee!\n",
        "",
        ["('nee')", "verplicht veld 'label' ontbreekt"],
    ),
    "dubbele-knoop": (
        "data/stroomschema.yml",
        "      - id: samenwerken\n",
        "      - id: gesprek\n",
        ["data/stroomschema.yml", "id 'gesprek' komt twee keer voor"],
    ),
    "dubbele-ring-id": (
        "data/veiligheidscirkels.yml",
        "      - id: iets\n",
        "      - id: alles\n",
        ["data/veiligheidscirkels.yml, cirkel 2 ('moeten-weten'), kringen: id 'alles' komt twee keer voor"],
    ),
    "dubbele-sleutel": (
        f"{DECKS}/grootste-last.yml",
        "titel:",
        "titel: Eerst\ntitel:",
        ["grootste-last.yml", "sleutel 'titel' staat twee keer", "regel"],
    ),
}


@pytest.mark.parametrize("case", list(TEXT_EDITS))
def test_bad_data_is_refused_naming_file_entry_and_problem(data_root: Path, case: str) -> None:
    """A missing field, duplicate id or key, unknown reference, wrong type or empty text is refused."""
    name, old, new, expected = TEXT_EDITS[case]
    edit(data_root, name, old, new)
    message = refusal(data_root)
    for part in expected:
        assert part in message, message


CIRCLE_CHANGES = {
    "twee-kringen": (
        lambda d: d["cirkels"][2]["kringen"].pop(),
        "cirkel 3 ('kind'): veld 'kringen' moet precies drie kringen",
    ),
    "dubbele-cirkel": (lambda d: d["cirkels"][3].update(id=d["cirkels"][0]["id"]), "id 'weten' komt twee keer voor"),
    "kring-zonder-tekst": (
        lambda d: d["cirkels"][1]["kringen"][1].pop("tekst"),
        "cirkel 2 ('moeten-weten'), kring 2: verplicht veld 'tekst' ontbreekt",
    ),
    "zin-zonder-plek": (
        lambda d: d["cirkels"][0].update(zin="{1} en {2}."),
        "veld 'zin' moet {3} precies één keer bevatten",
    ),
    "vier-cirkels": (lambda d: d["cirkels"].pop(), "Bijlage I kent vijf cirkels"),
}


@pytest.mark.parametrize("case", list(CIRCLE_CHANGES))
def test_bad_circle_data_is_named_in_dutch(data_root: Path, case: str) -> None:
    """Malformed circle data names the file, the circle and the field."""
    change, expected = CIRCLE_CHANGES[case]
    edit_yaml(data_root, "data/veiligheidscirkels.yml", change)
    message = refusal(data_root)
    assert "data/veiligheidscirkels.yml" in message and expected in message, message


def test_bad_worksheet_data_is_named_in_dutch(data_root: Path) -> None:
    """A levensfase without a title, an unknown source anchor or an unknown card is named."""
    name = "data/family-finding-werkbladen.yml"
    edit_yaml(data_root, name, lambda d: d["werkbladen"][1]["levensfasen"][2].pop("titel"))
    assert "werkblad 2 ('hoeveel-mensen'), levensfasen 3: verplicht veld 'titel' ontbreekt" in refusal(data_root)
    edit_yaml(
        data_root,
        name,
        lambda d: (
            d["werkbladen"][1]["levensfasen"][2].update(titel="Terug"),
            d["werkbladen"][0].update(bron="nergens"),
        ),
    )
    assert "bron 'nergens' is geen anker" in refusal(data_root)
    edit_yaml(
        data_root,
        name,
        lambda d: (d["werkbladen"][0].update(bron="olievlek"), d["werkbladen"][2].update(vragen=["bestaat-niet"])),
    )
    assert "werkblad 3 ('mobility-mapping'), vragen 1: onbekende kaart 'bestaat-niet'" in refusal(data_root)


def test_a_worksheet_prints_the_wording_of_the_cards_it_names(data_root: Path) -> None:
    """A worksheet's `vragen` and a field's `kaart` take the card's wording from the deck."""
    step = yaml.safe_load((ROOT / f"{DECKS}/4-stappen.yml").read_text(encoding="utf-8"))["groepen"][0]["kaarten"][0]
    edit_yaml(
        data_root,
        "data/family-finding-werkbladen.yml",
        lambda d: (
            d["werkbladen"][2].update(vragen=[step["id"]]),
            d["werkbladen"][3]["velden"][0].update(kaart=step["id"]),
        ),
    )
    sheets = laad(data_root, settings(data_root)).werkbladen
    assert sheets[2]["vragen"] == [step["tekst"]] and sheets[3]["velden"][0]["vraag"] == step["tekst"]


def test_a_file_that_is_not_utf8_is_named_without_a_traceback(data_root: Path) -> None:
    """A data file saved as Latin-1 gets a Dutch message saying how to save it as UTF-8."""
    path = data_root / "data/colofon.yml"
    path.write_bytes(path.read_text(encoding="utf-8").replace("Stichting", "Stichting Café").encode("latin-1"))
    message = refusal(data_root)
    assert "data/colofon.yml: het bestand is geen UTF-8" in message and "Save with Encoding" in message


def test_organisation_colour_without_contrast_is_refused_with_a_darker_suggestion(data_root: Path) -> None:
    """A light colour names the config, its contrast and a darker colour that would do."""
    edit(data_root, "organisatie-voorbeeld.yml", '"#0b6e4f"', '"#7fd1ae"')
    (data_root / "organisatie-voorbeeld.yml").rename(data_root / "licht.yml")
    message = refusal(data_root, "licht.yml")
    assert "licht.yml, extra.organisatie.kleur: #7fd1ae heeft te weinig contrast met wit" in message, message
    assert "Kies een donkerdere kleur, bijvoorbeeld #" in message


def test_unquoted_colour_is_not_silently_dropped(data_root: Path) -> None:
    """`kleur: #0b6e4f` without quotes is a YAML comment: the build says so instead of dropping the colour."""
    edit(data_root, "organisatie-voorbeeld.yml", 'kleur: "#0b6e4f"', "kleur: #0b6e4f")
    message = refusal(data_root, "organisatie-voorbeeld.yml")
    assert "extra.organisatie.kleur" in message and "aanhalingstekens" in message, message


def test_the_model_is_loaded_once_and_again_only_after_a_change(data_root: Path) -> None:
    """The same project and settings give the same model without reading again; an edit reloads."""
    before = model_module.LADINGEN
    first = laad(data_root, settings(data_root))
    assert laad(data_root, settings(data_root)) is first and model_module.LADINGEN == before + 1
    edit(data_root, f"{DECKS}/wie-vragen.yml", '"Wie geeft jou energie?"', '"Wie geeft jou echt energie?"')
    second = laad(data_root, settings(data_root))
    assert model_module.LADINGEN == before + 2
    assert "Wie geeft jou echt energie?" in [k.tekst for k in second.stapels["wie-vragen"].kaarten]


def test_branding_and_site_name_reach_the_model(data_root: Path) -> None:
    """An organisation's config (INHERIT) gives the PDFs its name as publisher; the plain one the authors."""
    plain = laad(data_root, settings(data_root)).uitgave
    branded = laad(data_root, settings(data_root, "organisatie-voorbeeld.yml")).uitgave
    assert plain["maker"] == "Regionale Kenniswerkplaats Jeugd Noord-Holland" and plain["organisatie"] == ""
    assert branded["maker"] == branded["organisatie"] == "Jeugdhulp Voorbeeldstad"
    assert branded["titel"] == plain["titel"] == "Kwetsbare gezinnen en de vertrouwde mensen om hen heen"


def test_published_schemas_are_up_to_date() -> None:
    """schemas/ holds exactly what `python -m handreiking schemas` makes from the specs."""
    for name in schemas.SCHEMAS:
        published = ROOT / "schemas" / name
        assert published.is_file() and published.read_text(encoding="utf-8") == schemas.schema_text(name), (
            f"schemas/{name} is verouderd: draai `.venv/bin/python -m handreiking schemas`."
        )


def test_every_data_file_passes_its_schema_and_a_broken_one_does_not() -> None:
    """The schemas accept today's data and reject what the build rejects (a card without text, a bad colour)."""
    checked = 0
    for name in schemas.SCHEMAS:
        schema = json.loads(schemas.schema_text(name))
        for path in schemas.files_for(ROOT, name):
            jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
            checked += 1
    assert checked == len(list((ROOT / "data").rglob("*.yml")))
    deck = yaml.safe_load((ROOT / f"{DECKS}/grootste-last.yml").read_text(encoding="utf-8"))
    deck_schema = json.loads(schemas.schema_text("stapel.schema.json"))
    for broken in ({**deck, "kleur": "groen"}, {**deck, "groepen": [{"kaarten": [{"id": "x"}]}]}, {**deck, "extra": 1}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, deck_schema)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>',
    ],
    ids=["script", "onload", "extern"],
)
def test_an_svg_logo_with_scripts_or_outside_content_is_refused(data_root: Path, svg: str) -> None:
    """An active or outside-loading SVG is refused, naming the fix (more tricks: test_aanval_bouw.py)."""
    (data_root / "organisatie-voorbeeld/logo.svg").write_text(svg, encoding="utf-8")
    message = refusal(data_root, "organisatie-voorbeeld.yml")
    assert "extra.organisatie.logo: 'logo.svg' kan niet als logo" in message and "PNG" in message, message


def test_the_csp_step_refuses_a_script_in_page_content(tmp_path: Path) -> None:
    """An inline script in a page's text (not from the templates) is not hashed into the policy: the step stops."""
    from handreiking.bouwstappen.csp import CspFout, policy_for

    (tmp_path / "index.html").write_text(
        "<html><head><script>var thema=1</script></head><body><article><p>Hallo</p></article></body></html>",
        encoding="utf-8",
    )
    assert "sha256-" in policy_for(tmp_path)  # a template's script in the head: hashed
    (tmp_path / "over.html").write_text(
        "<html><body><article><p>Tekst</p><script>steel()</script></article></body></html>", encoding="utf-8"
    )
    with pytest.raises(CspFout, match="over.html: er staat een inline script in de tekst van de pagina"):
        policy_for(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('versie: "3.5"\ndatum: 2026-12-07\n', None),  # a date without quotes is a date too
        ('versie: "3,5"\ndatum: "2026-12-07"\n', "veld 'versie' moet cijfers met punten zijn, zoals \"3.5\""),
        ('versie: "3.5"\ndatum: "7 december"\n', "veld 'datum' moet een datum als JJJJ-MM-DD zijn"),
        ('versie: "3.5"\ndatum: "2026-02-30"\n', "veld 'datum' moet een datum als JJJJ-MM-DD zijn"),
        ('versie: "3.5"\n', "verplicht veld 'datum' ontbreekt"),
    ],
)
def test_the_edition_printed_on_every_sheet_is_checked(tmp_path: Path, text: str, message: str | None) -> None:
    """data/uitgave.yml gives 'versie 3.5 van 7 december 2026' for the margins; a bad value stops the build in Dutch."""
    from handreiking.druk.uitgave import load_uitgave
    from handreiking.kern.gegevens import DataFout

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "uitgave.yml").write_text(text, encoding="utf-8")
    if message is None:
        assert load_uitgave(tmp_path)["tekst"] == "versie 3.5 van 7 december 2026"
        return
    with pytest.raises(DataFout) as err:
        load_uitgave(tmp_path)
    assert str(err.value).startswith("data/uitgave.yml: ") and message in str(err.value)
