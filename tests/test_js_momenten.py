"""The network over time (handreiking/hulpmiddelen/basis/momenten.js with netwerk.js) on its own in
Chromium, without the site build (the blank page of test_js_kern): the case's start date and its
moments read from a file and refused in Dutch when damaged, a moment a copy that later edits do not
reach, the comparison of two moments, and the merge of moments between tabs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import Page

from test_js_kern import js, kern, network, person  # noqa: F401  (kern: the module's tab)

OMA = person(
    "p1",
    "Oma",
    kaart={
        "gebied": "familie",
        "biedt": ["praktisch"],
        "contact": "soms",
        "vroeger": False,
        "beleving": "",
        "meedenken": False,
    },
)


def moment(mid: str, label: str, *mensen: dict[str, Any], datum: str = "2026-09-01") -> dict[str, Any]:
    """A moment as the file keeps it."""
    return {
        "id": mid,
        "datum": datum,
        "label": label,
        "midden": "Sam",
        "mensen": [{k: p[k] for k in ("id", "naam", "kaart")} for p in mensen],
    }


def case(*momenten: dict[str, Any], **fields: Any) -> str:
    """A network file of versie 2 with these moments."""
    return json.dumps(network(OMA, **{"versie": 2, "begonnen": "2026-09-01", "momenten": list(momenten), **fields}))


def test_a_file_with_moments_is_read_and_versie_1_starts_on_its_date(kern: Page) -> None:  # noqa: F811
    """A v2 file gives its start date and moments (labels cleaned); a v1 file (neither) starts on its date."""
    result = js(
        kern,
        "return [N.controleer(arg[0]).data, N.controleer(arg[1]).data];",
        [case(moment("m1", " intake\u200b ", OMA)), json.dumps(network(OMA))],
    )
    v2, v1 = result
    assert v2["begonnen"] == "2026-09-01" and [
        (m["id"], m["label"], m["mensen"][0]["kaart"]["contact"]) for m in v2["momenten"]
    ] == [("m1", "intake", "soms")]
    assert v1["begonnen"] == "2026-12-01" and v1["momenten"] == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (case(begonnen="1 september"), "De datum waarop de casus begon, is beschadigd. Er is niets veranderd."),
        (case(momenten={"m1": 1}), "De vastgelegde momenten zijn beschadigd. Er is niets veranderd."),
        (case(moment("x1", "intake", OMA)), "Moment 1 is beschadigd of staat twee keer in het bestand."),
        (case(moment("m1", "intake", OMA), moment("m1", "later", OMA)), "Moment 2 is beschadigd of staat twee keer"),
        (case(moment("m1", "intake", OMA, datum="gisteren")), "De datum van moment 1 ontbreekt of is beschadigd."),
        (case(moment("m1", "\u200b", OMA)), "Moment 1 heeft geen naam (bijvoorbeeld ‘intake’)."),
        (case(moment("m1", "x" * 61, OMA)), "De naam van moment 1 is langer dan 60 tekens."),
        (
            case(moment("m1", "intake", {**OMA, "kaart": {**OMA["kaart"], "contact": "nooit"}})),
            "Moment 1 (‘intake’): op de netwerkkaart van persoon 1 is ‘nooit’ onbekend voor hoe het contact nu is. Er is niets veranderd.",
        ),
        (
            case(*[moment(f"m{i}", "intake", OMA) for i in range(51)]),
            "51 vastgelegde momenten; er passen er hoogstens 50 in.",
        ),
    ],
    ids=["begonnen", "geen-lijst", "id", "dubbel", "datum", "geen-naam", "lange-naam", "persoon", "te-veel"],
)
def test_damaged_start_date_or_moments_are_refused_in_dutch(kern: Page, text: str, message: str) -> None:  # noqa: F811
    """N.controleer refuses a damaged start date or moment with a Dutch sentence, and gives no data."""
    result = js(kern, "return N.controleer(arg);", text)
    assert "data" not in result and message in result["fout"]


def test_a_moment_is_a_copy_and_two_are_compared(kern: Page) -> None:  # noqa: F811
    """N.legVast keeps a copy (later edits do not reach it); N.vergelijk tells who is new, who is gone
    and whose contact, offer or thinking along changed, and leaves out whoever did not change."""
    result = js(
        kern,
        """
        N.zet(N.controleer(arg).data);
        const leeg = N.legVast('  ');
        const intake = N.legVast('intake');
        const oma = N.persoon('p1'), opa = N.persoon('p2');
        oma.kaart.contact = 'vaak'; oma.kaart.biedt.push('troost'); opa.kaart.meedenken = true;
        N.verwijder(N.persoon('p3'));
        N.voegToe('Coach');
        const v = N.vergelijk(intake, N.nu());
        return {leeg, label: intake.label, bewaard: intake.mensen[0].kaart.contact,
                nieuw: v.nieuw.map(p => p.naam), weg: v.weg.map(p => p.naam),
                veranderd: v.veranderd.map(c => [c.persoon.naam, c.velden]),
                terug: N.vergelijk(N.nu(), intake).nieuw.map(p => p.naam)};
    """,
        json.dumps(network(OMA, person("p2", "Opa"), person("p3", "Buurvrouw"), person("p4", "Juf"))),
    )
    assert result["leeg"].startswith("Geef het moment een naam")
    assert result["label"] == "intake" and result["bewaard"] == "soms"  # the copy kept what it was
    assert result["nieuw"] == ["Coach"] and result["weg"] == ["Buurvrouw"]
    assert result["veranderd"] == [["Oma", ["contact", "biedt"]], ["Opa", ["meedenken"]]]  # Juf unchanged: not listed
    assert result["terug"] == ["Buurvrouw"]  # the other way round: who came back


def test_moments_merge_between_tabs_and_the_earliest_start_stays(kern: Page) -> None:  # noqa: F811
    """N.samenvoegen keeps every moment added on either side, drops one removed on one side, orders
    them by date, and keeps the earliest start date."""
    m1, m2 = moment("m1", "intake", OMA), moment("m2", "tweede", OMA, datum="2026-10-01")
    m3, m4 = moment("m3", "daar", OMA, datum="2026-11-01"), moment("m4", "hier", OMA, datum="2026-10-15")
    result = js(
        kern,
        """
        const [basis, ander, hier] = arg.map(t => N.controleer(t).data);
        N.zet(hier);
        N.samenvoegen(basis, ander);
        return {momenten: N.momenten.map(m => m.id), begonnen: N.begonnen};
    """,
        [
            case(m1, m2),
            case(m1, m3, begonnen="2026-08-15"),  # there: m2 removed, m3 added, started earlier
            case(m1, m2, m4),  # here: m4 added
        ],
    )
    assert result == {"momenten": ["m1", "m4", "m3"], "begonnen": "2026-08-15"}
