"""What the site relies on inside Material for MkDocs (pins in tests/material_pins.yml).

Fast static checks against the installed Material package, no build: after a Material upgrade
each test that fails names the one thing that changed and what to do about it."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import sys
from importlib.metadata import entry_points, version
from pathlib import Path

import material
import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from handreiking import material as MATERIAL_PY  # noqa: E402, N812 (Material's package is `material`)

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
PINS_FILE = Path(__file__).with_name("material_pins.yml")
MATERIAL = Path(material.__file__).resolve().parent / "templates"
# Where the project uses Material's names; our copies of Material files are covered by their sha256.
USERS = ["overrides", "tests", "macros", "hooks", "handreiking", "docs"]
USER_SUFFIXES = {".html", ".css", ".js", ".py", ".md", ".yml"}
NOT_USERS = {PINS_FILE, Path(__file__).resolve()}
# A Material name as used by us: a class (md-x), a custom property (--md-x) or a data attribute.
NAME = re.compile(r"(?<![\w-])(--|data-)?(md-[a-z0-9]+(?:(?:_{2}|-{1,2})[a-z0-9]+)*)")


def load_pins() -> dict:
    """The pins file as a dict."""
    return yaml.safe_load(PINS_FILE.read_text(encoding="utf-8"))


PINS = load_pins()


def installed() -> str:
    """The installed Material version, for the messages."""
    return f"Material {version('mkdocs-material')} (pins gemaakt met {PINS['material_version']})"


@functools.cache
def material_text() -> str:
    """Material's templates, bundled JavaScript and CSS as one text (source maps left out)."""
    parts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(MATERIAL.rglob("*"))
        if path.suffix in {".html", ".js", ".css"} and path.is_file() and ".icons" not in path.parts
    ]
    return "\n".join(parts)


def copied_files() -> list[str]:
    """Files under overrides/ whose path is also a file in Material's templates."""
    return sorted(
        str(path.relative_to(OVERRIDES))
        for path in OVERRIDES.rglob("*")
        if path.is_file() and (MATERIAL / path.relative_to(OVERRIDES)).is_file()
    )


def test_every_copied_file_is_pinned() -> None:
    """Each file in overrides/ that replaces a Material file has a pin, and each pin such a file."""
    copies, pinned = set(copied_files()), set(PINS["copied_files"])
    assert copies <= pinned, (
        f"overrides/ vervangt Material-bestanden zonder pin: {sorted(copies - pinned)}. Zet de sha256 van "
        f"Materials origineel (material/templates/...) met een reden onder copied_files in {PINS_FILE.name}."
    )
    assert pinned <= copies, (
        f"{PINS_FILE.name} heeft een pin voor {sorted(pinned - copies)}, maar overrides/ vervangt dat "
        "Material-bestand niet (meer). Haal de pin weg of zet het bestand terug."
    )


@pytest.mark.parametrize("name", sorted(PINS["copied_files"]))
def test_copied_file_matches_material_original(name: str) -> None:
    """Material's original of each file we copied is still the one our copy was made from."""
    original = MATERIAL / name
    assert original.is_file(), (
        f"{installed()} heeft geen {name} meer, maar overrides/{name} vervangt het. Zoek uit waar Material "
        f"dit nu doet, pas overrides/{name} aan en werk de pin in {PINS_FILE.name} bij."
    )
    actual = hashlib.sha256(original.read_bytes()).hexdigest()
    assert actual == PINS["copied_files"][name]["sha256"], (
        f"Material heeft {name} veranderd ({installed()}). Vergelijk onze kopie overrides/{name} met het "
        f"nieuwe origineel {original}, neem de wijzigingen over en zet dan sha256: {actual} "
        f"bij {name} in {PINS_FILE.name}."
    )


@pytest.mark.parametrize("name", [n for n in sorted(PINS["copied_files"]) if n.startswith("partials/")])
def test_copied_partial_is_still_included(name: str) -> None:
    """Material still includes each partial we replace, so our copy is still used."""
    assert f'"{name}"' in material_text(), (
        f"{installed()} gebruikt {name} nergens meer, dus overrides/{name} doet niets. Zoek uit welk "
        f"Material-bestand het nu doet, kopieer en pas dat aan, en werk {PINS_FILE.name} bij."
    )


def overridden_blocks() -> list[str]:
    """The `{% block name %}` names in overrides/main.html."""
    text = (OVERRIDES / "main.html").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"{%-?\s*block\s+(\w+)", text)))


def test_main_html_overrides_blocks() -> None:
    """The block scan finds the blocks main.html overrides (guards the parametrization below)."""
    assert {"libs", "styles", "scripts"} <= set(overridden_blocks())


@pytest.mark.parametrize("block", overridden_blocks())
def test_overridden_block_exists_in_base(block: str) -> None:
    """Each block overrides/main.html overrides is still a block of Material's base.html."""
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    assert re.search(r"{%-?\s*block\s+" + block + r"\b", base), (
        f"overrides/main.html overschrijft {{% block {block} %}}, maar {installed()} heeft dat blok niet meer "
        f"in base.html: onze aanpassing valt stil weg. Zoek in {MATERIAL / 'base.html'} het nieuwe blok en "
        "pas overrides/main.html aan."
    )


def used_names() -> dict[str, set[str]]:
    """Material's names used in the project, as pin keys (.class, --property, [data-attr]) -> files."""
    copies = {OVERRIDES / name for name in PINS["copied_files"]}
    found: dict[str, set[str]] = {}
    for folder in USERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in USER_SUFFIXES or path.resolve() in NOT_USERS or path in copies:
                continue
            for prefix, name in NAME.findall(path.read_text(encoding="utf-8", errors="replace")):
                key = {"--": f"--{name}", "data-": f"[data-{name}]"}.get(prefix, f".{name}")
                found.setdefault(key, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_used_material_name_is_pinned() -> None:
    """Each Material class, custom property or data attribute we use has a pin with a reason."""
    missing = {key: sorted(files) for key, files in used_names().items() if key not in PINS["selectors"]}
    assert not missing, (
        f"Deze namen uit Material worden gebruikt maar staan niet onder selectors in {PINS_FILE.name}: "
        f"{missing}. Zet ze erbij met een reden (waar en waarvoor we ze gebruiken)."
    )


def test_pins_have_reasons() -> None:
    """Every pin says why we rely on it."""
    entries = [*PINS["copied_files"].items(), *PINS["selectors"].items()]
    entries += [(item["name"], item) for item in PINS["plugin_order"]]
    without = [key for key, pin in entries if not str((pin or {}).get("reason", "")).strip()]
    assert not without, f"Pins zonder reden in {PINS_FILE.name}: {without}. Schrijf bij elke pin waarom."


def material_token(key: str) -> str:
    """The text to look for in Material for a pin key: `.md-x` -> `md-x`, `[data-md-x]` -> `data-md-x`."""
    return key.strip("[]").removeprefix(".")


@pytest.mark.parametrize("key", sorted(PINS["selectors"]))
def test_pinned_selector_exists_in_material(key: str) -> None:
    """Each pinned class, custom property or attribute still occurs in Material's templates, JS or CSS."""
    token = material_token(key)
    assert re.search(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])", material_text()), (
        f"{installed()} kent {key} niet meer (niet in de templates, JS of CSS onder {MATERIAL}). Wat we "
        f"ermee doen: {PINS['selectors'][key]['reason']}. Zoek de nieuwe naam, pas onze CSS/JS/tests "
        f"aan en werk {PINS_FILE.name} bij."
    )


def test_token_search_rejects_a_longer_name() -> None:
    """A pinned name matches only as a whole name, not as the start of a longer one."""
    pattern = r"(?<![\w-])" + re.escape(material_token(".md-search")) + r"(?![\w-])"
    assert not re.search(pattern, 'class="md-search__inner md-search-result"')
    assert re.search(pattern, 'class="md-search"')


def mkdocs_config() -> dict:
    """mkdocs.yml, read without MkDocs (its !ENV and python tags are not used in this file)."""
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def plugin_names() -> list[str]:
    """The plugins in mkdocs.yml, in order."""
    return [next(iter(item)) if isinstance(item, dict) else item for item in mkdocs_config()["plugins"]]


def test_plugin_order() -> None:
    """The plugins whose order matters come in the pinned order in mkdocs.yml."""
    names = plugin_names()
    order = PINS["plugin_order"]
    for pin in order:
        assert pin["name"] in names, (
            f"Plugin {pin['name']} staat niet meer in mkdocs.yml, maar we rekenen erop: {pin['reason']}. "
            f"Zet hem terug of haal hem weg uit plugin_order in {PINS_FILE.name}."
        )
    for before, after in itertools.pairwise(order):
        assert names.index(before["name"]) < names.index(after["name"]), (
            f"In mkdocs.yml moet plugin {after['name']} na {before['name']} komen ({after['reason']}). "
            f"Zet de plugins in deze volgorde: {', '.join(pin['name'] for pin in order)}."
        )


@pytest.mark.parametrize("name", plugin_names())
def test_plugin_is_installed(name: str) -> None:
    """Each plugin in mkdocs.yml is registered by an installed package (Material's own included)."""
    registered = {point.name for point in entry_points(group="mkdocs.plugins")}
    # MkDocs takes the theme's own plugin first: `privacy` is `material/privacy`.
    assert name in registered or f"material/{name}" in registered, (
        f"Plugin {name} uit mkdocs.yml is niet geïnstalleerd ({installed()}). Installeer met "
        "`make setup` (requirements.lock) of haal de plugin weg uit mkdocs.yml."
    )


@pytest.mark.parametrize("feature", mkdocs_config()["theme"].get("features", []))
def test_theme_feature_exists(feature: str) -> None:
    """Each theme feature in mkdocs.yml is still known to Material's templates or bundle."""
    assert f'"{feature}"' in material_text(), (
        f"Theme feature {feature} uit mkdocs.yml komt niet meer voor in {installed()}: hij doet niets meer. "
        "Kijk in Materials changelog wat ervoor in de plaats kwam en pas theme.features in mkdocs.yml aan."
    )


def _as_built(template: str) -> str:
    """A Material template line as a page has it: `{{ 'path' | url }}` becomes the path."""
    return re.sub(r"{{\s*'([^']*)'\s*\|\s*url\s*}}", r"\1", template)


def test_bundle_tag_and_start_are_what_the_late_loader_expects() -> None:
    """handreiking/material.py's BUNDLE finds Material's bundle as base.html writes it, and the
    bundle starts on DOMContentLoaded (the loader sends that event again when it has passed)."""
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    found = MATERIAL_PY.BUNDLE.search(_as_built(base))
    assert found and (MATERIAL / found.group(1)).is_file(), (
        f'{installed()} laadt zijn bundel niet meer als <script src="…/bundle.<hash>.min.js"></script> in '
        "base.html: handreiking/bouwstappen/bundel.py vindt hem dan niet en de pagina wacht weer op het script. Pas het "
        "patroon BUNDLE in handreiking/material.py aan."
    )
    assert MATERIAL_PY.HASHED.search(found.group(1)), "HASHED in handreiking/material.py herkent de bundelnaam niet"
    bundle = next((MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert '"DOMContentLoaded",{once:!0}' in bundle, (
        f"{installed()} start zijn bundel niet meer op DOMContentLoaded: kijk in "
        "overrides/partials/bundel/laden-js.html of de lader hem nog goed start."
    )


def test_stylesheet_links_are_what_the_joining_step_expects() -> None:
    """base.html links Material's stylesheets in the shape STYLESHEET_LINK finds, from STYLESHEETS."""
    base = _as_built((MATERIAL / "base.html").read_text(encoding="utf-8"))
    links = [href for href in MATERIAL_PY.STYLESHEET_LINK.findall(base) if "{" not in href and "://" not in href]
    assert links and all(
        href.startswith(MATERIAL_PY.STYLESHEETS + "/") and (MATERIAL / href).is_file() for href in links
    ), (
        f'{installed()} linkt zijn stijlbladen niet meer als <link rel="stylesheet" href="{MATERIAL_PY.STYLESHEETS}/…">: '
        "handreiking/bouwstappen/stijlblad.py voegt ze dan niet samen. Pas STYLESHEET_LINK of STYLESHEETS in handreiking/material.py aan."
    )


def test_asset_folders_and_search_files_exist() -> None:
    """Material's asset folders, the Dutch search files and the segmenters material.py names are in Material."""
    missing = [folder for folder in MATERIAL_PY.ASSET_FOLDERS if not (MATERIAL / folder).is_dir()]
    lunr = MATERIAL / MATERIAL_PY.LUNR
    missing += [
        f"lunr/min/lunr.{x}.min.js" for x in MATERIAL_PY.LUNR_KEPT if not (lunr / "min" / f"lunr.{x}.min.js").is_file()
    ]
    missing += [f"lunr/{x}.js" for x in MATERIAL_PY.LUNR_SEGMENTERS if not (lunr / f"{x}.js").is_file()]
    assert not missing, (
        f"{installed()} heeft {missing} niet meer: handreiking/hulpmiddelen/offline/offline.py en verkleinen.py rekenen erop. Pas "
        "handreiking/material.py aan."
    )


def test_search_index_paths_are_what_the_plugins_write() -> None:
    """The search plugin writes search/search_index.json; the offline plugin inlines it as INDEX_JS with INDEX_JS_PREFIX."""
    plugins = Path(material.__file__).resolve().parent / "plugins"
    search = (plugins / "search" / "plugin.py").read_text(encoding="utf-8")
    offline = (plugins / "offline" / "plugin.py").read_text(encoding="utf-8")
    folder, json_name = MATERIAL_PY.INDEXES[0][0].split("/")
    js_name = MATERIAL_PY.INDEX_JS.split("/")[-1]
    assert folder == MATERIAL_PY.SEARCH_FOLDER and f'"{folder}"' in search and f'"{json_name}"' in search, (
        f"{installed()} schrijft de zoekindex niet meer als {MATERIAL_PY.INDEXES[0][0]}: pas INDEXES in handreiking/material.py aan."
    )
    assert f'"{js_name}"' in offline and f'"{MATERIAL_PY.INDEX_JS_PREFIX}{{data}}"' in offline, (
        f"{installed()}: de offline-plugin schrijft de index niet meer als {MATERIAL_PY.INDEX_JS} ({MATERIAL_PY.INDEX_JS_PREFIX!r}…): "
        "pas INDEX_JS of INDEX_JS_PREFIX in handreiking/material.py aan."
    )


def test_article_banner_and_footer_are_where_the_build_looks() -> None:
    """The classes material.py finds the article, banner and footer line by are in Material's templates."""
    templates = material_text()
    for name in (MATERIAL_PY.ARTICLE.split(".", 1)[1], MATERIAL_PY.BANNER, MATERIAL_PY.COPYRIGHT):
        assert f'class="{name}' in templates or f'"{name}"' in templates or f" {name}" in templates, (
            f"{installed()} gebruikt de klasse {name} niet meer in zijn sjablonen: pas handreiking/material.py aan."
        )
