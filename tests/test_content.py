"""The handreiking is complete and faithfully structured on the site."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

FIXTURE = Path(__file__).parent / "fixtures" / "handreiking.txt"
RUNNING_HEADER = "Kwetsbare gezinnen en de vertrouwde mensen om hen heen"
CHAPTERS = Path("handreiking")
SECTIONS = {
    "2-het-appel.html": ["2.1", "2.2", "2.3", "2.4", "2.5"],
    "3-netwerk-en-wie-vraag.html": [
        "3.1",
        "3.1.1",
        "3.1.2",
        "3.1.3",
        "3.1.4",
        "3.1.5",
        "3.1.6",
        "3.2",
        "3.2.1",
        "3.2.2",
        "3.2.3",
        "3.2.4",
        "3.2.5",
        "3.2.6",
    ],
    "4-onveilige-situaties.html": ["4.1", "4.2"],
    "5-interculturele-aspecten.html": ["5.1", "5.2"],
}


def fold(text: str) -> str:
    """Fold case, punctuation and white space away; drop footnote marks glued to a word or
    to punctuation (applied alike to source and site, so numbers lost that way cancel out)."""
    text = re.sub(r"(?<=[^\W\d_]|[’.,;:)])\d+", "", text)
    return re.sub(r"[\W_]+", "", text.lower())


def source_lines() -> list[str]:
    """Non-empty source lines, with URLs broken over two lines ("…-van-" / "eigen-kracht.pdf") joined."""
    lines = [line.strip() for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    joined: list[str] = []
    for line in lines:
        if joined and re.match(r"https?://\S+-$", joined[-1]) and " " not in line:
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def source_urls() -> set[str]:
    """Every URL of the source (dumped at page ends or written out), without a trailing full stop."""
    return {m.rstrip(".") for line in source_lines() for m in re.findall(r"https?://\S+", line)}


def source_sentences() -> list[str]:
    """Sentences of 6+ words of the source: page furniture, URLs and footnote numbers removed,
    bullets ("•", "o") treated as sentence starts."""
    lines = []
    for line in source_lines():
        if line == RUNNING_HEADER or line.isdigit() or re.fullmatch(r"https?://\S+", line):
            continue
        line = re.sub(r"https?://\S+", " ", line)
        line = re.sub(r"^[1-8] (?=[A-Z])", ". ", line)  # a footnote starts at the page bottom
        line = re.sub(r"^[•o] ", ". ", line)
        lines.append(line)
    text = " ".join(lines)
    sentences = re.split(r"(?<=[.!?…’:])\s+(?=[A-Z‘(•0-9])", text)
    return [s.strip(" .") for s in sentences if len(s.split()) >= 6]


def site_text(site: Path) -> str:
    """The folded main-content text of every page (footnote reference numbers removed)."""
    parts = []
    for html in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.md-content__inner")
        if article is None:
            continue
        for ref in article.select("sup[id^=fnref], a.footnote-backref, a.headerlink"):
            ref.decompose()
        parts.append(article.get_text(" "))
    return fold(" ".join(parts))


def chapter(site: Path, name: str) -> BeautifulSoup:
    """A chapter page of the built site."""
    return BeautifulSoup((site / CHAPTERS / name).read_text(encoding="utf-8"), "html.parser")


def test_at_least_98_percent_of_source_sentences_are_on_the_site(site: Path) -> None:
    """Content completeness: ≥ 98 % of the source's sentences appear in the site text."""
    sentences = source_sentences()
    assert len(sentences) > 300, f"bron te kort gesplitst: {len(sentences)} zinnen"
    haystack = site_text(site)
    missing = [s for s in sentences if fold(s) not in haystack]
    share = 1 - len(missing) / len(sentences)
    print(f"\nvolledigheid: {share:.1%} van {len(sentences)} zinnen; ontbrekend: {len(missing)}")
    assert share >= 0.98, f"{share:.1%} gevonden; ontbrekend:\n" + "\n".join(missing)


def test_sections_keep_their_numbers_and_stable_anchors(site: Path) -> None:
    """Every numbered section is a heading starting with its number, anchored as paragraaf-x-y-z."""
    problems = []
    for name, numbers in SECTIONS.items():
        soup = chapter(site, name)
        for number in numbers:
            anchor = "paragraaf-" + number.replace(".", "-")
            heading = soup.find(id=anchor)
            if heading is None or heading.name not in ("h2", "h3", "h4"):
                problems.append(f"{name}: geen kop met id {anchor}")
            elif not heading.get_text(strip=True).startswith(number + " "):
                problems.append(f"{name}#{anchor}: kop begint niet met {number}: {heading.get_text(strip=True)!r}")
    assert not problems, "\n".join(problems)


def test_all_eight_footnotes_are_real_footnotes(site: Path) -> None:
    """The 8 source footnotes are footnotes with a working reference, numbered as in the source."""
    total = 0
    shown: list[int] = []
    for name in ["voorwoord.html", "1-doel.html", "2-het-appel.html", "4-onveilige-situaties.html"]:
        soup = BeautifulSoup((site / CHAPTERS / name).read_text(encoding="utf-8"), "html.parser")
        shown += [int(a.get_text()) for a in soup.select("a.footnote-ref")]
        items = soup.select("div.footnote li")
        start = int(soup.select_one("div.footnote ol").get("start", 1))
        assert [start + i for i in range(len(items))] == [int(li["id"].split(":")[1]) for li in items]
    assert shown == [1, 2, 3, 4, 5, 6, 7, 8]
    for html in sorted((site / CHAPTERS).glob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        notes = soup.select("div.footnote li[id^=fn]")
        for note in notes:
            assert soup.select_one(f'a.footnote-ref[href="#{note["id"]}"]'), (
                f"{html.name}: {note['id']} zonder verwijzing"
            )
        total += len(notes)
    assert total == 8


def test_every_source_url_is_a_link_on_a_phrase(site: Path) -> None:
    """Each URL dumped in the source is the target of a link; no URL stands bare in running text."""
    urls = source_urls()
    assert len(urls) > 10
    hrefs: set[str] = set()
    bare = []
    for html in sorted((site / CHAPTERS).glob("*.html")):
        article = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("article")
        for link in article.find_all("a", href=True):
            hrefs.add(link["href"])
            if link.get_text(strip=True).startswith("http"):
                bare.append(f"{html.name}: link tekst is een adres: {link.get_text(strip=True)}")
        for text in article.find_all(string=re.compile(r"https?://|www\.")):
            if text.parent.name != "a":
                bare.append(f"{html.name}: kaal adres: {text.strip()[:80]}")
    assert not urls - hrefs, "niet gekoppeld: " + ", ".join(sorted(urls - hrefs))
    assert not bare, "\n".join(bare)


def test_practice_quotes_are_block_quotes_with_attribution(site: Path) -> None:
    """Every block quote is a figure.citaat with its speaker as caption, the same everywhere."""
    quotes = 0
    for html in sorted((site / CHAPTERS).glob("*.html")):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for quote in soup.select("article blockquote"):
            figure = quote.parent
            assert figure.name == "figure" and "citaat" in figure.get("class", []), (
                f"{html.name}: los citaat {quote.get_text()[:60]}"
            )
            caption = figure.find("figcaption")
            assert caption and caption.get_text(strip=True), f"{html.name}: citaat zonder spreker"
            quotes += 1
    assert quotes >= 10


def test_callouts_and_the_four_steps(site: Path) -> None:
    """Research facts and the definition are callouts; 2.5 is a numbered step component."""
    facts = chapter(site, "3-netwerk-en-wie-vraag.html").select(".admonition")
    assert any("6,5 persoon" in a.get_text() and "33 procent" in a.get_text() for a in facts)
    definition = chapter(site, "1-doel.html").select(".admonition")
    assert any("Samenwerken met netwerk is" in a.get_text() for a in definition)
    steps = chapter(site, "2-het-appel.html").select(".stappen > ol > li")
    assert [s.get_text(" ", strip=True).split()[0] for s in steps] == ["Herken", "Overweeg", "Bespreek", "Verleg"]
