"""Static checks on the built HTML of every page (BeautifulSoup)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from bs4 import BeautifulSoup

from conftest import page_paths

ASSET_ATTRS = {
    "script": "src",
    "link": "href",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
}


def soups(site: Path) -> dict[str, BeautifulSoup]:
    """Every page's parsed HTML, keyed by its path in the site."""
    pages = page_paths()
    assert len(pages) >= 12, f"te weinig pagina's gevonden: {pages}"
    return {path: BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser") for path in pages}


def test_every_page_is_dutch_with_one_h1(site: Path) -> None:
    """Every page says lang="nl" and has exactly one <h1>."""
    problems = []
    for path, soup in soups(site).items():
        if soup.html.get("lang") != "nl":
            problems.append(f"{path}: lang={soup.html.get('lang')!r}")
        h1s = soup.find_all("h1")
        if len(h1s) != 1:
            problems.append(f"{path}: {len(h1s)} <h1>-elementen ({[h.get_text(strip=True) for h in h1s]})")
    assert not problems, "\n".join(problems)


def test_titles_are_unique(site: Path) -> None:
    """No two pages share a <title>."""
    titles: dict[str, str] = {}
    problems = []
    for path, soup in soups(site).items():
        title = soup.title.get_text(strip=True) if soup.title else ""
        if not title:
            problems.append(f"{path}: geen <title>")
        elif title in titles:
            problems.append(f"{path} en {titles[title]} hebben dezelfde titel {title!r}")
        titles[title] = path
    assert not problems, "\n".join(problems)


def test_no_leftover_template_or_footnote_syntax(site: Path) -> None:
    """No page text shows raw Jinja ({{, {%) or an unresolved footnote ([^)."""
    problems = []
    for path, soup in soups(site).items():
        text = soup.get_text(" ")
        for token in ("{{", "{%", "[^"):
            if token in text:
                at = text.index(token)
                problems.append(f"{path}: {token!r} in tekst: …{text[max(0, at - 40) : at + 40]}…")
    assert not problems, "\n".join(problems)


def test_no_asset_from_outside_the_site(site: Path) -> None:
    """Scripts, stylesheets, images, fonts and frames all come from the site itself."""
    problems = []
    for path, soup in soups(site).items():
        for tag, attr in ASSET_ATTRS.items():
            for element in soup.find_all(tag):
                if tag == "link" and not set(element.get("rel", [])) & {
                    "stylesheet",
                    "icon",
                    "preload",
                    "modulepreload",
                    "manifest",
                    "prefetch",
                }:
                    continue
                url = element.get(attr) or ""
                parsed = urlparse(url)
                if parsed.scheme in ("http", "https") or url.startswith("//"):
                    problems.append(f"{path}: <{tag} {attr}={url!r}>")
        for style in soup.find_all(style=True):
            if "url(http" in style["style"] or "url(//" in style["style"]:
                problems.append(f"{path}: style met externe url: {style['style']!r}")
    assert not problems, "\n".join(problems)


def test_stylesheets_load_nothing_from_outside(site: Path) -> None:
    """The shipped CSS imports no fonts or images from other hosts."""
    problems = []
    for asset in site.rglob("*.css"):
        text = asset.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(r"(?:url\(|@import)\s*[\"']?((?:https?:)?//[^\"') ]+)", text):
            problems.append(f"{asset.relative_to(site)}: {url}")
    assert not problems, "\n".join(problems)


def test_every_page_waits_for_one_stylesheet_with_every_handouts_rules(site: Path) -> None:
    """Each stylesheet before first paint costs a phone about 0.1 s: every page links one, the same
    site stylesheet, which holds Material's rules, the site's and each handout's."""
    linked = {}
    for path, soup in soups(site).items():
        hrefs = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
        assert len(hrefs) == 1, f"{path} laadt {len(hrefs)} stijlbladen: {hrefs}"
        linked[path] = (site / path).parent.joinpath(hrefs[0]).resolve()
    assert len(set(linked.values())) == 1, linked
    css = next(iter(linked.values())).read_text(encoding="utf-8")
    for rule in (
        ".md-header",
        ".md-typeset a.extern",
        ".ss-knoop",
        ".vc-figuur",
        ".nk-figuur",
        ".oo-deel",
        ".wb-blad",
        ".vk-raster",
    ):
        assert rule in css, f"{rule} ontbreekt in het stijlblad"


def test_no_page_needs_mermaid(site: Path) -> None:
    """Material loads Mermaid from unpkg.com for a Mermaid diagram (the privacy plugin's one
    exclusion in mkdocs.yml); no page may have one."""
    problems = [path for path, soup in soups(site).items() if soup.select(".mermaid, code.language-mermaid")]
    assert not problems, problems


def test_external_links_are_marked_and_safe(site: Path) -> None:
    """Every link that leaves the site is marked as external and cannot reach back (noopener)."""
    problems = []
    count = 0
    for path, soup in soups(site).items():
        for link in soup.select("a[href^=http]"):
            count += 1
            if "extern" not in link.get("class", []) or "noopener" not in link.get("rel", []):
                problems.append(f"{path}: {link['href']} class={link.get('class')} rel={link.get('rel')}")
    assert count > 20
    assert not problems, "\n".join(problems)


def test_accessibility_statement_is_complete(site: Path) -> None:
    """The default build publishes the statement (digitoegankelijk.nl model) by the RKJ-NH: a status,
    what is tested, the known limitations, a contact, the complaint route and a date; what the RKJ-NH
    has not filled in (address, meldpunt, response time) is marked 'nog in te vullen', nothing else
    (the wording itself: tests/test_toegankelijkheidsverklaring.py)."""
    soup = BeautifulSoup((site / "toegankelijkheid.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    text = article.get_text(" ", strip=True)
    marks = [m.get_text() for m in article.select("mark")]
    assert len(marks) == 3 and all(m.startswith("nog in te vullen: ") for m in marks), marks
    assert not re.search(r"\[[^\]]*\]|Sjabloon", text, re.I), text[:300]
    assert text.count("Regionale Kenniswerkplaats Jeugd Noord-Holland (RKJ-NH) wil dat iedereen") == 1
    assert [h["id"] for h in article.select("h2")] == ["status", "getest", "beperkingen", "contact", "klacht"]
    status = article.find(id="status").find_next("p").get_text(" ", strip=True)
    assert "WCAG" in status and "C: eerste maatregelen genomen" in status
    tested = " ".join(article.find(id="getest").find_next("ul").get_text(" ", strip=True).split())
    for part in ("axe-core", "toetsenbord", "320 pixels", "zonder JavaScript", "getagd", "sneltoetsen"):
        assert part in tested, part
    limits = article.find(id="beperkingen").find_next("ul").get_text(" ", strip=True)
    assert "31 januari 2027" in limits and "400 % vergroot" in tested
    contact = article.find(id="contact").find_next("p")
    assert contact.find("a", href=re.compile(r"regionale-kenniswerkplaats-jeugd-noord-holland"))
    assert article.find(id="klacht").find_next("p").find("a", href="https://www.nationaleombudsman.nl/")
    assert re.search(r"opgesteld op \d{1,2} \w+ \d{4}", text)


def test_search_index_points_to_the_chapters(site: Path) -> None:
    """A question is found in its chapter, not again on every handout that repeats it; the index
    has no empty sections."""
    import json

    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d["location"] for d in docs if "#" in d["location"] and not d["text"].strip()]
    for question in ("Wie vertrouw jij?", "Welk dilemma zit erachter?"):
        pages = {d["location"].split("#")[0] for d in docs if question in d["text"]}
        assert pages and all(page.startswith("handreiking/") for page in pages), (question, pages)
    titles = {d["title"] for d in docs}
    assert {"Vraagkaarten", "Familie- en netwerkveiligheidscirkels", "In één oogopslag"} <= titles


def test_404_page_is_dutch_and_stands_on_its_own(site: Path) -> None:
    """The error page speaks Dutch (title, heading, a link home) and needs no file of the site: it
    works at any depth under any subpath (its styles are inline)."""
    soup = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html.get("lang") == "nl"
    assert soup.title.get_text(strip=True).startswith("Pagina niet gevonden")
    assert [h.get_text(strip=True) for h in soup.find_all("h1")] == ["Pagina niet gevonden"]
    assert "Not found" not in soup.get_text() and soup.find("a", string="Naar de startpagina")
    assert not soup.find_all("link", rel="stylesheet") and not soup.find_all(src=True) and soup.find("style")


def test_english_method_names_carry_their_language(site: Path) -> None:
    """In every page's text, each English method name stands in an element with lang="en" (WCAG 3.1.2)."""
    names = re.compile(r"family finding|signs of safety|biggest unmet needs|mobility mapping", re.I)
    unmarked = []
    for path in sorted(site.rglob("*.html")):
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is None:
            continue
        for text in article.find_all(string=names):
            if (
                text.find_parent(["script", "svg", "option", "textarea"]) is None
                and text.find_parent(lang="en") is None
            ):
                unmarked.append(f"{path.relative_to(site)}: {text.strip()[:60]}")
    assert not unmarked, unmarked[:10]
