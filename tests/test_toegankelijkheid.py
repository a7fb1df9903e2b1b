"""WCAG 2.2 AA checks a keyboard, zoom or high-contrast user would notice, in a real Chromium:
search results, focus that stays in sight, reflow at 320 px, no single-key shortcuts,
and the handouts under forced colours."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_rules import SETTLE_CSS, axe_violations
from conftest import page_paths

# A representative set for the keyboard walk: home, a long chapter and every werkmateriaal page.
WALK_PAGES = ["index.html", "handreiking/3-netwerk-en-wie-vraag.html"] + [
    p for p in page_paths() if p.startswith("werkmateriaal/")
]
# Tab stops checked per direction and page: enough to scroll through header, navigation and content.
WALK_STOPS = 20

# What the focused element looks like to a sighted keyboard user, after the page has reacted to the
# scroll (two frames: Material shows or hides "Terug naar boven" on scroll).
FOCUS_PROBLEM = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return done({end: true});
  // A visually hidden radio or checkbox shows its focus on its label: judge the label.
  const el = focused.labels && focused.labels.length && getComputedStyle(focused).opacity === '0' ? focused.labels[0] : focused;
  const name = (el.tagName + ' ' + (el.getAttribute('href') || el.id || el.className || '') + ' '
    + (el.textContent || el.value || '').trim().slice(0, 40)).replace(/\\s+/g, ' ');
  const r = el.getBoundingClientRect();
  const problems = [];
  if (r.width === 0 || r.height === 0) problems.push('geen afmeting');
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.opacity === '0') { problems.push('doorzichtig (opacity 0)'); break; }
  }
  if (getComputedStyle(el).visibility === 'hidden') problems.push('visibility hidden');
  if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) problems.push('buiten beeld');
  const header = document.querySelector('.md-header');
  if (header && !header.contains(el)) {
    // Covered: the header is what shows at the top edge of the element (a skip link on top is not).
    const bottom = header.getBoundingClientRect().bottom;
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const hit = document.elementFromPoint(x, Math.max(r.top, 0) + 1);
    if (r.top < bottom - 0.5 && (!hit || header.contains(hit))) problems.push(`onder de kopbalk (top ${r.top.toFixed(0)} < ${bottom.toFixed(0)})`);
  }
  const top = document.querySelector('.md-top');
  const topStyle = top && getComputedStyle(top);
  if (top && top !== el && !top.hidden && topStyle.opacity !== '0' && topStyle.visibility !== 'hidden') {
    const t = top.getBoundingClientRect();
    if (t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom) problems.push('bedekt door "Terug naar boven"');
  }
  done({end: false, name, problems});
})))"""


def walk(page: Page, key: str) -> list[str]:
    """Press `key` up to WALK_STOPS times; what is wrong with each focused element."""
    found = []
    for _ in range(WALK_STOPS):
        page.keyboard.press(key)
        state = page.evaluate(FOCUS_PROBLEM)
        # The page may still be reacting to the focus (Material opens the search field on focus,
        # later on a busy machine): a problem counts only if it is still there after half a second.
        for _ in range(5):
            if state["end"] or not state["problems"]:
                break
            page.wait_for_timeout(100)
            state = page.evaluate(FOCUS_PROBLEM)
        if state["end"]:
            break
        found += [f"{key} -> {state['name']}: {p}" for p in state["problems"]]
    return found


@pytest.mark.parametrize("width", [1280, 800])
@pytest.mark.parametrize("path", WALK_PAGES)
def test_focus_stays_in_sight(page: Page, base_url: str, width: int, path: str) -> None:
    """Tab and Shift+Tab: every focused element is visible, below the sticky header, uncovered."""
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(base_url + path, wait_until="load")
    page.add_style_tag(content=SETTLE_CSS)
    problems = [f"{path}: {p}" for p in walk(page, "Tab")]
    # From the end of the page backwards, as a reader going back up does.
    page.evaluate("document.activeElement && document.activeElement.blur(); scrollTo(0, document.body.scrollHeight)")
    problems += [f"{path}: {p}" for p in walk(page, "Shift+Tab")]
    assert not problems, f"{len(problems)} focusproblemen:\n" + "\n".join(problems[:40])


def open_search(page: Page, query: str) -> None:
    """Open Material's search with the mouse (header button or field) and type like a person."""
    button = page.locator("label.md-header__button[for='__search']")
    if button.is_visible():
        button.click()
    else:
        page.locator("input.md-search__input").click()
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.press_sequentially(query, delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)
    expect(page.locator(".md-search-result mark").first).to_be_visible()


@pytest.mark.parametrize("width", [1280, 320])
def test_search_results_pass_axe(page: Page, base_url: str, width: int) -> None:
    """With search results (and their highlighted words) showing, axe finds nothing."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + "index.html", wait_until="networkidle")
    open_search(page, "netwerk")
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)


def test_search_by_keyboard(page: Page, base_url: str) -> None:
    """Without shortcuts search is still reachable with Tab, on a wide and on a narrow screen."""
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(base_url + "handreiking/voorwoord.html", wait_until="networkidle")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('input.md-search__input')"):
                break
            if page.evaluate("document.activeElement.matches('[for=__search]')"):
                page.keyboard.press("Enter")
                break
        box = page.locator("input.md-search__input")
        expect(box).to_be_focused()
        box.press_sequentially("appèl", delay=20)
        expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)


def next_frames(page: Page) -> None:
    """Let the page react to what just happened (two animation frames)."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_single_key_shortcuts_do_nothing(page: Page, base_url: str) -> None:
    """WCAG 2.1.4: f, s and / do not open search; n, p, comma and full stop do not change page."""
    url = base_url + "handreiking/2-het-appel.html"
    page.goto(url, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    for key in ["s", "f", "/", "n", "p", ",", "."]:
        page.keyboard.press(key)
        next_frames(page)
        assert not page.evaluate("document.getElementById('__search').checked"), f"{key} opent het zoeken"
        expect(box).not_to_be_focused()
        assert page.url == url, f"{key} ging naar {page.url}"
        expect(page.locator("h1")).to_contain_text("2 Het appèl")
    # Typing those letters in the search field itself still works.
    box.click()
    box.press_sequentially("snp", delay=20)
    expect(box).to_have_value("snp")


# Each handout in the states a user brings it to: started, choice made, builder and draw mode open.
def _start(name: str) -> object:
    """Press the handout's start button and wait for its controls."""

    def act(page: Page) -> None:
        page.get_by_role("button", name=name).click()
        expect(page.get_by_role("checkbox", name="Bewaar op dit apparaat")).to_be_visible()

    return act


def _builder(page: Page) -> None:
    """Open the card builder."""
    page.get_by_role("button", name="Kaarten samenstellen").click()
    expect(page.locator(".vk-bouwer").first).to_be_visible()


def _draw(page: Page) -> None:
    """Open the card builder and draw a card."""
    _builder(page)
    page.get_by_label("Kaarten uit").select_option("alle")
    page.get_by_role("button", name="Trek een kaart").click()
    expect(page.locator("#vk-trek")).to_be_visible()


def _choose_no(page: Page) -> None:
    """Choose the reaction 'Nee!' in the flowchart."""
    page.get_by_role("radio", name="Nee!").check()
    expect(page.locator("#nee")).to_be_visible()


HANDOUT_STATES = {
    "cirkels-gestart": ("werkmateriaal/veiligheidscirkels.html", _start("Invullen op dit apparaat")),
    "werkbladen-gestart": ("werkmateriaal/family-finding-werkbladen.html", _start("Invullen op dit apparaat")),
    "kaarten-samenstellen": ("werkmateriaal/vraagkaarten.html", _builder),
    "kaart-getrokken": ("werkmateriaal/vraagkaarten.html", _draw),
    "stroomschema-nee": ("werkmateriaal/stroomschema.html", _choose_no),
}


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("state", list(HANDOUT_STATES))
def test_handout_states_keep_focus_in_sight_and_fit_320(page: Page, base_url: str, state: str, width: int) -> None:
    """In every state of every handout: Tab and Shift+Tab keep the focused element visible and clear
    of the header, and at 320 px nothing scrolls sideways."""
    path, act = HANDOUT_STATES[state]
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(base_url + path, wait_until="load")
    page.add_style_tag(content=SETTLE_CSS)
    act(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{state} scrolt {overflow}px horizontaal op {width} px breed"
    problems = [f"{state}: {p}" for p in walk(page, "Tab")] + [f"{state}: {p}" for p in walk(page, "Shift+Tab")]
    assert not problems, f"{len(problems)} focusproblemen:\n" + "\n".join(problems[:40])


def test_opened_card_builder_does_not_scroll_sideways_at_320(page: Page, base_url: str) -> None:
    """WCAG 1.4.10: the card builder, once opened at 320 px, does not scroll sideways (every page at
    load is checked in test_browser.py)."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(base_url + "werkmateriaal/vraagkaarten.html", wait_until="load")
    page.get_by_role("button", name="Kaarten samenstellen").click()
    expect(page.locator(".vk-bouwer").first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"de kaartenbouwer scrolt {overflow}px horizontaal op 320 px breed"


def test_drawer_toggle_by_keyboard(page: Page, base_url: str) -> None:
    """Below 1220 px the menu button takes focus and opens the navigation; closed, it takes none."""
    page.set_viewport_size({"width": 800, "height": 700})
    page.goto(base_url + "handreiking/voorwoord.html", wait_until="networkidle")
    page.add_style_tag(content=SETTLE_CSS)
    menu = page.get_by_role("button", name="Menu")
    menu.focus()
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".md-sidebar--primary .md-nav__link").first).to_be_hidden()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    link = page.locator(".md-sidebar--primary .md-nav__link", has_text="2 Het appèl").first
    expect(link).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()


def test_links_on_hover_and_focus_keep_4_5_to_1(page: Page, base_url: str) -> None:
    """A link in running text, hovered or focused, has at least 4.5:1 against the white page (WCAG 1.4.3)."""
    page.goto(base_url + "handreiking/voorwoord.html", wait_until="networkidle")
    link = page.locator("article a[href]:not(.headerlink):not(.md-button):not(.footnote-ref)").first
    for state in ("hover", "focus"):
        link.hover() if state == "hover" else link.focus()
        ratio = link.evaluate(
            """a => {
              const rgb = getComputedStyle(a).color.match(/\\d+/g).slice(0, 3).map(Number);
              const lin = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
              const l = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
              return 1.05 / (l + 0.05);
            }"""
        )
        assert ratio >= 4.5, f"link bij {state}: {ratio:.2f}:1"
        page.mouse.move(0, 0)


def test_escape_closes_a_footnote_tooltip(page: Page, base_url: str) -> None:
    """A footnote's tooltip, opened by focus, closes with Escape while the focus stays (WCAG 1.4.13)."""
    page.goto(base_url + "handreiking/voorwoord.html", wait_until="networkidle")
    ref = page.locator("a.footnote-ref").first
    ref.focus()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_have_count(1)
    page.keyboard.press("Escape")
    expect(tooltip).to_have_count(0)
    expect(ref).to_be_focused()


def forced_page(browser: Browser, base_url: str, path: str) -> Page:
    """A page in Windows-like high contrast (forced colours, dark theme)."""
    context = browser.new_context(
        forced_colors="active", color_scheme="dark", locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    return page


VISIBLE_COLOUR = """(el, [prop, against]) => {
  const c = getComputedStyle(el)[prop];
  const bg = getComputedStyle(document.body).backgroundColor;
  return c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c) && (against ? c !== bg : true) ? null : c;
}"""


def test_flowchart_readable_in_forced_colours(browser: Browser, base_url: str) -> None:
    """High contrast: boxes, lines and arrow heads show; the chosen answer and its path stand out."""
    page = forced_page(browser, base_url, "werkmateriaal/stroomschema.html#ja")
    expect(page.locator(".ss-knoop[data-op-pad]").first).to_be_attached()
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    knoop = page.locator(".ss-knoop").first
    assert knoop.evaluate(VISIBLE_COLOUR, ["borderTopColor", True]) is None
    for line in page.locator(".ss-goot .ss-lijn").all()[:6]:
        assert line.evaluate(VISIBLE_COLOUR, ["stroke", True]) is None, "pijllijn onzichtbaar"
    # An arrow head is a triangle: its slanted sides stay transparent, its point has the text colour.
    punt = page.locator(".ss-punt").first
    assert punt.evaluate("e => getComputedStyle(e).borderTopColor") in ("transparent", "rgba(0, 0, 0, 0)")
    assert punt.evaluate(VISIBLE_COLOUR, ["borderLeftColor", True]) is None
    chosen = page.locator(".ss-keuze input:checked + label")
    other = page.locator(".ss-keuze input:not(:checked) + label").first
    look = "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]"
    assert chosen.evaluate(look) != other.evaluate(look), "gekozen antwoord niet te onderscheiden"
    on_path = page.locator(".ss-knoop[data-op-pad]").first
    off_path = page.locator(".ss-knoop:not([data-op-pad])").first
    border = "e => [getComputedStyle(e).borderTopColor, getComputedStyle(e).borderTopStyle, getComputedStyle(e).borderTopWidth]"
    assert on_path.evaluate(border) != off_path.evaluate(border), "pad niet te onderscheiden"
    assert on_path.evaluate(border)[0] != bg
    page.context.close()


def test_circles_readable_in_forced_colours(browser: Browser, base_url: str) -> None:
    """High contrast: every ring of a circle has a visible edge in the user's colours, labels show."""
    page = forced_page(browser, base_url, "werkmateriaal/veiligheidscirkels.html")
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    fg = page.evaluate("getComputedStyle(document.body).color")
    rings = page.locator("#cirkel-1 .vc-kring, #cirkel-1 .vc-midden")
    expect(rings).to_have_count(4)
    for ring in rings.all():
        stroke, fill = ring.evaluate("e => [getComputedStyle(e).stroke, getComputedStyle(e).fill]")
        assert stroke != fill and stroke != bg, f"kring zonder zichtbare rand: {stroke} op {fill}"
    label = page.locator("#cirkel-1 .vc-label").first
    assert label.evaluate("e => getComputedStyle(e).fill") == fg
    page.context.close()


COVERED = """el => {
  const r = el.getBoundingClientRect(), x = r.left + Math.min(r.width / 2, 20), y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const inView = r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
  return !inView ? 'buiten beeld' : !hit || !(el === hit || el.contains(hit)) ? 'bedekt door ' + (hit ? hit.className || hit.tagName : '?') : null;
}"""


def test_shift_tab_through_the_navigation_never_focuses_a_hidden_link(page: Page, base_url: str) -> None:
    """At 1280 × 720, going back through the left navigation with Shift+Tab, every focused link is in
    view and not under the sticky title of the navigation (WCAG 2.4.11)."""
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(base_url + "handreiking/bijlage-2-wie-vragen.html", wait_until="networkidle")
    page.add_style_tag(content=SETTLE_CSS)
    links = page.locator(".md-sidebar--primary a.md-nav__link")
    links.last.focus()
    problems = []
    for _ in range(links.count()):
        page.keyboard.press("Shift+Tab")
        focused = page.locator(":focus")
        if not focused.evaluate("el => !!el.closest('.md-sidebar--primary')"):
            break
        page.wait_for_timeout(50)
        problem = focused.evaluate(COVERED)
        if problem:
            problems.append(f"{focused.text_content().strip()[:40]}: {problem}")
    assert not problems, problems


def test_flowchart_choice_in_view_when_focused_at_320_by_256(page: Page, base_url: str) -> None:
    """On a 320 × 256 screen (400 % zoom), each answer pill of the flowchart is on screen and uncovered
    when its radio has the focus (not only the 1 px radio; WCAG 2.4.11)."""
    page.set_viewport_size({"width": 320, "height": 256})
    page.goto(base_url + "werkmateriaal/stroomschema.html", wait_until="networkidle")
    page.add_style_tag(content=SETTLE_CSS)
    radios = page.locator(".ss-keuze input[type=radio]")
    expect(radios.first).to_be_attached()
    radios.first.focus()
    problems = []
    for index in range(radios.count()):
        if index:
            page.keyboard.press("ArrowRight")
        page.wait_for_timeout(50)
        label = page.locator(".ss-keuze input:focus + label")
        problem = label.evaluate(COVERED)
        if problem:
            problems.append(f"{label.text_content()}: {problem}")
    assert not problems, problems


def test_network_legends_readable_in_dark_forced_colours(browser: Browser, base_url: str) -> None:
    """Dark high contrast: every line and symbol sample in the legends of the netwerkkaart and the
    genogram keeps a stroke that differs from the background (a black sample on black would vanish)."""
    for path, samples in [
        ("werkmateriaal/netwerkkaart.html", ".nk-lijnvoorbeeld [stroke]"),
        ("werkmateriaal/genogram.html", ":is(.gg-voorbeeld, .gg-lijnvoorbeeld) [stroke]"),
    ]:
        page = forced_page(browser, base_url, path)
        bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        strokes = page.locator(samples).evaluate_all("els => els.map(e => getComputedStyle(e).stroke)")
        assert len(strokes) >= 5, (path, strokes)
        hidden = [s for s in strokes if s in (bg, "none")]
        assert not hidden, f"{path}: {len(hidden)} van {len(strokes)} voorbeelden in de kleur van de achtergrond"
        page.context.close()


def test_worksheet_drawings_readable_in_dark_forced_colours(browser: Browser, base_url: str) -> None:
    """Dark high contrast: every stroke of the olievlek's drawing and of the houses differs from the
    background, and the olievlek's texts show (a black stroke on black would vanish)."""
    page = forced_page(browser, base_url, "werkmateriaal/family-finding-werkbladen.html")
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    shapes = page.locator(".wb-olievlek-tekening :is(path, line, ellipse, circle, rect), .wb-huistekening path")
    assert shapes.count() > 5
    hidden = [
        stroke
        for stroke in shapes.evaluate_all("els => els.map(e => getComputedStyle(e).stroke)")
        if stroke in (bg, "none")
    ]
    assert not hidden, f"{len(hidden)} lijnen in de kleur van de achtergrond: {hidden[:3]}"
    texts = page.locator(".wb-olievlek-tekening text").evaluate_all("els => els.map(e => getComputedStyle(e).fill)")
    assert texts and bg not in texts
    page.context.close()
