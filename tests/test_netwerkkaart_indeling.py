"""The netwerkkaart's layout (handreiking/hulpmiddelen/netwerkkaart/indeling.js) on its own in Chromium:
no site build. A tiny page loads kern.js and indeling.js from the source tree (served by page.route, as
tests/test_js_kern.py does) and lays out made-up cases, text measured with a canvas in the map's font.
Every person gets their own box with their full name; no box overlaps another, an area's name or the
family; no person's line runs under a box other than their own; and it is quick."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route

from conftest import ROOT

FILES = {
    "kern.js": ROOT / "handreiking" / "hulpmiddelen" / "basis" / "kern.js",
    "indeling.js": ROOT / "handreiking" / "hulpmiddelen" / "netwerkkaart" / "indeling.js",
}
ORIGIN = "http://localhost"
AREAS = ["Familie", "Vrienden", "Buurt", "School of werk", "Geloof of vereniging", "Online", "Hulpverlening"]
HTML = "<!doctype html><html lang='nl'><body><script src='/kern.js'></script><script src='/indeling.js'></script></body></html>"
ROLES = ["Oma", "Opa", "Tante", "Oom", "Neef", "Nicht", "Buurvrouw", "Juf", "Coach", "Vriendin"]

# One layout: the case in, the result and the time it took out. Names and marks measured as the page
# does (canvas, the map's font stack, a little generously).
LAYOUT = """([areas, people, huishouden]) => {
  const c = document.createElement('canvas').getContext('2d');
  const fonts = {naam: 'bold 13px ', tekens: '12px ', gebied: 'bold 15px '};
  const meet = (t, s) => { c.font = fonts[s] + "'Atkinson Hyperlegible', Arial, Helvetica, sans-serif"; return c.measureText(t).width * 1.02 + 1; };
  const gebieden = areas.map((naam, i) => ({id: 'g' + i, naam}));
  const t0 = performance.now();
  const r = window.handreikingKern.netwerkIndeling({gebieden, mensen: people, meet, gezin: [100, 52], huishouden});
  const ms = performance.now() - t0;
  // widths of what is drawn, to check that every line of text fits in its box
  r.dozen.concat(r.huis).forEach(d => { d.breed = d.naam.map(l => meet(l.trimEnd(), 'naam')); });
  r.gebieden.forEach((g, i) => { g.breed = meet(areas[i], 'gebied'); });
  return {r, ms};
}"""


def serve(route: Route) -> None:
    """The test page, or a script from the source tree."""
    name = route.request.url.removeprefix(ORIGIN + "/").split("?")[0]
    if name in FILES:
        route.fulfill(body=FILES[name].read_bytes(), content_type="text/javascript; charset=utf-8")
    else:
        route.fulfill(body=HTML, content_type="text/html; charset=utf-8")


@pytest.fixture(scope="module")
def tab(browser: Browser, browser_context_args: dict) -> Iterator[Page]:
    """One tab with the core and the layout loaded."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    page.route(f"{ORIGIN}/**", serve)
    page.goto(f"{ORIGIN}/test.html")
    page.wait_for_function("() => typeof (window.handreikingKern || {}).netwerkIndeling === 'function'")
    yield page
    context.close()


def people(count: int, area_of, long_every: int = 7) -> list[dict]:
    """`count` people with realistic names (every `long_every`th one long enough to wrap, one with a
    word longer than a line), their marks, in the area `area_of(i)`."""
    out = []
    for i in range(count):
        name = f"{ROLES[i % len(ROLES)]} {i}"
        if i % long_every == 3:
            name += " (van moederskants familie, woont in Zwolle en belt elke zondag)"
        if i == 5:
            name = "Moedergroepappgroepsbeheerdersvrijwilligster uit de wijk"
        marks = ["+  E P  M", "–", "± V", ""][i % 4]
        out.append({"id": f"p{i}", "naam": name, "gebied": f"g{area_of(i)}", "tekens": marks})
    return out


def layout(tab: Page, persons: list[dict], household: list[dict] | None = None) -> tuple[dict, float]:
    """The layout of these people over the seven areas (the household in the middle), and how long it took (ms)."""
    result = tab.evaluate(LAYOUT, [AREAS, persons, household or []])
    return result["r"], result["ms"]


def overlap(a: tuple, b: tuple, gap: float = 0) -> bool:
    """Whether two rectangles (x, y, w, h) come closer than `gap`."""
    return (
        a[0] < b[0] + b[2] + gap and b[0] < a[0] + a[2] + gap and a[1] < b[1] + b[3] + gap and b[1] < a[1] + a[3] + gap
    )


def crosses(line: list[float], box: tuple, margin: float = 1.5) -> bool:
    """Whether a line segment passes through a rectangle grown by `margin` (half a thick line)
    (Liang-Barsky clipping)."""
    x1, y1, x2, y2 = line
    dx, dy = x2 - x1, y2 - y1
    lo, hi = 0.0, 1.0
    left, top, right, bottom = box[0] - margin, box[1] - margin, box[0] + box[2] + margin, box[1] + box[3] + margin
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def check(result: dict, persons: list[dict]) -> None:
    """Everything a reader of the map would notice."""
    boxes = {d["id"]: d for d in result["dozen"]}
    assert sorted(boxes) == sorted(p["id"] for p in persons), "niet iedereen heeft een eigen vak"
    width, height = result["breedte"], result["hoogte"]
    cx, cy = result["midden"]
    family = (cx - 100, cy - 52, 200, 104)
    labels = [(g["label"]["x"], g["label"]["y"] - 15, g["label"]["b"], g["label"]["h"]) for g in result["gebieden"]]
    rects = {i: (d["x"], d["y"], d["b"], d["h"]) for i, d in boxes.items()}
    for p in persons:
        d = boxes[p["id"]]
        assert "".join(d["naam"]) == p["naam"], f"naam niet heel: {d['naam']} voor {p['naam']}"
        assert all(w <= d["b"] - 11 for w in d["breed"]), f"{p['naam']}: een regel loopt uit het vak"
        assert (d["tekens"] is not None) == bool(p["tekens"])
        r = rects[p["id"]]
        assert 0 <= r[0] and r[0] + r[2] <= width and 0 <= r[1] and r[1] + r[3] <= height, r
        assert not overlap(r, family, 10), f"{p['naam']} ligt op het gezin"
        assert not any(overlap(r, lab, 2) for lab in labels), f"{p['naam']} ligt op de naam van een levensgebied"
        assert d["lijn"][:2] == [cx, cy], "de lijn begint niet bij het gezin"
    items = list(rects.items())
    for n, (i, a) in enumerate(items):
        for j, b in items[:n]:
            assert not overlap(a, b, 2), f"{i} en {j} overlappen"
    for i, d in boxes.items():
        for j, r in rects.items():
            if j != i:
                assert not crosses(d["lijn"], r), f"de lijn van {i} loopt onder het vak van {j}"
        for lab in labels:
            assert not crosses(d["lijn"], lab), f"de lijn van {i} loopt door de naam van een levensgebied"
    for g in result["gebieden"]:
        for j, r in rects.items():
            assert not crosses(g["rand"], r, 0), f"een grens tussen levensgebieden loopt onder het vak van {j}"
    for n, a in enumerate(labels):
        assert not any(overlap(a, b) for b in labels[:n]), "namen van levensgebieden overlappen"
        assert 0 <= a[0] and a[0] + a[2] <= width and 0 <= a[1] and a[1] + a[3] <= height


@pytest.mark.parametrize(
    ("count", "area_of"),
    [
        (60, lambda i: 0 if i < 44 else 1 + i % 6),  # a Family Finding case: 44 relatives
        (60, lambda i: i % 7),  # spread over every area
        (60, lambda i: 6),  # everyone in the last area
        (200, lambda i: [0, 0, 0, 1, 2, 3, 4, 5, 6, 0][i % 10]),
        (3, lambda i: i),  # a small case keeps the paper map's size
    ],
    ids=["60-familie-44", "60-verspreid", "60-hulpverlening", "200", "3"],
)
def test_every_person_their_own_box_no_overlap_no_hidden_line(tab: Page, count: int, area_of) -> None:
    """Every person is drawn, by full name, without overlap and without a line under another's box."""
    persons = people(count, area_of)
    result, _ = layout(tab, persons)
    check(result, persons)
    if count == 3:
        assert (result["breedte"], result["hoogte"]) == (960, 600)


def test_the_drawing_grows_with_the_case_and_stays_printable_wide(tab: Page) -> None:
    """More people make a bigger drawing, never wider than prints on A4 with 8 pt names (1270
    units at 0.218 mm each); 60 people with short names fit in about one A4 page."""
    sizes = [layout(tab, people(n, lambda i: i % 7, long_every=1000))[0] for n in (10, 30, 60, 120)]
    areas = [s["breedte"] * s["hoogte"] for s in sizes]
    assert areas == sorted(areas) and areas[0] < areas[-1], areas
    assert all(s["breedte"] <= 1220 for s in sizes), [s["breedte"] for s in sizes]
    assert sizes[2]["hoogte"] <= 2 * 820, sizes[2]["hoogte"]


def test_empty_areas_and_unknown_areas(tab: Page) -> None:
    """With nobody, every area still has its name; people of an unknown area are left out."""
    result, _ = layout(tab, [{"id": "x", "naam": "Weg", "gebied": "onbekend", "tekens": ""}])
    assert result["dozen"] == [] and len(result["gebieden"]) == 7


def test_layout_time_at_60_and_200_people(tab: Page) -> None:
    """The layout takes well under a frame budget's worth at 60 people and under a second at 200
    (best of three, to leave out a busy machine's hiccups); the numbers are printed."""
    times = {}
    for count in (60, 200):
        persons = people(count, lambda i, n=count: 0 if i < n * 44 // 60 else 1 + i % 6)
        times[count] = min(layout(tab, persons)[1] for _ in range(3))
    print(f"\nindeling: 60 mensen {times[60]:.1f} ms, 200 mensen {times[200]:.1f} ms")
    assert times[60] < 200 and times[200] < 2000, times


def test_text_in_words_is_the_name_even_with_odd_spaces(tab: Page) -> None:
    """A name with a long word and several words breaks into lines that give it back exactly."""
    persons = [
        {"id": "a", "naam": "A" * 80, "gebied": "g0", "tekens": "+"},
        {"id": "b", "naam": "Juf Anja (groep 5, basisschool De Regenboog)", "gebied": "g1", "tekens": "+  E P  M"},
    ]
    result, _ = layout(tab, persons)
    lines = {d["id"]: d["naam"] for d in result["dozen"]}
    assert len(lines["a"]) >= 3 and "".join(lines["a"]) == "A" * 80
    assert len(lines["b"]) >= 2 and all(not re.match(r"\s", line) for line in lines["b"])
    check(result, persons)


def segments(points: list[float]) -> list[list[float]]:
    """A line of the map (x, y, x, y, ...) as its straight pieces."""
    return [points[i : i + 4] for i in range(0, len(points) - 2, 2)]


def on_border(x: float, y: float, r: tuple, tol: float = 0.6) -> bool:
    """Whether a point lies on the border of rectangle r (x, y, w, h)."""
    inside = r[0] - tol <= x <= r[0] + r[2] + tol and r[1] - tol <= y <= r[1] + r[3] + tol
    edge = min(abs(x - r[0]), abs(x - r[0] - r[2]), abs(y - r[1]), abs(y - r[1] - r[3])) <= tol
    return inside and edge


def check_household(result: dict, persons: list[dict], household: list[dict]) -> None:
    """With the household in the middle: each member their own box by full name inside the frame,
    nothing overlapping; each person's line starts at their box and ends on the box of each member
    they support (else on the frame: the whole family), no piece of a line under any other box or
    an area's name, no border between areas under a box."""
    home = {d["id"]: d for d in result["huis"]}
    assert sorted(home) == sorted(m["id"] for m in household), "niet elk lid van het huishouden heeft een eigen vak"
    frame = result["huisrand"]
    frame_r = (frame["x"], frame["y"], frame["b"], frame["h"])
    boxes = {d["id"]: d for d in result["dozen"]}
    assert sorted(boxes) == sorted(p["id"] for p in persons)
    rects = {i: (d["x"], d["y"], d["b"], d["h"]) for i, d in {**boxes, **home}.items()}
    labels = [(g["label"]["x"], g["label"]["y"] - 15, g["label"]["b"], g["label"]["h"]) for g in result["gebieden"]]
    for m in household:
        d = home[m["id"]]
        assert "".join(d["naam"]) == m["naam"] and all(w <= d["b"] - 11 for w in d["breed"]), d["naam"]
        assert frame_r[0] < d["x"] and d["x"] + d["b"] < frame_r[0] + frame_r[2], "een lid staat buiten het kader"
        assert frame_r[1] < d["y"] and d["y"] + d["h"] < frame_r[1] + frame_r[3], "een lid staat buiten het kader"
    for i in boxes:
        assert not overlap(rects[i], frame_r, 2), f"{i} ligt op het huishouden"
    items = list(rects.items())
    for n, (i, a) in enumerate(items):
        for j, b in items[:n]:
            assert not overlap(a, b, 2), f"{i} en {j} overlappen"
        assert not any(overlap(a, lab, 2) for lab in labels), f"{i} ligt op de naam van een levensgebied"
    for p in persons:
        d = boxes[p["id"]]
        wanted = p.get("steunt") or [None]
        assert [ln["naar"] for ln in d["lijnen"]] == wanted
        for ln in d["lijnen"]:
            pts = ln["punten"]
            assert on_border(pts[0], pts[1], rects[p["id"]], 3.5), "de lijn begint niet bij de persoon"
            end = rects[ln["naar"]] if ln["naar"] else frame_r
            assert on_border(pts[-2], pts[-1], end), (
                f"de lijn van {p['id']} eindigt niet bij {ln['naar'] or 'het gezin'}"
            )
            for seg in segments(pts):
                for j, r in rects.items():
                    if j not in (p["id"], ln["naar"]):
                        assert not crosses(seg, r), (
                            f"de lijn van {p['id']} naar {ln['naar']} loopt onder het vak van {j}"
                        )
                assert not any(crosses(seg, lab) for lab in labels), "een lijn loopt door de naam van een levensgebied"
    for g in result["gebieden"]:
        for j, r in rects.items():
            assert not crosses(g["rand"], r, 0), f"een grens tussen levensgebieden loopt onder het vak van {j}"


PARENTS_AND_CHILDREN = [
    {"id": "h0", "naam": "Moeder Sanne"},
    {"id": "h1", "naam": "Vader Ahmed"},
    {"id": "h2", "naam": "Mila"},
    {"id": "h3", "naam": "Noor (de jongste, zit in groep 3 van De Regenboog)"},
    {"id": "h4", "naam": "Stiefzus Eva"},
    {"id": "h5", "naam": "Pleegbroer Daan"},
    {"id": "h6", "naam": "Oma Truus (woont in)"},
]


@pytest.mark.parametrize("members", [1, 2, 4, 7])
def test_the_household_in_the_middle_each_line_to_whom_someone_supports(tab: Page, members: int) -> None:
    """The household in the middle, each member their own box; 40 people around it supporting one,
    two or all members, or the whole family: every line ends at whom it is for and passes under no
    other box."""
    household = PARENTS_AND_CHILDREN[:members]
    ids = [m["id"] for m in household]
    persons = people(40, lambda i: 0 if i < 20 else i % 7)
    for i, p in enumerate(persons):
        p["steunt"] = [[], ids[i % members : i % members + 1], ids[-2:], ids][i % 4]
    result, _ = layout(tab, persons, household)
    check_household(result, persons, household)


def test_without_a_household_the_family_in_the_middle_as_before(tab: Page) -> None:
    """Without members the family is in the middle as before: one line each to the middle, no frame,
    steunt left aside."""
    persons = people(12, lambda i: i % 7)
    persons[0]["steunt"] = ["h0"]
    result, _ = layout(tab, persons)
    assert result["huis"] == [] and result["huisrand"] is None
    cx, cy = result["midden"]
    assert all(d["lijnen"] == [{"naar": None, "punten": [*d["lijn"][2:], cx, cy]}] for d in result["dozen"])
    check(result, persons)
