"""Hostile build input (issue 3.1): an organisation's logo, config and data are data, never code.
Each case here ran a script, ran Python, hung the build or printed a traceback before; now each is
refused in Dutch, naming file, key and fix, or published as harmless text. No site build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import markdown
import pytest
import yaml
from defusedxml.ElementTree import fromstring

from conftest import ROOT
from test_gegevens import data_root, edit, refusal, settings  # noqa: F401 (data_root is a fixture)

sys.path.insert(0, str(ROOT))
from handreiking.bouwstappen.csp import CspFout, policy_for  # noqa: E402
from handreiking.hulpmiddelen.vraagkaarten.vraagkaarten import markdown_text  # noqa: E402
from handreiking.kern import svg  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.kern.gegevens import DataFout  # noqa: E402
from handreiking.model import instellingen, laad  # noqa: E402

ORG = "organisatie-voorbeeld.yml"
LOGO = "organisatie-voorbeeld/logo.svg"
NS = 'xmlns="http://www.w3.org/2000/svg"'
HOSTILE_SVG = {
    "prefixed-script": '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg">'
    "<s:script>alert(1)</s:script></svg>",
    "entity-href": f'<svg {NS} xmlns:x="http://www.w3.org/1999/xlink"><use x:href="&#x68;ttps://example.org/a.svg#b"/></svg>',
    "style-import": f'<svg {NS}><style>@import url(https://example.org/x.css);</style><circle r="4"/></svg>',
    "style-url": f"<svg {NS}><style>circle {{ fill: url(https://example.org/p.svg) }}</style></svg>",
    "set-javascript": f'<svg {NS}><a><set attributeName="href" to="jav&#x61;script:alert(1)"/></a></svg>',
    "animate-href": f'<svg {NS}><use href="#a"><animate attributeName="href" to="https://example.org"/></use></svg>',
    "onload": f'<svg {NS} onload="alert(1)"><circle r="4"/></svg>',
    "foreign-object": f'<svg {NS}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
    "javascript-fill": f'<svg {NS}><circle r="4" style="fill: url(javascript:alert(1))"/></svg>',
    "external-image": f'<svg {NS}><image href="https://example.org/x.png"/></svg>',
    "doctype-entity": f'<!DOCTYPE svg [<!ENTITY x "y">]><svg {NS}><text>&x;</text></svg>',
    "not-svg": '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
}


@pytest.mark.parametrize("text", HOSTILE_SVG.values(), ids=HOSTILE_SVG.keys())
def test_a_hostile_svg_logo_is_refused_naming_what_and_the_fix(data_root: Path, text: str) -> None:
    """Each trick that passed the old string search (prefix, entities, @import, <set>) stops the build in Dutch."""
    (data_root / LOGO).write_text(text, encoding="utf-8")
    message = refusal(data_root, ORG)
    assert "extra.organisatie.logo: 'logo.svg' kan niet als logo" in message and "PNG" in message, message


def test_a_logo_from_a_drawing_program_is_published_rebuilt_with_only_its_drawing() -> None:
    """Editor metadata and unknown attributes go; shapes, gradients and local references stay; the result is XML."""
    source = (
        f'<?xml version="1.0"?><svg {NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" inkscape:version="1.3">'
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs>'
        '<circle id="c" r="4" fill="url(#g)" data-x="1"/><use xlink:href="#c" x="2"/>'
        '<text x="1" y="9">Jeugd &amp; Gezin</text></svg>'
    )
    clean = svg.schoon(source.encode())
    root = fromstring(clean)
    tags = [el.tag.split("}")[1] for el in root.iter()]
    assert tags == ["svg", "defs", "linearGradient", "stop", "circle", "use", "text"]
    assert b"inkscape" not in clean and b"data-x" not in clean and b"metadata" not in clean
    circle = root.find("{http://www.w3.org/2000/svg}circle")
    assert circle is not None and circle.get("fill") == "url(#g)"
    assert root.find("{http://www.w3.org/2000/svg}text").text == "Jeugd & Gezin"


def test_the_example_logo_is_published_as_the_same_drawing() -> None:
    """The example organisation's own logo keeps every circle it has."""
    source = fromstring((ROOT / LOGO).read_bytes())
    clean = fromstring(svg.schoon((ROOT / LOGO).read_bytes()))
    assert [(e.tag, dict(e.attrib)) for e in clean.iter()] == [(e.tag, dict(e.attrib)) for e in source.iter()]


@pytest.mark.parametrize("logo", ["/etc/hostname", "../../etc/passwd.svg", "../buiten.svg"])
def test_a_logo_outside_the_project_is_refused(data_root: Path, logo: str) -> None:
    """A path out of the project (absolute, or up) would publish that file: refused before it is read."""
    (data_root.parent / "buiten.svg").write_text(f"<svg {NS}/>", encoding="utf-8")
    edit(data_root, ORG, "logo: organisatie-voorbeeld/logo.svg", f"logo: {logo}")
    assert "buiten de map van het project" in refusal(data_root, ORG)


def test_a_config_with_a_python_tag_runs_nothing_and_says_so_in_dutch(tmp_path: Path) -> None:
    """`!!python/object/apply:os.system` in an organisation's config: the documented check refuses it, no file appears."""
    marker = tmp_path / "gehackt"
    (tmp_path / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "eigen.yml").write_text(
        f'INHERIT: mkdocs.yml\nextra:\n  organisatie:\n    naam: !!python/object/apply:os.system ["touch {marker}"]\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "handreiking", "controleer", "--config", str(tmp_path / "eigen.yml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and not marker.exists()
    assert (
        "eigen.yml, regel 4: de YAML-tag '!!python/object/apply:os.system' is in een configuratie niet toegestaan"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("tag", ["!ENV [GEHEIM]", "!!python/name:os.system", "!relative $config_dir"])
def test_every_tag_in_any_file_of_the_inherit_chain_is_refused(tmp_path: Path, tag: str) -> None:
    """Also a tag in the inherited base file, and MkDocs' own !ENV (it would publish a server's variable)."""
    (tmp_path / "basis.yml").write_text(f"site_name: {tag}\n", encoding="utf-8")
    (tmp_path / "eigen.yml").write_text("INHERIT: basis.yml\n", encoding="utf-8")
    with pytest.raises(DataFout, match=r"basis\.yml, regel 1: de YAML-tag"):
        read_config(tmp_path / "eigen.yml")


def test_make_build_checks_the_config_before_mkdocs_reads_it() -> None:
    """The README's way to build an organisation's copy runs the check first, for build and serve."""
    for target in ("build", "serve"):
        steps = subprocess.run(
            ["make", "-n", target, "CONFIG=eigen.yml"], cwd=ROOT, capture_output=True, text=True
        ).stdout
        check = steps.index('handreiking controleer --config "eigen.yml"')
        assert check < steps.index('-f "eigen.yml"'), steps


def test_an_inherit_chain_out_of_the_project_or_in_a_circle_is_refused(tmp_path: Path) -> None:
    """INHERIT to /etc or in a loop stops with a Dutch message."""
    (tmp_path / "a.yml").write_text("INHERIT: /etc/passwd\n", encoding="utf-8")
    with pytest.raises(DataFout, match="buiten de projectmap"):
        read_config(tmp_path / "a.yml")
    (tmp_path / "a.yml").write_text("INHERIT: b.yml\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("INHERIT: a.yml\n", encoding="utf-8")
    with pytest.raises(DataFout, match="in een kring"):
        read_config(tmp_path / "a.yml")


BOMB = "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9 if p else ['x'] * 9)}]\n"
    for c, p in zip("abcdefghi", ["", *"abcdefgh"], strict=True)
)


def test_an_alias_bomb_in_a_config_or_data_file_is_refused_at_once(tmp_path: Path, data_root: Path) -> None:
    """9^9 values behind nine lines: refused in under a second instead of 81 s and 5.5 GB."""
    (tmp_path / "eigen.yml").write_text(BOMB, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(DataFout, match="meer dan 200000 waarden"):
        read_config(tmp_path / "eigen.yml")
    (data_root / "data/oogopslag.yml").write_text(BOMB, encoding="utf-8")
    assert "data/oogopslag.yml: het bestand wordt na het invullen" in refusal(data_root)
    assert time.perf_counter() - started < 2


MALFORMED = {"lijst": ["a", "b"], "object": {"a": 1}, "getal": 12, "lange tekst": "x" * 10_000_000, "nee": False}


@pytest.mark.parametrize("field", ["naam", "logo", "kleur", "contact", "melding", "bewaardagen"])
@pytest.mark.parametrize("kind", MALFORMED)
def test_every_organisation_field_refuses_any_malformed_value_in_dutch(data_root: Path, field: str, kind: str) -> None:
    """A list, a map, a number, a 10 MB string or a boolean in any field: a short Dutch message, never a traceback."""
    config = read_config(data_root / ORG)
    config["extra"]["organisatie"][field] = MALFORMED[kind]
    if field == "bewaardagen" and kind == "getal":
        config["extra"]["organisatie"][field] = 10**9
    with pytest.raises(DataFout) as error:
        laad(data_root, instellingen(config, ORG))
    message = str(error.value)
    assert message.startswith(f"{ORG}, extra.organisatie") and len(message) < 600, message[:300]


@pytest.mark.parametrize("value", [["a"], "tekst", 12])
def test_the_organisation_block_itself_malformed_is_refused(data_root: Path, value: object) -> None:
    """extra.organisatie as a list or a text instead of fields."""
    config = read_config(data_root / ORG)
    config["extra"]["organisatie"] = value
    with pytest.raises(DataFout, match="extra.organisatie: verwacht velden"):
        laad(data_root, instellingen(config, ORG))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("data/family-finding-werkbladen.yml", "personen: 8", "personen: 1000000", "veld 'personen' is 1000000"),
        ("data/family-finding-werkbladen.yml", "behoeften: 3", "behoeften: 100000", "veld 'behoeften' is 100000"),
        ("data/stroomschema.yml", "rij: 3", "rij: 100000000", "veld 'rij' is 100000000"),
    ],
)
def test_numbers_that_size_work_have_an_upper_bound(
    data_root: Path, file: str, old: str, new: str, expected: str
) -> None:
    """A count that sizes a drawing or a grid is bounded (it ran for ever and took 4.7 GB)."""
    edit(data_root, file, old, new)
    message = refusal(data_root)
    assert expected in message and "Kies een geheel getal van 1 tot en met" in message, message


SITE_EXTENSIONS = ["attr_list", "pymdownx.mark", "pymdownx.smartsymbols", "footnotes", "abbr", "toc", "md_in_html"]


@pytest.mark.parametrize(
    "title",
    [
        "<b onmouseover=alert(1)>Vet</b>",
        "Kop { #x onclick=alert(1) }",
        "A & B *schuin* ==mark==",
        "[link](javascript:alert(1))",
    ],
)
def test_a_deck_title_with_markup_is_a_heading_of_its_characters(title: str) -> None:
    """A deck's title reaches the card page as a Markdown heading: markup in it shows as typed, no element, no attribute."""
    html = markdown.markdown(f"## {markdown_text(title)} {{ #stapel-x }}", extensions=SITE_EXTENSIONS)
    heading = fromstring(html.replace("&nbsp;", " "))
    assert heading.tag == "h2" and list(heading) == [] and heading.attrib == {"id": "stapel-x"}
    assert heading.text == title


def test_a_deck_title_with_markup_stays_text_on_the_card_page(data_root: Path) -> None:
    """Through the real renderer: the hostile title is in the page as text."""
    from handreiking.hulpmiddelen.vraagkaarten import vraagkaarten

    shutil.copytree(ROOT / "overrides", data_root / "overrides")
    deck = data_root / "data/vraagkaarten/grootste-last.yml"
    data = yaml.safe_load(deck.read_text(encoding="utf-8"))
    data["titel"] = "<b onmouseover=alert(1)>Grootste last</b>"
    deck.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    model = laad(data_root, settings(data_root))
    page = markdown.markdown(vraagkaarten.stapels(model, lambda t: t, "test"), extensions=SITE_EXTENSIONS)
    assert "<b " not in page and "&lt;b onmouseover=alert(1)&gt;Grootste last&lt;/b&gt;" in page


@pytest.mark.parametrize(
    "markup",
    [
        '<p onmouseover="alert(1)">x</p>',
        '<a href=" jav&#x61;script:alert(1)">x</a>',
        '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
        "<img src=x OnError=alert(1)>",
    ],
)
def test_the_csp_step_refuses_event_attributes_and_javascript_urls(tmp_path: Path, markup: str) -> None:
    """Anywhere in a built page (file:// sends no CSP): an event attribute or javascript: URL stops the build."""
    (tmp_path / "index.html").write_text(f"<html><body><nav>{markup}</nav></body></html>", encoding="utf-8")
    with pytest.raises(CspFout, match=r"index\.html, regel 1: <.*> kan een script starten"):
        policy_for(tmp_path)
