"""Adding a handout, as the README's recipe "Een nieuw hulpmiddel toevoegen" says: a tiny example
handout (data, schema, macro, template, script, style) in a scratch copy of the project touches its
own folder and at most five files outside it, and the strict build publishes all of it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copy_project, mkdocs_build

FOLDER = "handreiking/hulpmiddelen/voorbeeld"
FILES = {  # what the recipe writes, by path; the folder's files first
    f"{FOLDER}/__init__.py": '''"""Voorbeeld: a list of tips (data/voorbeeld.yml)."""

from handreiking.hulpmiddelen.deel import Hulpmiddel, Schema, Skript
from handreiking.hulpmiddelen.voorbeeld import voorbeeld

DEEL = Hulpmiddel(
    "voorbeeld",
    laad=lambda root, decks: {"voorbeeld": voorbeeld.load(root)},
    schemas=(Schema("voorbeeld.schema.json", (voorbeeld.FILE,), voorbeeld.json_schema),),
    macros={"voorbeeld": lambda m, p: lambda: voorbeeld.lijst(m)},
    skripts=(Skript("assets/voorbeeld/voorbeeld.js"),),
)
''',
    f"{FOLDER}/voorbeeld.py": '''"""The example handout's data and its list."""

from pathlib import Path

from handreiking.kern.gegevens import array_of, check_fields, load_yaml, object_schema
from handreiking.kern.sjablonen import render

FILE = "data/voorbeeld.yml"


def load(root: Path) -> tuple[str, ...]:
    """Read and check data/voorbeeld.yml."""
    data = load_yaml(root / FILE, FILE)
    check_fields(data, {"tips": (list, True)}, FILE)
    return tuple(str(tip) for tip in data["tips"])


def json_schema() -> dict:
    """JSON Schema of data/voorbeeld.yml."""
    return object_schema({"tips": (list, True)}, "Tips.", tips=array_of({"type": "string"}))


def lijst(model) -> str:
    """The tips as a list."""
    return render(model.root, "voorbeeld/lijst.html", tips=model.voorbeeld)
''',
    f"{FOLDER}/sjablonen/lijst.html": '<ul class="vb-lijst">{% for tip in tips %}<li>{{ tip }}</li>{% endfor %}</ul>\n',
    f"{FOLDER}/voorbeeld.js": '(function () {\n  "use strict";\n  window.handreikingKern.voorbeeld = true;\n})();\n',
    f"{FOLDER}/voorbeeld.css": ".vb-lijst { border-left: 0.3rem solid #123456; }\n",
    "data/voorbeeld.yml": "tips:\n  - Vraag wie er kan helpen.\n  - Neem het niet over.\n",
    "docs/werkmateriaal/voorbeeld.md": (
        "---\nhandout_css:\n  - assets/voorbeeld/voorbeeld.css\nhandout_js:\n  - assets/voorbeeld/voorbeeld.js\n---\n\n"
        "# Voorbeeld\n\n{{ voorbeeld() }}\n"
    ),
}
NAV = "      - Netwerkkaart: werkmateriaal/netwerkkaart.md\n"


def tree(root: Path) -> dict[str, str]:
    """Every file of a project by path, with a hash of its content."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_new_handout_is_its_folder_and_five_files_outside_it(tmp_path: Path) -> None:
    """Folder, data, page and nav line written; `python -m handreiking schemas` writes its schema and the
    editor mapping: 5 files outside the folder. The build then shows the list and publishes script and style."""
    project = copy_project(tmp_path / "project")
    for extra in ("schemas", ".vscode"):
        shutil.copytree(ROOT / extra, project / extra)
    before = tree(project)
    for path, text in FILES.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert NAV in config
    (project / "mkdocs.yml").write_text(config.replace(NAV, NAV + "      - Voorbeeld: werkmateriaal/voorbeeld.md\n"))
    made = subprocess.run(
        [sys.executable, "-m", "handreiking", "schemas"], cwd=project, capture_output=True, text=True, timeout=120
    )
    assert made.returncode == 0, made.stderr
    after = tree(project)
    changed = sorted(path for path in after if before.get(path) != after[path])
    outside = [path for path in changed if not path.startswith(FOLDER + "/")]
    assert outside == [
        ".vscode/settings.json",
        "data/voorbeeld.yml",
        "docs/werkmateriaal/voorbeeld.md",
        "mkdocs.yml",
        "schemas/voorbeeld.schema.json",
    ]
    assert set(changed) - set(outside) == {p for p in FILES if p.startswith(FOLDER)}

    site = tmp_path / "site"
    result = mkdocs_build(project, site, pdfs=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    page = (site / "werkmateriaal" / "voorbeeld.html").read_text(encoding="utf-8")
    assert "<li>Vraag wie er kan helpen.</li>" in page and "<li>Neem het niet over.</li>" in page
    script = (site / "assets" / "voorbeeld" / "voorbeeld.js").read_text(encoding="utf-8")
    core, found, _ = script.partition("window.handreikingKern.voorbeeld=true")  # minified
    assert found and "var K=window.handreikingKern=" in core, "het script mist zijn eigen code of de kern ervoor"
    styles = "".join(p.read_text(encoding="utf-8") for p in (site / "assets" / "stylesheets").glob("site.*.css"))
    assert "#123456" in styles, "de stijl van het nieuwe hulpmiddel staat niet in het stijlblad van de site"
