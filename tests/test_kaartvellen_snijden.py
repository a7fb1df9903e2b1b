"""Cutting, measured from the card PDFs of the session build: where the crop marks say to cut, the backs
paint 2 mm past every cut line with a gap between cards, so a 1.5 mm duplex drift shows neither paper
nor another deck; marks stay outside all printing; every card's text stays ≥ 3 mm inside its cut lines in
every layout; the scissors variant draws full cut lines that line up with the backs; the fold-over sheet
puts each back behind its own front when folded along its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pdfvlakken import page_rects
from test_vraagkaarten import MM, pdf_links, words

PDF = "werkmateriaal/pdf"
BLEED, GAP, DRIFT, SAFE, EDGE = 2.0, 4.0, 1.5, 3.0, 5.0  # EDGE: many printers leave 4.2–5 mm blank
PAPER = (210.0, 297.0)
MEASURED: dict[str, float] = {}  # for the report: nearest text to a cut, worst drift margin


def cut_boxes(rects: list[dict], thin: float = 0.3) -> list[dict]:
    """The cards' cut boxes in reading order, from the crop marks (or full cut lines) of a front page."""
    lines = [r for r in rects if not (r["kleur"] == "#000000" and max(r["b"], r["h"]) > 10)]  # not the fold line
    xs = sorted({round(r["x"] + r["b"] / 2, 2) for r in lines if 0.01 < r["b"] < thin and r["h"] > 1.5})
    ys = sorted({round(r["y"] + r["h"] / 2, 2) for r in lines if 0.01 < r["h"] < thin and r["b"] > 1.5})
    assert len(xs) % 2 == 0 and len(ys) % 2 == 0, (xs, ys)
    return [
        {"x": x0, "y": y0, "b": x1 - x0, "h": y1 - y0}
        for y0, y1 in zip(ys[::2], ys[1::2], strict=True)
        for x0, x1 in zip(xs[::2], xs[1::2], strict=True)
    ]


def marks(rects: list[dict], thin: float = 0.3) -> list[dict]:
    """The thin dark rectangles: crop marks, cut lines (the fold line's dashed border shows as one of width 0)."""
    return [r for r in rects if min(r["b"], r["h"]) < thin and r["kleur"] in ("#000000", "#555555")]


def painted(rects: list[dict]) -> list[dict]:
    """The backs' painted boxes: rectangles filled with a deck colour (not white, black or grey lines)."""
    return [r for r in rects if r["kleur"] not in ("#ffffff", "#000000", "#555555", "patroon") and r["b"] > 20]


def apart(a: dict, b: dict) -> float:
    """Separation of two boxes in mm (negative when they overlap)."""
    return max(a["x"] - b["x"] - b["b"], b["x"] - a["x"] - a["b"], a["y"] - b["y"] - b["h"], b["y"] - a["y"] - a["h"])


def past(paint: dict, cut: dict) -> float:
    """How far a painted box reaches past a cut box on its narrowest side (negative: it falls short)."""
    return min(
        cut["x"] - paint["x"],
        paint["x"] + paint["b"] - cut["x"] - cut["b"],
        cut["y"] - paint["y"],
        paint["y"] + paint["h"] - cut["y"] - cut["h"],
    )


def mirrored(box: dict, axis: float) -> dict:
    """A box mirrored left-right across a vertical line x = axis."""
    return {**box, "x": 2 * axis - box["x"] - box["b"]}


@pytest.mark.parametrize(
    "name", ["wie-vragen-8-per-vel", "wie-vragen-9-per-vel", "alle-8-per-vel", "vervolgvragen-9-per-vel-snijlijnen"]
)
def test_backs_bleed_2_mm_with_a_gap_and_survive_a_1_5_mm_duplex_drift(site: Path, name: str) -> None:
    """On every back page each card's paint reaches 2 mm past the cut lines of its (mirrored) front, cards
    are 4 mm apart, and shifted 1.5 mm any way every card still shows only its own colour."""
    pages = page_rects(site / PDF / f"vraagkaarten-{name}.pdf")
    worst = float("inf")
    for front, back in zip(pages[::2], pages[1::2], strict=True):
        cuts = cut_boxes(front)
        paints = painted(back)
        assert paints and len(paints) <= len(cuts)
        gaps = {round(apart(a, b), 2) for a in cuts for b in cuts if a is not b and apart(a, b) > 0}
        assert min(gaps) == pytest.approx(GAP, abs=0.02)
        for paint in paints:
            own = [c for c in cuts if apart(paint, mirrored(c, PAPER[0] / 2)) < 0]
            behind = mirrored(own[0], PAPER[0] / 2) if len(own) == 1 else None
            cut = next(c for c in cuts if apart(c, paint) < 0 and past(paint, c) > 0)
            assert behind is not None and past(paint, cut) == pytest.approx(BLEED, abs=0.02), (name, paint)
            for dx, dy in ((DRIFT, 0), (-DRIFT, 0), (0, DRIFT), (0, -DRIFT)):
                moved = {**paint, "x": paint["x"] + dx, "y": paint["y"] + dy}
                worst = min(worst, past(moved, cut), *(apart(moved, c) for c in cuts if c is not cut))
    MEASURED[f"drift {name}"] = worst
    print(f"\n{name}: bij 1,5 mm verschuiving nog {worst:.2f} mm eigen afloop / afstand tot een buurkaart")
    assert worst >= BLEED - DRIFT - 0.02, f"{name}: bij 1,5 mm verschuiving {worst:.2f} mm over"


@pytest.mark.parametrize("name", ["wie-vragen-8-per-vel", "wie-vragen-9-per-vel-snijlijnen", "grootste-last-vouwvel"])
def test_marks_and_margin_text_stay_outside_every_card_and_bleed(site: Path, name: str) -> None:
    """Crop marks (and cut lines, off the cards' insides) and the margin line are outside every card and every
    back's bleed, and ≥ 5 mm from the paper's edge."""
    pdf = site / PDF / f"vraagkaarten-{name}.pdf"
    pages = page_rects(pdf)
    cuts = cut_boxes(pages[0])
    bleeds = [
        {"x": c["x"] - BLEED, "y": c["y"] - BLEED, "b": c["b"] + 2 * BLEED, "h": c["h"] + 2 * BLEED} for c in cuts
    ]
    full_lines = "snijlijnen" in name
    for mark in marks(pages[0]):
        assert mark["x"] >= EDGE - 0.01 and mark["y"] >= EDGE - 0.01, mark
        assert mark["x"] + mark["b"] <= PAPER[0] - EDGE + 0.01 and mark["y"] + mark["h"] <= PAPER[1] - EDGE + 0.01, mark
        if full_lines:  # along the edges: never more than half its width inside a card
            assert all(apart(mark, c) >= -0.13 for c in cuts), mark
        else:
            assert all(apart(mark, b) > 0.3 for b in bleeds), mark
    margin = [
        w
        for w in words(pdf, 1)
        if not any(
            c["x"] * MM <= w[0]
            and w[2] <= (c["x"] + c["b"]) * MM
            and c["y"] * MM <= w[1]
            and w[3] <= (c["y"] + c["h"]) * MM
            for c in cuts
        )
    ]
    assert any("vel" == w[4] for w in margin)
    for x0, y0, x1, y1, word in margin:
        box = {"x": x0 / MM, "y": y0 / MM, "b": (x1 - x0) / MM, "h": (y1 - y0) / MM}
        assert all(apart(box, b) > 0 for b in bleeds), word
        assert min(box["x"], box["y"], PAPER[0] - box["x"] - box["b"], PAPER[1] - box["y"] - box["h"]) >= EDGE, word
        assert all(apart(box, m) > 0.5 for m in marks(pages[0])), word


def card_pdfs(site: Path) -> dict[str, Path]:
    """The PDFs with every layout of every card face: each deck's and the 'alle' set's fronts."""
    return {name: path for name, path in pdf_links(site).items() if name.endswith("-alleen-voorkanten.pdf")}


def test_every_cards_text_stays_3_mm_inside_its_cut_lines_in_every_layout(site: Path) -> None:
    """Each word on a card (the deck name, title, question, note) lies ≥ 3 mm inside its card's cut lines,
    on every sheet of every deck's and the 'alle' fronts, 8 and 9 per sheet (and the fold-over's fronts)."""
    pdfs = card_pdfs(site)
    pdfs |= {n: p for n, p in pdf_links(site).items() if n.endswith("-vouwvel.pdf")}
    assert len(pdfs) >= 16
    nearest, where, problems = float("inf"), "", []
    for name, pdf in pdfs.items():
        for number, rects in enumerate(page_rects(pdf), start=1):
            cuts = cut_boxes(rects)
            if name.endswith("vouwvel.pdf"):
                cuts = cuts[::2]  # the left column: the fronts
            for x0, y0, x1, y1, word in words(pdf, number):
                for c in cuts:
                    left, top, right, bottom = (
                        x0 / MM - c["x"],
                        y0 / MM - c["y"],
                        c["x"] + c["b"] - x1 / MM,
                        c["y"] + c["h"] - y1 / MM,
                    )
                    if (
                        max(-left, -right) < c["b"] / 2
                        and max(-top, -bottom) < c["h"] / 2
                        and min(left, right) > -5
                        and min(top, bottom) > -5
                    ):
                        distance = min(left, top, right, bottom)
                        if distance < nearest:
                            nearest, where = distance, f"{name} p. {number}: {word}"
                        if distance < SAFE:
                            problems.append(f"{name} p. {number}: {word!r} {distance:.2f} mm van de snijlijn")
    MEASURED["tekst"] = nearest
    print(f"\nkleinste afstand tekst–snijlijn: {nearest:.2f} mm ({where})")
    assert not problems, "\n".join(problems[:10])


def test_fold_over_sheet_puts_each_back_behind_its_front(site: Path) -> None:
    """On the fold-over sheet the dashed fold line lies midway; mirrored across it, each back's paint covers
    its own front's cut box with 2 mm to spare, and the back's deck label lands inside that front."""
    pdf = site / PDF / "vraagkaarten-grootste-last-vouwvel.pdf"
    rects = page_rects(pdf)[0]
    cuts = cut_boxes(rects)
    fronts, backs = cuts[::2], cuts[1::2]
    fold_lines = [r for r in rects if r["b"] < 0.01 and r["h"] > 250]  # the dashed border's box: the fold line
    assert len(fold_lines) == 1
    fold = (fronts[0]["x"] + fronts[0]["b"] + backs[0]["x"]) / 2  # midway between the columns' cut lines
    assert fold == pytest.approx(PAPER[0] / 2, abs=0.01)
    assert fold_lines[0]["x"] == pytest.approx(fold, abs=0.2)  # its dashed border's inner edge, 0.25 mm wide
    paints = [p for p in painted(rects) if p["x"] > fold]  # right of the fold: the backs (fronts have a coloured bar)
    assert len(paints) == len(fronts) == 4
    for front, back in zip(fronts, backs, strict=True):
        paint = next(p for p in paints if apart(p, back) < 0)
        assert past(mirrored(paint, fold), front) == pytest.approx(BLEED, abs=0.02)
        assert mirrored(back, fold)["x"] == pytest.approx(front["x"], abs=0.02) and back["y"] == pytest.approx(
            front["y"]
        )
    labels = [w for w in words(pdf, 1) if w[4] == "grootste" and w[0] > fold * MM]
    assert len(labels) == 4
    for x0, y0, x1, y1, _ in labels:
        folded = {"x": 2 * fold - x1 / MM, "y": y0 / MM, "b": (x1 - x0) / MM, "h": (y1 - y0) / MM}
        assert sum(apart(folded, f) < 0 and past(f, folded) > 0 for f in fronts) == 1


def test_no_words_on_a_card_print_over_each_other(site: Path) -> None:
    """A long question never runs into the note below it: on every front of every deck, 8 and 9 per sheet
    and the fold-over sheet, no two words overlap (a card whose text is too big for its box shrank the
    question's box while its lines ran on, over the note: "meedenken?" over "Bedenk in deze laatste stap")."""
    pdfs = card_pdfs(site) | {n: p for n, p in pdf_links(site).items() if n.endswith("-vouwvel.pdf")}
    problems = []
    for name, pdf in pdfs.items():
        for number in range(1, len(page_rects(pdf)) + 1):
            boxes = words(pdf, number)
            for i, (ax0, ay0, ax1, ay1, a) in enumerate(boxes):
                for bx0, by0, bx1, by1, b in boxes[i + 1 :]:
                    width, height = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
                    # A word's box is its font's full height (ascender to descender), which may reach into the
                    # line above: overlapping over more than a third of the smaller word's height is printed over it.
                    if width > 0.5 and height > min(ay1 - ay0, by1 - by0) / 3:
                        problems.append(f"{name} p. {number}: {a!r} over {b!r}")
    assert not problems, "\n".join(problems[:10])
