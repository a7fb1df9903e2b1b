"""Card sheet geometry, pure (milliseconds): the sheets fit A4 inside a printer's blank edge, bleed and gap
survive a 1.5 mm duplex drift, crop marks and cut lines stay outside every card and bleed, the fold-over
sheet puts each back behind its front, and the size-class search finds the largest class that fits."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from handreiking.druk.snijden import (
    A4,
    BLEED,
    DRIFT,
    EDGE,
    FOLD_X,
    LAYOUTS,
    SAFE,
    VOUW,
    crop_marks,
    cut_box,
    cut_lines,
    duplex_error,
    fold_boxes,
    fold_line,
    margin_boxes,
    mirror_fold,
    with_bleed,
)
from handreiking.hulpmiddelen.vraagkaarten import kaartmaat  # noqa: E402

ALL = [*LAYOUTS.values(), VOUW]


def boxes(layout):  # noqa: ANN001, ANN201
    """Every cut box of a layout."""
    return [cut_box(layout, i) for i in range(layout.kolommen * layout.rijen)]


def apart(a: dict, b: dict) -> float:
    """Separation of two boxes (mm; negative when they overlap)."""
    return max(a["x"] - b["x"] - b["b"], b["x"] - a["x"] - a["b"], a["y"] - b["y"] - b["h"], b["y"] - a["y"] - a["h"])


@pytest.mark.parametrize("layout", ALL, ids=lambda lay: f"{lay.per_vel}")
def test_cards_bleed_and_marks_fit_a4_inside_the_printers_blank_edge(layout) -> None:  # noqa: ANN001
    """Every back's bleed and every crop mark lies ≥ EDGE (5 mm) inside the paper's edge; margins are symmetric."""
    for box in [with_bleed(b) for b in boxes(layout)] + crop_marks(layout) + cut_lines(layout):
        assert box["x"] >= EDGE - 1e-9 and box["y"] >= EDGE - 1e-9, box
        assert box["x"] + box["b"] <= A4[0] - EDGE + 1e-9 and box["y"] + box["h"] <= A4[1] - EDGE + 1e-9, box
    last = cut_box(layout, layout.kolommen * layout.rijen - 1)
    assert A4[0] - last["x"] - last["b"] == pytest.approx(layout.links)
    assert A4[1] - last["y"] - last["h"] == pytest.approx(layout.boven)


@pytest.mark.parametrize("layout", ALL, ids=lambda lay: f"{lay.per_vel}")
def test_bleeds_never_touch_another_card_and_marks_stay_off_every_bleed(layout) -> None:  # noqa: ANN001
    """A card's bleed is 2–3 mm; it stays off every other card (≥ BLEED away: the gap); crop marks and
    the margin text are outside every bleed; cut lines only run along edges and through gaps."""
    assert 2 <= BLEED <= 3
    cards = boxes(layout)
    bleeds = [with_bleed(b) for b in cards]
    for i, paint in enumerate(bleeds):
        for j, card in enumerate(cards):
            if i != j:
                assert apart(paint, card) >= BLEED - 1e-9, (i, j)
    for mark in crop_marks(layout) + margin_boxes(layout, ["label", "aanwijzing"], ["schaal", "vouw"]):
        assert all(apart(mark, paint) > 0 for paint in bleeds), mark
    for line in cut_lines(layout):  # a line of width w centred on a cut enters a card by w/2 at most
        assert all(apart(line, card) >= -0.13 for card in cards), line
    texts = margin_boxes(layout, ["label", "aanwijzing"], ["schaal"])
    assert all(apart(t, m) >= 1.0 for t in texts for m in crop_marks(layout)), "marge-tekst te dicht bij een snijteken"


@pytest.mark.parametrize("per", [8, 9])
def test_every_cut_line_has_a_crop_mark_at_both_ends(per: int) -> None:
    """Each card edge (two per gap) has a mark in line with it above and below (or left and right)."""
    layout = LAYOUTS[per]
    marks = crop_marks(layout)
    for card in boxes(layout):
        for x in (card["x"], card["x"] + card["b"]):
            assert sum(m["r"] == "v" and abs(m["x"] + m["b"] / 2 - x) < 1e-6 for m in marks) == 2, x
        for y in (card["y"], card["y"] + card["h"]):
            assert sum(m["r"] == "h" and abs(m["y"] + m["h"] / 2 - y) < 1e-6 for m in marks) == 2, y
    assert len(cut_lines(layout)) == 2 * (layout.kolommen + layout.rijen)


@pytest.mark.parametrize("per", [8, 9])
@pytest.mark.parametrize(
    ("dx", "dy"), [(DRIFT, 0), (-DRIFT, 0), (0, DRIFT), (0, -DRIFT), (DRIFT, -DRIFT), (-DRIFT, DRIFT)]
)
def test_a_duplex_drift_of_1_5_mm_shows_no_white_and_no_other_deck(per: int, dx: float, dy: float) -> None:
    """Backs landing 1.5 mm off: every card still has its own bleed past each cut line, no neighbour's paint on it."""
    error = duplex_error(LAYOUTS[per], dx, dy)
    assert error["eigen_afloop"] == pytest.approx(BLEED - DRIFT) and error["buur"] >= BLEED - DRIFT - 1e-9, error
    assert duplex_error(LAYOUTS[per], BLEED + 0.5, 0)["eigen_afloop"] < 0  # the check can fail


def test_fold_over_puts_each_back_behind_its_own_front_and_the_fold_line_in_the_gap() -> None:
    """Mirrored across the fold line, each back's cut box is its front's; the fold line is off every card and bleed."""
    line = fold_line()
    assert line["x"] + line["b"] / 2 == pytest.approx(FOLD_X)
    for i in range(VOUW.rijen):
        front, back = fold_boxes(VOUW, i)
        assert mirror_fold(back) == front
        assert front["x"] + front["b"] < FOLD_X < back["x"]
        assert apart(line, with_bleed(back)) > 0 and apart(line, front) > 0


def test_search_takes_the_largest_class_that_fits_in_few_passes() -> None:
    """All cards start in the largest class; only the ones that do not fit are measured again, one class smaller."""
    room = {"kort": [9, 9, 9, 9], "lang": [-5, 1, 3.2, 5], "te-lang": [-9, -5, 0, 2.5]}
    passes = []

    def measure(items: list[kaartmaat.Item]) -> dict[kaartmaat.Item, float]:
        passes.append(len(items))
        return {(k, p, i): room[k][i] for k, p, i in items}

    known = kaartmaat.search(list(room), [8], measure)
    assert passes == [3, 2, 2, 1]
    assert kaartmaat.pick(known, "kort", 8) == ("m1", 9)
    assert kaartmaat.pick(known, "lang", 8) == ("m3", 3.2)
    assert kaartmaat.pick(known, "te-lang", 8) == (None, 2.5)
    assert SAFE == 3


def test_every_card_of_a_deck_prints_in_one_size_per_layout() -> None:
    """A deck whose one long card needs 13 pt prints all its cards at 13 pt in that layout (not 13 pt next to
    20 pt); another deck and another layout keep their own size."""
    cards = [{"id": i, "stapel": deck, "ook_in": ""} for i, deck in (("a", "x"), ("b", "x"), ("c", "y"))]
    chosen = {
        kaartmaat.variant(c): sizes
        for c, sizes in zip(
            cards, [{"8": "m1", "9": "m2"}, {"8": "m3", "9": "m2"}, {"8": "m1", "9": "m1"}], strict=True
        )
    }
    kaartmaat.same_size_per_deck(cards, chosen)
    assert [chosen[kaartmaat.variant(c)] for c in cards] == [
        {"8": "m3", "9": "m2"},
        {"8": "m3", "9": "m2"},
        {"8": "m1", "9": "m1"},
    ]


def test_nearest_cut_measures_every_side() -> None:
    """The distance is the smallest of left, top, right and bottom; text over the line is negative."""
    card = (10.0, 20.0, 100.0, 50.0)
    assert kaartmaat.nearest_cut(card, [(15, 30, 80, 10)]) == 5
    assert kaartmaat.nearest_cut(card, [(15, 30, 80, 10), (20, 60, 10, 12)]) == -2
