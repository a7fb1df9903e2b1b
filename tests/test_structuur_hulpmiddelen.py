"""One list of the site's parts (handreiking/hulpmiddelen.py): the modules that load the data, write
the schemas, plan the PDFs, build the scripts and register the macros loop over it and name no
handout themselves; the editor's schema mapping (.vscode/settings.json) is made from it."""

from __future__ import annotations

import ast
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from handreiking import hulpmiddelen, schemas, skripts  # noqa: E402
from handreiking.basismodel import Model  # noqa: E402
from handreiking.configuratie import read_config  # noqa: E402
from handreiking.model import instellingen, laad  # noqa: E402

# The modules that used to list every handout; now they loop over the registry.
LOOPERS = [
    "handreiking/model.py",
    "handreiking/schemas.py",
    "handreiking/bouw.py",
    "handreiking/skripts.py",
    "macros/__init__.py",
]
# Feature modules the loopers may still import, with the reason.
SHARED = {
    "stapels": "the question decks are a field of every Model: each handout draws from them",
    "organisatie": "extra.organisatie comes from the site config, loaded with the settings",
    "kaartmaat": "bouw.py logs how the card fit was measured (kaartmaat.LAST)",
    "offline": "bouw.py's build steps stage and write the service worker",
}
FEATURE = ("pdf_jobs", "json_schema", "deck_json_schema")  # a module defining one of these is a part's module


def feature_modules() -> set[str]:
    """The modules of handreiking/ that define a part's PDFs or schema, or load a data file."""
    found = set()
    for path in (ROOT / "handreiking").glob("*.py"):
        names = {
            node.name for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.FunctionDef)
        }
        if names & set(FEATURE) or any(name.startswith("load_") for name in names):
            found.add(path.stem)
    return found - {"hulpmiddelen"}


def imported(path: Path) -> set[str]:
    """The handreiking modules a file imports (relative or as handreiking.x), by short name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level or module == "handreiking" or module.startswith("handreiking."):
                module = module.removeprefix("handreiking").lstrip(".")
                names |= {module.split(".")[0]} if module else {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {a.name.split(".")[1] for a in node.names if a.name.startswith("handreiking.")}
    return names


def test_feature_scan_finds_the_handouts() -> None:
    """The scan sees the handouts (guards the test below)."""
    assert {
        "veiligheidscirkels",
        "werkbladen",
        "netwerkkaart",
        "stroomschema",
        "stappen",
        "kaartvellen",
    } <= feature_modules()


def test_only_the_registry_names_the_handouts() -> None:
    """model.py, schemas.py, bouw.py, skripts.py and the macros import no handout module: they loop over
    hulpmiddelen.HULPMIDDELEN (a new handout is one module and one entry there)."""
    features = feature_modules() - set(SHARED)
    wrong = {name: sorted(imported(ROOT / name) & features) for name in LOOPERS if imported(ROOT / name) & features}
    assert not wrong, (
        f"Deze modules noemen hulpmiddelen zelf, in plaats van handreiking/hulpmiddelen.py te volgen: {wrong}"
    )


def test_vscode_maps_every_data_file_as_the_registry_says() -> None:
    """.vscode/settings.json's yaml.schemas is what `python -m handreiking schemas` writes from the registry."""
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings.get("yaml.schemas") == schemas.vscode_mapping(), (
        ".vscode/settings.json is verouderd: draai `.venv/bin/python -m handreiking schemas`."
    )


def test_vscode_text_keeps_other_settings() -> None:
    """Writing the mapping keeps what else someone set in .vscode/settings.json."""
    written = json.loads(schemas.vscode_text('{"editor.tabSize": 2, "yaml.schemas": {"x": []}}'))
    assert written["editor.tabSize"] == 2 and written["yaml.schemas"] == schemas.vscode_mapping()


def test_registry_names_are_unique_and_shadow_nothing() -> None:
    """Parts, schema files, scripts and macros are each declared once; no part's data hides a Model field."""
    parts = [part.naam for part in hulpmiddelen.HULPMIDDELEN]
    assert len(parts) == len(set(parts))
    files = [schema.naam for schema in hulpmiddelen.alle_schemas()]
    assert len(files) == len(set(files)) == len(schemas.SCHEMAS)
    assert len(skripts.HANDOUTS) == len(set(skripts.HANDOUTS)) == len(hulpmiddelen.alle_skripts())
    macros = [name for part in hulpmiddelen.HULPMIDDELEN for name in part.macros]
    assert len(macros) == len(set(macros))
    taken = {f.name for f in dataclasses.fields(Model)} | {n for n in vars(Model) if not n.startswith("_")}
    model = laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml")))
    assert not set(model.gegevens) & taken, (
        f"hulpmiddelen.py: {sorted(set(model.gegevens) & taken)} bestaat al in Model"
    )
    assert {"leden", "afdrukken", "schema", "cirkels", "werkbladen", "oogopslag", "netwerkkaart", "kaartsets"} <= set(
        model.gegevens
    )


def test_every_handout_script_exists() -> None:
    """Each script the registry declares is a file under overrides/."""
    missing = [path for path in skripts.HANDOUTS if not (ROOT / "overrides" / path).is_file()]
    assert not missing, f"hulpmiddelen.py noemt scripts die niet bestaan: {missing}"
