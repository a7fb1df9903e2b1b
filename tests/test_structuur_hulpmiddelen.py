"""One folder per handout (handreiking/hulpmiddelen/<naam>/: its Python, templates, scripts, styles and
its declaration DEEL), found by handreiking/register.py: the modules that load the data, write the
schemas, plan the PDFs, build the scripts and register the macros loop over the register and name no
handout themselves; the editor's schema mapping (.vscode/settings.json) is made from it."""

from __future__ import annotations

import ast
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from handreiking import register  # noqa: E402
from handreiking.bouwstappen import schemas, skripts  # noqa: E402
from handreiking.kern import bronnen  # noqa: E402
from handreiking.kern.basismodel import Model  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.model import instellingen, laad  # noqa: E402

FOLDERS = ROOT / "handreiking" / "hulpmiddelen"
# The modules that used to list every handout; now they loop over the register.
LOOPERS = [
    "handreiking/model.py",
    "handreiking/bouwstappen/schemas.py",
    "handreiking/bouwstappen/bouw.py",
    "handreiking/bouwstappen/skripts.py",
    "macros/__init__.py",
]
# Handout modules the loopers may still import, with the reason.
SHARED = {
    "handreiking.hulpmiddelen.offline.offline": "bouw.py's build steps stage and write the service worker",
}
HANDOUTS = {"vraagkaarten", "stroomschema", "stappen", "oogopslag", "veiligheidscirkels", "werkbladen", "netwerkkaart"}


def folders() -> list[Path]:
    """The handout folders (the shared base basis/ and caches left out)."""
    return sorted(p for p in FOLDERS.iterdir() if p.is_dir() and p.name not in {bronnen.BASE, "__pycache__"})


def imported(path: Path) -> set[str]:
    """The handreiking modules a file imports, by dotted name (`from x import y` counts x.y too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("handreiking"):
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {a.name for a in node.names if a.name.startswith("handreiking")}
    return names


def test_each_handout_is_one_folder_the_register_finds() -> None:
    """Every handout named in the issue has its folder, each folder declares its part, and the
    register holds exactly those declarations (plus the site-wide parts)."""
    names = {folder.name for folder in folders()}
    assert names >= HANDOUTS
    declared = {part.naam for part in register.handouts()}
    assert len(declared) == len(folders()), f"Een map onder {FOLDERS} zonder DEEL in __init__.py: {names}"
    assert {p.naam for p in register.HULPMIDDELEN} == declared | {p.naam for p in register.SITE_BREED}


def test_nothing_of_a_handout_lives_outside_its_folder() -> None:
    """The theme folder holds no handout's templates, scripts or styles any more."""
    stray = [
        str(path.relative_to(ROOT))
        for name in HANDOUTS | {"kern", "colofon"}
        for base in (ROOT / "overrides" / "assets" / name, ROOT / "overrides" / "partials" / name)
        if base.exists()
        for path in base.rglob("*")
    ]
    assert not stray, f"Bestanden van een hulpmiddel buiten zijn map: {stray}"
    for folder in folders():
        if folder.name in HANDOUTS:
            assert list(folder.glob("*.py")) and list((folder / "sjablonen").glob("*.html")), folder


def test_only_the_register_names_the_handouts() -> None:
    """model.py, schemas.py, bouw.py, skripts.py and the macros import no handout: they loop over the
    register (a new handout is one folder); the exceptions are listed in SHARED with their reason."""

    def allowed(module: str) -> bool:
        return module.endswith(".deel") or any(s == module or s.startswith(module + ".") for s in SHARED)

    wrong = {
        name: sorted(m for m in imported(ROOT / name) if m.startswith("handreiking.hulpmiddelen.") and not allowed(m))
        for name in LOOPERS
    }
    wrong = {name: hits for name, hits in wrong.items() if hits}
    assert not wrong, f"Deze modules noemen hulpmiddelen zelf, in plaats van handreiking/register.py te volgen: {wrong}"


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
    parts = [part.naam for part in register.HULPMIDDELEN]
    assert len(parts) == len(set(parts))
    files = [schema.naam for schema in register.alle_schemas()]
    assert len(files) == len(set(files)) == len(schemas.SCHEMAS)
    assert len(skripts.HANDOUTS) == len(set(skripts.HANDOUTS)) == len(register.alle_skripts())
    macros = [name for part in register.HULPMIDDELEN for name in part.macros]
    assert len(macros) == len(set(macros))
    taken = {f.name for f in dataclasses.fields(Model)} | {n for n in vars(Model) if not n.startswith("_")}
    model = laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml")))
    assert not set(model.gegevens) & taken, f"register: {sorted(set(model.gegevens) & taken)} bestaat al in Model"
    assert {"leden", "afdrukken", "schema", "cirkels", "werkbladen", "oogopslag", "netwerkkaart", "kaartsets"} <= set(
        model.gegevens
    )


def test_every_handout_script_is_in_its_folder() -> None:
    """Each script the register declares is a file in its handout's folder."""
    found = {path: bronnen.source(ROOT, path) for path in skripts.HANDOUTS}
    assert found and all(source.is_file() and source.is_relative_to(FOLDERS) for source in found.values()), found
