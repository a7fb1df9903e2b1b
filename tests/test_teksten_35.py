"""Issue 3.5, the site's own words and the editors' messages: every sentence the site says about
itself is true. Sizes and counts come from their source, the Over page says exactly what changed
against the handreiking, additions are marked, the worksheets keep the source's questions, the
wording follows the glossary, the keep period promises only what happens, a broken data file is
named in Dutch with its line, and the release zip stands on its own. No site build: these tests
read the sources (and render what they need themselves)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from handreiking.druk import ijkvel  # noqa: E402
from handreiking.druk.snijden import LAYOUTS, VOUW  # noqa: E402

# Where the site states a size or count for readers: pages, templates, data, scripts (not the vendored ones).
TEXT_FILES = sorted(
    [
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "overrides" / "partials").rglob("*.html"),
        *(ROOT / "handreiking" / "hulpmiddelen").rglob("*.html"),
        *(ROOT / "data").rglob("*.yml"),
        *(ROOT / "handreiking" / "hulpmiddelen").rglob("*.js"),
        *(
            p
            for p in (ROOT / "overrides" / "assets").rglob("*.js")
            if "vendor" not in p.parts and "lunr" not in p.parts
        ),
    ]
)
SIZE = re.compile(r"(\d+(?:,\d+)?) × (\d+(?:,\d+)?) mm")


def mm(value: float) -> str:
    """A length as a Dutch page writes it (93, 85,6)."""
    return f"{value:g}".replace(".", ",")


def a6_card() -> tuple[str, str]:
    """The pocket card's size, from its stylesheet (the A6 page of the pocket card PDF)."""
    css = (ROOT / "handreiking" / "hulpmiddelen" / "stappen" / "zakkaart.css").read_text(encoding="utf-8")
    found = re.search(r"\.a6 \.vel \{ width: (\d+)mm; height: (\d+)mm; \}", css)
    assert found, "zakkaart.css: de maat van de A6-kaart (.a6 .vel) niet gevonden"
    return found.group(1), found.group(2)


def known_sizes() -> dict[tuple[str, str], str]:
    """Every size a sentence may state, with the source it comes from."""
    sizes = {(mm(lay.breedte), mm(lay.hoogte)): f"snijden.LAYOUTS[{n}]" for n, lay in LAYOUTS.items()}
    sizes[a6_card()] = "zakkaart.css (.a6 .vel)"
    sizes[(mm(ijkvel.CARD[0]), mm(round(ijkvel.CARD[1])))] = "ijkvel.CARD (bankpas)"
    return sizes


def sentences(path: Path) -> list[str]:
    """The lines of a text file, a Markdown list item or paragraph joined into one."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n|\n(?=\s*- )", path.read_text(encoding="utf-8"))]


def test_every_stated_card_size_is_a_size_from_its_source() -> None:
    """A sentence that states 'W × H mm' names a size the site really makes; one that says
    'N per vel' with a size names the size of that layout (snijden.LAYOUTS), as text or as the
    page variable kaartmaten[N]."""
    sizes = known_sizes()
    problems = []
    for path in TEXT_FILES:
        for sentence in sentences(path):
            where = f"{path.relative_to(ROOT)}: {sentence[:120]}"
            for width, height in SIZE.findall(sentence):
                if (width, height) not in sizes:
                    problems.append(f"{where}: {width} × {height} mm is geen maat van de site ({sorted(sizes)})")
            for count, rest in re.findall(r"(\d+) per vel\b(.{0,40})", sentence):
                stated = SIZE.search(rest) or re.search(r"kaartmaten\[(\d+)\]", rest)
                if not stated:
                    continue
                if stated.re is SIZE:
                    layout = LAYOUTS.get(int(count))
                    if layout is None or stated.groups() != (mm(layout.breedte), mm(layout.hoogte)):
                        problems.append(f"{where}: {count} per vel heeft niet de maat {stated.group(0)}")
                elif stated.group(1) != count:
                    problems.append(f"{where}: {count} per vel met de maat van kaartmaten[{stated.group(1)}]")
    assert not problems, "\n".join(problems)


def test_every_stated_cards_per_sheet_is_a_layout() -> None:
    """'N per vel' and 'N kaarten per vel' name a layout the PDFs have (8, 9, or the fold-over sheet's 4)."""
    counts = {*LAYOUTS, VOUW.per_vel}
    problems = [
        f"{path.relative_to(ROOT)}: {count} per vel"
        for path in TEXT_FILES
        for count in re.findall(r"\b(\d+) (?:kaarten )?per vel\b", path.read_text(encoding="utf-8"))
        if int(count) not in counts
    ]
    assert not problems, "\n".join(problems)


def test_the_page_variable_renders_the_layout_sizes() -> None:
    """macros/__init__.py gives pages kaartmaten[8] and kaartmaten[9]: the layouts' sizes, as the card page shows them."""
    import macros

    env = SimpleNamespace(variables={"config": {"config_file_path": str(ROOT / "mkdocs.yml")}}, page=None)
    env.macro = lambda function, name: None
    macros.define_env(env)
    assert env.variables["kaartmaten"] == {8: "93 × 66", 9: "61 × 87"}
    assert {n: tuple(env.variables["kaartmaten"][n].split(" × ")) for n in LAYOUTS} == {
        n: (mm(lay.breedte), mm(lay.hoogte)) for n, lay in LAYOUTS.items()
    }
    page = (ROOT / "docs" / "werkmateriaal" / "vraagkaarten.md").read_text(encoding="utf-8")
    assert "{{ kaartmaten[8] }} mm" in page and "{{ kaartmaten[9] }} mm" in page
    assert "speelkaartformaat" not in page  # 61 × 87 is not a playing card's 63 × 88


# --- The Over page and what the site adds ---------------------------------------------------------

SOURCE_TEXT = (ROOT / "tests" / "fixtures" / "handreiking.txt").read_text(encoding="utf-8")
SOURCE_FLAT = " ".join(SOURCE_TEXT.split())  # one line, single spaces: PDF line ends are spaces
OVER = (ROOT / "docs" / "over.md").read_text(encoding="utf-8")
NUMBERS = {n: w for n, w in enumerate("nul één twee drie vier vijf zes zeven acht negen tien".split())}


def loose(text: str) -> re.Pattern[str]:
    """A case-insensitive pattern of a text in the source: any white space between the words."""
    return re.compile(r"\s+".join(re.escape(w) for w in text.split()), re.I)


def card_capitals() -> list[str]:
    """The opening words (to the first comma or question mark) of each verbatim card whose first
    letter is a capital where the source has a small letter."""
    from handreiking.kern.stapels import load_stapels

    changed = []
    for deck in load_stapels(ROOT).values():
        for card in deck.kaarten:
            text = " ".join(card.tekst.split())
            opening = re.match(r"[^,?]+[,?]?", text).group(0).rstrip(",")
            start = " ".join(text.split()[:8])
            found = [m.group(0)[0] for m in loose(start).finditer(SOURCE_FLAT)]
            if found and text[0] not in found:  # in the source, but never with this first letter
                changed.append(opening)
    return changed


def test_over_page_names_every_capital_the_site_changes() -> None:
    """Where a verbatim text begins with a capital and the source with a small letter, the Over
    page says so: the number of such places and each one's opening words."""
    changed = card_capitals()
    assert len(changed) == 7, changed
    bullet = next(b for b in OVER.split("\n- ") if "hoofdletters" in b)
    bullet = " ".join(bullet.split())
    assert f"**{NUMBERS[len(changed)].capitalize()} hoofdletters.**" in bullet, bullet
    missing = [opening for opening in changed if f"‘{opening}" not in bullet]
    assert not missing, f"over.md noemt deze hoofdletters niet: {missing}"
    assert "zoals in het origineel." not in OVER  # "as in the original", without naming the exceptions


def admonitions(path: Path) -> list[tuple[str, str]]:
    """Each titled box (!!! kind "title") of a page: its title and the start of its text."""
    found = re.findall(r'^!!! \w+ "([^"]*)"\n((?:    .*\n|\n)+)', path.read_text(encoding="utf-8"), re.M)
    return [(title, " ".join(body.split())) for title, body in found if title]


def test_box_titles_in_the_chapters_are_the_sources_words_or_marked_as_the_sites() -> None:
    """A box in the handreiking's pages has no title, the site's own title 'Toelichting bij deze
    website', or a title the source writes just before the box's text (with its punctuation)."""
    problems = []
    for path in sorted((ROOT / "docs" / "handreiking").glob("*.md")):
        for title, body in admonitions(path):
            if title == "Toelichting bij deze website":
                continue
            if not loose(f"{title} {' '.join(body.split()[:4])}").search(SOURCE_FLAT):
                problems.append(f"{path.name}: kader met titel ‘{title}’ staat zo niet in de handreiking")
    assert not problems, "\n".join(problems)


def test_over_page_says_where_the_addresses_stood() -> None:
    """In Meer lezen and Podcasts en filmpjes the source prints each address above its description,
    not at the page bottom: the Over page says that, and no longer places the research box in '3.1'."""
    for heading in ("Meer lezen?", "Podcasts en filmpjes"):
        after = SOURCE_TEXT.split(f" {heading} ", 1)[1]
        first = next(line.strip() for line in after.splitlines() if line.strip())
        assert first.startswith("https://"), (heading, first)  # the address comes first, the description after it
    links = " ".join(next(b for b in OVER.split("\n- ") if b.startswith("**Links.**")).split())
    assert "[Meer lezen]" in links and "[Podcasts en filmpjes]" in links and "boven elke beschrijving" in links
    assert "(paragraaf 3.1)" not in OVER and "paragraaf 3.1.4" in OVER


def test_the_chapters_figure_has_the_sources_caption() -> None:
    """In 3.1.6 the figure's caption is the source's ('Bewerking van dia uit JIM-training'); the
    site's own title stays on the interactive page, which the Over page names."""
    from bs4 import BeautifulSoup

    from handreiking.hulpmiddelen.stroomschema import stroomschema
    from handreiking.kern.configuratie import read_config
    from handreiking.model import instellingen, laad

    model = laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml")))
    chapter = BeautifulSoup(stroomschema.stroomschema(model, lambda target: target, False), "html.parser")
    caption = chapter.select_one("figcaption").get_text(" ", strip=True)
    assert caption == "Bewerking van dia uit JIM-training" and caption in SOURCE_TEXT
    page = BeautifulSoup(stroomschema.stroomschema(model, lambda target: target, True), "html.parser")
    assert "Figuur:" in page.select_one("figcaption").get_text()


def test_home_page_and_book_cover_use_the_sources_words() -> None:
    """The home page calls Bijlage II what the source does ('mogelijke wie-vragen'); the book's
    cover says only what the source says (title, authors, date): no subtitle of the site's own."""
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert "favoriete wie-vragen uit de praktijk" not in home and "mogelijke wie-vragen" in home
    assert "opsomming van mogelijke wie-" in SOURCE_TEXT
    book = (ROOT / "overrides" / "partials" / "boek" / "boek.html").read_text(encoding="utf-8")
    cover = re.search(r'<section class="omslag">(.*?)</section>', book, re.S).group(1)
    words = [w.strip() for w in re.split(r"<[^>]+>|\{[{%].*?[}%]\}", cover) if w.strip()]
    assert words and all(w in SOURCE_FLAT or w == "Aangeboden door" for w in words), words


def test_in_een_oogopslag_marks_its_own_headings() -> None:
    """In één oogopslag says in a 'Toelichting bij deze website' box that its part headings are the site's."""
    page = ROOT / "docs" / "werkmateriaal" / "in-een-oogopslag.md"
    notes = [body for title, body in admonitions(page) if title == "Toelichting bij deze website"]
    assert notes and "kopjes van de vijf delen" in notes[0] and "zijn van deze website" in notes[0]


# --- The worksheets keep the source's questions ----------------------------------------------------


def test_each_worksheet_asks_every_question_of_its_tool() -> None:
    """A Family Finding worksheet asks all the questions Bijlage I gives its tool, in the source's
    order: the hoeveel-mensen-interview also 'Welke mensen zou je kunnen vragen of ze bij een
    bijeenkomst willen zijn?'."""
    from handreiking.hulpmiddelen.werkbladen.werkbladen import load_werkbladen
    from handreiking.kern.stapels import load_stapels

    decks = load_stapels(ROOT)
    tools = {group.anker: group for deck in decks.values() for group in deck.groepen if group.anker}
    problems = []
    for sheet in load_werkbladen(ROOT, decks):
        group = tools.get(sheet["bron"])
        if group is None:
            continue
        asked = [*(sheet["vragen"] or []), *(field["vraag"] for field in sheet["velden"] if field["vraag"])]
        expected = [card.tekst for card in group.kaarten]
        if asked != expected:
            problems.append(f"{sheet['id']}: vraagt {asked}, de handreiking {expected}")
    assert not problems, "\n".join(problems)
    sheet = next(s for s in load_werkbladen(ROOT, decks) if s["id"] == "hoeveel-mensen")
    assert "Welke mensen zou je kunnen vragen of ze bij een bijeenkomst willen zijn?" in sheet["vragen"]
    assert loose("Welke mensen zou je kunnen vragen of ze bij een bijeenkomst willen zijn?").search(SOURCE_FLAT)


# --- Dutch wording (woordenlijst.md) ---------------------------------------------------------------

ASSETS = ROOT / "handreiking" / "hulpmiddelen"  # each handout's folder; the shared scripts in basis/


def strings(path: Path) -> list[str]:
    """The string literals of a script (what it can show a reader), comments left out."""
    code = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    return re.findall(r'"((?:[^"\\\n]|\\.)*)"', code)


def test_menu_names_the_start_page_and_the_tools_as_the_glossary() -> None:
    """The menu says 'Start' (not 'Home') and 'Tools uit Family Finding', as the source and the glossary."""
    import yaml

    from handreiking.kern.configuratie import read_config

    nav = read_config(ROOT / "mkdocs.yml")["nav"]
    assert nav[0] == {"Start": "index.md"}
    chapters = {path: title for entry in nav[1]["Handreiking"] for title, path in entry.items()}
    assert chapters["handreiking/bijlage-1-family-finding.md"] == "Bijlage I: Tools uit Family Finding"
    front = yaml.safe_load((ROOT / "docs" / "index.md").read_text(encoding="utf-8").split("---")[1])
    assert front["title"] == "Start"


def test_messages_say_what_the_reader_sees_not_internal_names() -> None:
    """A damaged file's message names a person and a choice in words (no '(gebied)' or '(id)'); the
    file dialog explains a secure address without 'localhost'; the worksheets' wipe question has its comma."""
    network = strings(ASSETS / "basis" / "netwerk.js")
    assert not [s for s in network if "(id)" in s or "kenmerk" in s or s.endswith("onbekend (")]
    assert "als levensgebied" in network and "voor hoe het contact nu is" in network
    dialog = " ".join(strings(ASSETS / "basis" / "bestand.js"))
    assert "localhost" not in dialog and "via https" not in dialog and "om https" not in dialog
    assert "beveiligd adres (dat begint met https://)" in dialog
    cards = " ".join(strings(ASSETS / "vraagkaarten" / "vraagkaarten.js"))
    assert "geen verschuiving die kan" not in cards and "Het kenmerk van " not in cards
    assert "’ kan niet als verschuiving: vul een getal in van −10 tot 10 mm" in cards
    sheets = strings(ASSETS / "werkbladen" / "werkbladen.js")
    assert any("Alles wat je op deze werkbladen hebt ingevuld, wordt verwijderd." in s for s in sheets)


def test_invullen_op_dit_apparaat_everywhere_as_in_the_glossary() -> None:
    """The note without JavaScript says 'Invullen op dit apparaat', the glossary's term (and lists the other as a variant)."""
    glossary = (ROOT / "woordenlijst.md").read_text(encoding="utf-8")
    assert "**Invullen op dit apparaat** | `Online invullen`, `Invullen op het scherm`" in glossary
    found = [
        str(p.relative_to(ROOT))
        for p in [
            *(ROOT / "docs").rglob("*.md"),
            *(ROOT / "overrides" / "partials").rglob("*.html"),
            *(ROOT / "handreiking" / "hulpmiddelen").rglob("*.html"),
        ]
        if "Invullen op het scherm" in p.read_text(encoding="utf-8")
    ]
    assert not found, found


def test_search_speaks_plain_dutch() -> None:
    """Material's 'Zoeken initialiseren' and 'Geen overeenkomende documenten' become plain Dutch."""
    import jinja2
    import material

    templates = Path(material.__file__).resolve().parent / "templates"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ROOT / "overrides"), str(templates)]))
    env.globals["config"] = {"theme": {"language": "nl"}}
    t = env.get_template("partials/language.html").module.t
    words = {key: str(t(key)) for key in ("search.result.initializer", "search.result.none", "search.result.one")}
    assert words == {
        "search.result.initializer": "Zoeken wordt voorbereid…",
        "search.result.none": "Niets gevonden",
        "search.result.one": "1 pagina gevonden",
    }
    assert str(t("search.result.other")) == "# pagina’s gevonden"


def test_no_double_parentheses_in_labels_and_pdf_links_and_no_double_colons_in_titles() -> None:
    """Field labels ('Wie waren er in je leven? – Baby en peuter (0–4 jaar)'), the card PDFs' link
    texts and 'Vraagkaarten: <deck>' never read '… (…) (…)' or '…: …: …'; the life stages read
    alike (Basisschool next to Middelbare school); the worksheets' PDF has the handout's name."""
    from bs4 import BeautifulSoup

    from handreiking.hulpmiddelen.vraagkaarten import vraagkaarten
    from handreiking.hulpmiddelen.werkbladen import werkbladen
    from handreiking.kern.configuratie import read_config
    from handreiking.model import instellingen, laad

    model = laad(ROOT, instellingen(read_config(ROOT / "mkdocs.yml")))
    page = BeautifulSoup(werkbladen.pagina(model), "html.parser")
    labels = [" ".join(label.get_text(" ").split()) for label in page.select("label")]
    assert "Wie waren er in je leven? – Baby en peuter (0–4 jaar)" in labels, labels[:12]
    links = BeautifulSoup(vraagkaarten.pdf_lijst(model, lambda t: t, "alle", "test"), "html.parser")
    texts = [" ".join(li.get_text(" ").split()) for li in links.select("li")]
    twice = re.compile(r"\([^()]*\)\s*\(|\([^()]*\([^()]*\)[^()]*\)")
    assert texts and not [t for t in [*labels, *texts] if twice.search(t)]
    titles = [f"Vraagkaarten: {deck.titel}" for deck in model.stapels.values()]
    assert not [t for t in titles if t.count(":") > 1], titles
    stages = [s["titel"] for sheet in model.werkbladen for s in (sheet["levensfasen"] or [])]
    assert "Basisschool (4–12 jaar)" in stages and not [s for s in stages if "tijd" in s]
    pdf = (ROOT / "handreiking" / "hulpmiddelen" / "werkbladen" / "sjablonen" / "pdf.html").read_text(encoding="utf-8")
    assert "<title>Family Finding-werkbladen</title>" in pdf


# --- The keep period ---------------------------------------------------------------------------------


def keep_text() -> str:
    """The handouts' storage sentence (kern.js, K.privacy), with the keep period as a placeholder N."""
    code = (ASSETS / "basis" / "kern.js").read_text(encoding="utf-8")
    found = re.search(r'"opslagtekst", text: "(.*?)" \}\)', code)
    assert found, "kern.js: de opslagtekst niet gevonden"
    return re.sub(r'" \+ K\.aantal\(dagen, "dag", "dagen"\) \+ "', "N dagen", found.group(1))


def test_keep_period_text_promises_only_what_happens() -> None:
    """Kept data goes when a page of the site with fields opens after the keep period (kern.js
    checks the times when it loads), not on the day itself; wiping empties this browser's storage,
    not at once the browser's own files."""
    text = keep_text()
    assert "nadat je het voor het laatst gebruikt hebt" not in text and "haalt alles meteen weg" not in text
    assert (
        "Heb je het N dagen niet gebruikt, dan wist deze site het zodra je daarna een pagina van deze site opent"
        in text
    )
    assert "tot het sluiten op de schijf" not in text
    code = (ASSETS / "basis" / "kern.js").read_text(encoding="utf-8")
    on_load = re.search(
        r"/\* Kept data unused for longer than the keep period goes before anything reads it\. \*/\n  eigen\(", code
    )
    assert on_load, "kern.js wist oude gegevens niet meer bij het laden: pas de opslagtekst aan"
    for path in (ROOT / "scripts" / "LEESMIJ.txt", ROOT / "README.md"):
        assert "tot 30 dagen na het laatste gebruik" not in path.read_text(encoding="utf-8"), path.name


# --- Messages for editors ------------------------------------------------------------------------------

BROKEN_YAML = {
    "dubbele punt": ("dubbelzijdig: ja\nenkelzijdig enkelzijdig\n  - x: [\n", 3),
    "aanhalingsteken": ("dubbelzijdig: 'ja\nenkelzijdig: nee\n", 3),
    "lijst": ("dubbelzijdig: [ja, nee\n", 2),
    "tab": ("dubbelzijdig:\n\t- ja\n", 2),
    "stuurteken": ("dubbelzijdig: ja\nenkelzijdig: \x01\n", 2),
    "inspringing": ("dubbelzijdig: ja\n enkelzijdig: nee\n", 2),
    "tag": ("dubbelzijdig: !eigen ja\n", 1),
    "sleutel als lijst": ("? [a]\n: 1\n", 1),
}
ENGLISH = re.compile(r"unicode string|expected|found|while|mapping|scanning|could not|character|not allowed", re.I)


def test_a_yaml_error_names_the_file_and_line_in_dutch(tmp_path: Path) -> None:
    """A data file that is not valid YAML: the message names the file and the line, says in Dutch
    what is wrong there, and never shows PyYAML's English or '<unicode string>'."""
    from handreiking.kern.gegevens import DataFout, load_yaml

    problems = []
    for case, (text, line) in BROKEN_YAML.items():
        path = tmp_path / f"{len(problems)}-{case.replace(' ', '-')}.yml"
        path.write_text(text, encoding="utf-8")
        try:
            load_yaml(path, "data/afdrukken.yml")
        except DataFout as err:
            message = str(err)
            if not message.startswith(f"data/afdrukken.yml: geen geldige YAML op regel {line}, kolom "):
                problems.append(f"{case}: {message}")
            elif ENGLISH.search(message.split(". Controleer")[0]):
                problems.append(f"{case}: Engels in {message}")
        else:
            problems.append(f"{case}: geen fout")
    assert not problems, "\n".join(problems)


def test_a_missing_or_wrong_field_names_its_line(tmp_path: Path) -> None:
    """A missing field names the line where its block starts; a wrong, empty or unknown field its own line."""
    from handreiking.druk import afdrukken
    from handreiking.kern.gegevens import DataFout

    good = (ROOT / "data" / "afdrukken.yml").read_text(encoding="utf-8")
    (tmp_path / "data").mkdir()
    cases = {
        "ontbreekt": (
            re.sub(r"^papier: .*\n", "", good, flags=re.M),
            "verplicht veld 'papier' ontbreekt (in het blok vanaf regel ",
        ),
        "leeg": (good.replace("papier: 160 g/m² of zwaarder", "papier: ' '"), "veld 'papier' is leeg (regel "),
        "onbekend": (good + "kleurtje: rood\n", "onbekend veld 'kleurtje' (regel "),
    }
    for case, (text, start) in cases.items():
        (tmp_path / "data" / "afdrukken.yml").write_text(text, encoding="utf-8")
        try:
            afdrukken.load_termen(tmp_path)
        except DataFout as err:
            message = str(err)
        else:
            message = "geen fout"
        assert message.startswith(f"data/afdrukken.yml: {start}"), (case, message)
        line = int(re.search(r"regel (\d+)\)", message).group(1))
        lines = text.splitlines()
        if case == "ontbreekt":  # the block is the whole file: its first key
            expected = next(n for n, row in enumerate(lines, start=1) if row and not row.startswith("#"))
        elif case == "leeg":
            expected = next(n for n, row in enumerate(lines, start=1) if row.startswith("papier:"))
        else:
            expected = len(lines)
        assert line == expected, (case, message)


# --- The release zip ---------------------------------------------------------------------------------


def test_release_zip_stands_on_its_own_and_ships_only_dutch_search(tmp_path: Path) -> None:
    """LEESMIJ.txt says all an admin needs (headers for nginx, Apache and IIS, compression) without
    pointing to a README the zip does not hold; of Material's search languages the zip holds only
    what a Dutch site's search worker loads (lunr.stemmer.support and lunr.nl)."""
    import zipfile

    sys.path.insert(0, str(ROOT / "scripts"))
    from dist import make_zip

    from handreiking.material import LUNR

    site = tmp_path / "site"
    files = [
        "index.html",
        "csp.txt",
        "assets/javascripts/bundle.0123abcd.min.js",
        "assets/javascripts/bundle.0123abcd.min.js.map",
        *(f"{LUNR}/min/lunr.{x}.min.js" for x in ("stemmer.support", "nl", "de", "multi", "ja")),
        f"{LUNR}/tinyseg.js",
        f"{LUNR}/wordcut.js",
    ]
    for name in files:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("x", encoding="utf-8")
    with zipfile.ZipFile(make_zip(site, tmp_path / "dist", "1.2.3")) as archive:
        names = {n.split("/", 1)[1] for n in archive.namelist()}
        leesmij = archive.read("handreiking-1.2.3/LEESMIJ.txt").decode("utf-8")
    lunr = sorted(n for n in names if n.startswith(LUNR))
    assert lunr == [f"{LUNR}/min/lunr.nl.min.js", f"{LUNR}/min/lunr.stemmer.support.min.js"], lunr
    assert {"index.html", "csp.txt", "assets/javascripts/bundle.0123abcd.min.js", "LEESMIJ.txt"} <= names
    assert not [n for n in names if n.endswith(".map")]
    assert "README" not in leesmij and "versie 1.2.3" in leesmij
    for needed in ("nginx", "Apache", "IIS", "Content-Security-Policy", "gzip", "404.html", "Zo zet je"):
        assert needed in leesmij, needed
    worker = sorted(
        (Path(__import__("material").__file__).parent / "templates" / "assets" / "javascripts" / "workers").glob(
            "search.*.min.js"
        )
    )
    code = worker[0].read_text(encoding="utf-8")
    assert "t.lang.length>1&&r.push(`${e}/min/lunr.multi.min.js`)" in code  # multi only for several languages
    assert 'case"ja":r.push(`${e}/tinyseg.js`)' in code  # the segmenters only for Japanese, Thai, Hindi
