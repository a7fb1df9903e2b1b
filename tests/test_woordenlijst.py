"""The site's own text follows the writers' glossary (woordenlijst.md): no variant from its column
"Vermijden" appears in what readers see, except inside text quoted verbatim from the handreiking."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString

from conftest import ROOT, page_paths
from test_content import FIXTURE, fold

GLOSSARY = ROOT / "woordenlijst.md"
# Elements that make one block of text: a variant's context is the text of its nearest block.
BLOCKS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "summary",
    "label",
    "legend",
    "button",
    "option",
    "blockquote",
    "title",
}
ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
# The handout scripts as built (shared core included): their string literals follow the glossary too.
SCRIPTS = [
    "assets/vraagkaarten/vraagkaarten.js",
    "assets/veiligheidscirkels/veiligheidscirkels.js",
    "assets/werkbladen/werkbladen.js",
    "assets/stroomschema/stroomschema.js",
]


def variants() -> list[str]:
    """Every variant in the column "Vermijden" (the last one) of the glossary's tables."""
    found = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 3 and cells[0] != "Begrip" and not set(cells[-1]) <= set("-"):
            found += re.findall(r"`([^`]+)`", cells[-1])
    return found


def pattern(variant: str) -> re.Pattern[str]:
    """A variant as a case-sensitive regex: whole words only where it starts or ends with a letter,
    and not inside a file name or address (".pdf", "/pdf")."""
    before = r"(?<![\w./-])" if re.match(r"\w", variant) else ""
    after = r"(?![\w-])" if re.search(r"\w$", variant) else ""
    return re.compile(before + re.escape(variant) + after)


def normal(text: str) -> str:
    """White space folded to single spaces."""
    return " ".join(text.split())


SOURCE = normal(FIXTURE.read_text(encoding="utf-8"))
SOURCE_FOLDED = fold(SOURCE)


def from_source(variant: str, block: str) -> bool:
    """A variant may stand in a block whose whole text is the handreiking's, if the source writes it so."""
    return variant in SOURCE and bool(fold(block)) and fold(block) in SOURCE_FOLDED


def blocks(soup: BeautifulSoup) -> list[str]:
    """The visible text of a page as blocks (a block's own text, without nested blocks), then the
    texts of the attributes readers or screen readers get."""
    for junk in soup.select("script, style, a.headerlink, sup[id^=fnref], a.footnote-backref"):
        junk.decompose()
    own: dict[int, list[str]] = {}
    for text in soup.find_all(string=True):
        if not isinstance(text, NavigableString) or type(text) is not NavigableString or not text.strip():
            continue
        block = next((p for p in text.parents if p.name in BLOCKS), text.parent)
        own.setdefault(id(block), []).append(str(text))
    texts = [normal("".join(parts)) for parts in own.values()]
    texts += [normal(el[attr]) for attr in ATTRIBUTES for el in soup.find_all(attrs={attr: True})]
    return texts


def script_literals(script: str) -> list[str]:
    """The double-quoted string literals of a script, unescaped."""
    return [json.loads(f'"{m}"') for m in re.findall(r'"((?:[^"\\\n]|\\.)*)"', script)]


def is_markup(literal: str) -> bool:
    """A literal that is a rendered template (the deck builder inside vraagkaarten.js)."""
    return literal.lstrip().startswith("<") and ">" in literal


def test_glossary_has_variants() -> None:
    """The glossary parses: enough variants, among them the ones the review named."""
    found = variants()
    assert len(found) >= 30, found
    assert {"Hoeveel mensen-interview", "Waarde interview", "„", "'s", "met JavaScript aan", "JSON-bestand"} <= set(
        found
    )


def test_the_source_exception_is_precise() -> None:
    """A source heading may keep its spelling; the same variant in the site's own sentence may not."""
    assert from_source("Hoeveel mensen interview", "Hoeveel mensen interview")
    assert not from_source("Hoeveel mensen interview", "Vul het Hoeveel mensen interview samen in.")
    assert not from_source("Hoeveel mensen-interview", "Hoeveel mensen-interview")
    assert pattern("pdf").search("de pdf hieronder") and not pattern("pdf").search("handreiking.pdf")
    assert pattern("'s").search("menu's") and not pattern("printen").search("printer")


def test_site_text_follows_the_glossary(site: Path) -> None:
    """No variant to avoid in any page's visible text or labels, outside text quoted from the source."""
    checks = [(v, pattern(v)) for v in variants()]
    problems = []
    for path in [*page_paths(), "404.html"]:
        soup = BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")
        for block in blocks(soup):
            for variant, regex in checks:
                if regex.search(block) and not from_source(variant, block):
                    problems.append(f"{path}: ‘{variant}’ in: {block[:120]}")
    # Our templates rendered into a handout script at build time (partials/vraagkaarten/bouwer.html).
    for name in SCRIPTS:
        for literal in filter(is_markup, script_literals((site / name).read_text(encoding="utf-8"))):
            for block in blocks(BeautifulSoup(literal, "html.parser")):
                problems += [
                    f"{name} (sjabloon): ‘{v}’ in: {block[:120]}" for v, regex in checks if regex.search(block)
                ]
    assert not problems, "Zie woordenlijst.md (kolom Vermijden):\n" + "\n".join(sorted(set(problems)))


def test_handout_script_strings_follow_the_glossary(site: Path) -> None:
    """The messages and labels in the handout scripts (their string literals) avoid the variants too."""
    checks = [(v, pattern(v)) for v in variants()]
    problems = []
    for name in SCRIPTS:
        script = (site / name).read_text(encoding="utf-8")
        for literal in script_literals(script):
            if is_markup(literal):
                continue
            problems += [f"{name}: ‘{v}’ in: {literal[:100]}" for v, regex in checks if regex.search(literal)]
    assert not problems, "\n".join(problems)
