"""The genogram's part of the case (handreiking/hulpmiddelen/basis/genogram.js) and its layout
(handreiking/hulpmiddelen/genogram/indeling.js) in Node, without a browser or a build
(tests/genogram_node.js loads them with a bare window): what a file keeps, what it refuses and
why, merging between tabs, removing a person; generations in rows, partners side by side,
children under their parents, no avoidable crossing, and the time at 40 people."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node is nodig voor deze tests")
RUNNER = Path(__file__).with_name("genogram_node.js")

# A family of three generations: grandparents on both sides, the parents divorced, a father who died,
# a new partner, children (one a foster child); helpers the tests share.
FAMILIE = """
function mens(naam, geslacht, geboren, huis) {
  var p = N.voegToe(naam); p.genogram = {geslacht: geslacht, geboren: geboren || 0, overleden: 0, dood: false};
  if (huis) p.huishouden = true;
  return p;
}
function rel(a, b, s) { var r = G.relatie(a.id, b.id, s); if (typeof r === 'string') throw new Error(r); return r; }
var opa = mens('Opa Jan', 'm', 1940), oma = mens('Oma Els', 'v', 1942), opa2 = mens('Opa Kees', 'm', 1938), oma2 = mens('Oma Ria', 'v', 1945);
var papa = mens('Papa Ali', 'm', 1970), mama = mens('Mama Sanne', 'v', 1975, true), tante = mens('Tante Ine', 'v', 1972);
var stief = mens('Rob', 'x', 1974, true), kind1 = mens('Noor', 'v', 2005, true), kind2 = mens('Sem', 'm', 2008, true), pleeg = mens('Jay', 'm', 2010, true);
rel(opa, oma, 'getrouwd'); rel(opa2, oma2, 'getrouwd');
rel(opa, papa, 'biologisch'); rel(oma, papa, 'biologisch'); rel(opa, tante, 'biologisch'); rel(oma, tante, 'biologisch');
rel(opa2, mama, 'biologisch'); rel(oma2, mama, 'biologisch');
rel(papa, mama, 'gescheiden'); rel(mama, stief, 'samen');
rel(papa, kind1, 'biologisch'); rel(mama, kind1, 'biologisch'); rel(papa, kind2, 'biologisch'); rel(mama, kind2, 'biologisch');
rel(mama, pleeg, 'pleeg'); rel(stief, pleeg, 'pleeg');
rel(papa, tante, 'breuk');
papa.genogram.overleden = 2019; papa.genogram.dood = true;
G.gebeurtenis(mama.id, 2016, 'verhuizing', 'naar Zaandam');
var I = K.genogramIndeling({mensen: N.mensen.map(function (p) { return {id: p.id, geboren: p.genogram.geboren, huishouden: p.huishouden}; }), relaties: N.relaties});
"""


def run(code: str) -> object:
    """What the code returns, run after the model and layout are loaded (K, N, G at hand)."""
    done = subprocess.run([NODE, str(RUNNER), code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_a_family_is_kept_whole_in_the_network_file_and_opens_again() -> None:
    """Genders, years, relations and events are in the file; the file opens to the same case."""
    r = run(
        FAMILIE
        + "var t = N.tekst(); N.leeg(); var c = N.controleer(t); N.zet(c.data); return [c.fout || '', N.tekst() === t, JSON.parse(t)];"
    )
    fout, same, data = r
    assert fout == "" and same
    assert len(data["relaties"]) == 17 and data["gebeurtenissen"][0]["tekst"] == "naar Zaandam"
    papa = next(p for p in data["mensen"] if p["naam"] == "Papa Ali")
    assert papa["genogram"] == {"geslacht": "m", "geboren": 1970, "overleden": 2019, "dood": True}
    assert data["versie"] == 2, "versie 2 is die van de momenten; het genogram verandert de versie niet"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            "d.relaties[0].naar = 'pnietbekend';",
            "Relatie 1 van het genogram noemt iemand die niet in het netwerk staat.",
        ),
        ("d.relaties[0].soort = 'vriendjes';", "Relatie 1 van het genogram heeft een onbekende soort (‘vriendjes’)."),
        (
            "d.relaties[1].id = d.relaties[0].id;",
            "Relatie 2 van het genogram is beschadigd of staat twee keer in het bestand.",
        ),
        ("d.gebeurtenissen[0].jaar = 1492;", "Gebeurtenis 1 van het genogram heeft geen jaar tussen 1800 en 2100."),
        (
            "d.gebeurtenissen[0].wie = 'px';",
            "Gebeurtenis 1 van het genogram gaat over iemand die niet in het netwerk staat.",
        ),
        ("d.mensen[0].genogram.geslacht = 'onbekend';", "Het genogram van persoon 1 is beschadigd (geslacht)."),
        ("d.mensen[4].genogram.overleden = 1960;", "persoon 5 is overleden (1960) vóór de geboorte (1970)."),
        (
            "d.relaties.push({id: 'rx', van: d.mensen[8].id, naar: d.mensen[0].id, soort: 'biologisch'});",
            "zijn eigen voorouder",
        ),
    ],
)
def test_a_damaged_genogram_is_refused_in_dutch_and_changes_nothing(change: str, message: str) -> None:
    """Each damage named in Dutch; what the page holds stays as it was."""
    fout, count = run(
        FAMILIE
        + f"var d = JSON.parse(N.tekst()); {change} var voor = N.tekst(); var c = N.controleer(JSON.stringify(d));"
        " return [c.fout || '', voor === N.tekst() ? N.relaties.length : -1];"
    )
    assert message in fout and fout.endswith("Er is niets veranderd.")
    assert count == 17


def test_an_older_file_without_a_genogram_still_opens() -> None:
    """A network file of before the genogram opens with an empty genogram."""
    old = {
        "soort": "netwerk",
        "versie": 1,
        "datum": "2025-01-02",
        "midden": "Gezin J.",
        "mensen": [{"id": "a1", "naam": "Oma", "kringen": {}}],
    }
    fout, rel, gen = run(
        f"var c = N.controleer({json.dumps(json.dumps(old))}); N.zet(c.data); return [c.fout || '', N.relaties.length, 'genogram' in N.mensen[0]];"
    )
    assert (fout, rel, gen) == ("", 0, False)


def test_removing_a_person_removes_their_relations_and_events_and_refuses_a_second_marriage_line() -> None:
    """Removed from the network: out of every relation and event; the same couple twice is refused."""
    r = run(
        FAMILIE + "N.verwijder(mama); var twee = G.relatie(opa.id, oma.id, 'samen');"
        "return [N.relaties.length, N.gebeurtenissen.length,"
        " N.relaties.some(function (x) { return x.van === mama.id || x.naar === mama.id; }), twee];"
    )
    assert r[:3] == [10, 0, False]
    assert r[3] == "Die twee hebben al zo’n relatie; verander of verwijder die. Er is geen relatie toegevoegd."


def test_two_tabs_merge_relations_by_id() -> None:
    """Another tab added a relation, this one removed one: both changes stay."""
    r = run(
        FAMILIE + "var basis = N.controleer(N.tekst()).data, ander = N.controleer(N.tekst()).data;"
        "ander.relaties.push({id: 'rnieuw', van: tante.id, naar: stief.id, soort: 'conflict'});"
        "var weg = N.relaties[0].id; N.relaties = N.relaties.slice(1); N.samenvoegen(basis, ander);"
        "return [N.relaties.length, N.relaties.some(function (x) { return x.id === 'rnieuw'; }), N.relaties.some(function (x) { return x.id === weg; })];"
    )
    assert r == [17, True, False]


def test_generations_in_rows_partners_side_by_side_children_below_their_parents() -> None:
    """Grandparents on the top row, the parents below, children at the bottom; a couple next to each other."""
    r = run(
        FAMILIE
        + "var P = I.plek, stap = 140; function naast(a, b) { return P[a.id].rij === P[b.id].rij && Math.abs(P[a.id].x - P[b.id].x) === stap; }"
        "return {rijen: [opa, oma2, papa, mama, stief, kind1, pleeg].map(function (p) { return P[p.id].rij; }),"
        " naast: [naast(opa, oma), naast(opa2, oma2), naast(mama, stief)], kruis: K.genogramKruisingen(I),"
        " onder: P[kind1.id].x > Math.min(P[papa.id].x, P[mama.id].x) - stap && P[kind1.id].x < Math.max(P[papa.id].x, P[mama.id].x) + stap,"
        " apart: Object.keys(P).every(function (a) { return Object.keys(P).every(function (b) {"
        " return a === b || P[a].y !== P[b].y || Math.abs(P[a].x - P[b].x) >= stap - 0.001; }); })};"
    )
    assert r["rijen"] == [0, 0, 1, 1, 1, 2, 2]
    assert r["naast"] == [True, True, True]
    assert r["kruis"] == 0 and r["onder"] and r["apart"]


FORTY = """
var mensen = [], relaties = [], n = 0;
function m(geboren) { var id = 'q' + (n++); mensen.push({id: id, geboren: geboren}); return id; }
function paar(a, b) { relaties.push({van: a, naar: b, soort: 'getrouwd'}); }
function kind(a, b, k) { relaties.push({van: a, naar: k, soort: 'biologisch'}); relaties.push({van: b, naar: k, soort: 'biologisch'}); }
var oud = [m(1930), m(1932)]; paar(oud[0], oud[1]);
for (var i = 0; i < 4; i++) {
  var c = m(1955 + i), p = m(1954 + i); paar(c, p); kind(oud[0], oud[1], c);
  for (var j = 0; j < 3; j++) {
    var k = m(1980 + j); kind(c, p, k);
    var q = m(1981 + j); paar(k, q); var kk = m(2010 + j); kind(k, q, kk);
  }
}
var t0 = performance.now(), I;
for (var r = 0; r < 5; r++) I = K.genogramIndeling({mensen: mensen, relaties: relaties});
var ms = (performance.now() - t0) / 5;
"""


def test_forty_people_in_four_generations_without_a_crossing_quickly() -> None:
    """A family of 46 over four generations: four rows, no crossing, laid out in well under 50 ms."""
    r = run(
        FORTY + "return {n: mensen.length, rijen: I.rijen, kruis: K.genogramKruisingen(I), ms: ms, breedte: I.breedte};"
    )
    print(f"genogram layout of {r['n']} people: {r['ms']:.1f} ms")
    assert r["n"] >= 40 and r["rijen"] == 4 and r["kruis"] == 0
    assert r["ms"] < 50


def test_a_cross_family_order_is_untangled() -> None:
    """Two couples whose children married each other, entered in a tangled order: no crossing remains."""
    r = run(
        "var mensen = 'a b c d e f g h'.split(' ').map(function (id) { return {id: id}; });"
        "var rel = [['a','b','getrouwd'],['c','d','getrouwd'],['a','f','biologisch'],['b','f','biologisch'],['c','e','biologisch'],['d','e','biologisch'],"
        "['e','f','samen'],['a','h','biologisch'],['b','h','biologisch'],['c','g','biologisch'],['d','g','biologisch']]"
        ".map(function (x) { return {van: x[0], naar: x[1], soort: x[2]}; });"
        "var I = K.genogramIndeling({mensen: mensen, relaties: rel}); return [K.genogramKruisingen(I), I.plek.e.rij, I.plek.f.rij];"
    )
    assert r == [0, 1, 1]


def test_the_data_file_names_exactly_the_ids_the_file_format_keeps() -> None:
    """data/genogram.yml, genogram.py and basis/genogram.js agree on every gender, relation and event id."""
    import sys

    sys.path.insert(0, str(ROOT))
    from handreiking.hulpmiddelen.genogram import genogram

    data = genogram.load(ROOT)
    js = run("return {geslacht: G.GESLACHT, relaties: G.SOORTEN, gebeurtenissen: G.GEBEURTENIS};")
    assert sorted(js["geslacht"]) == sorted([*(g["id"] for g in data.geslacht), ""])
    assert sorted(js["relaties"]) == sorted(r["id"] for r in data.relaties) == sorted(genogram.LIJNEN)
    assert sorted(js["gebeurtenissen"]) == sorted(e["id"] for e in data.gebeurtenissen)


def test_a_moment_keeps_the_genogram_as_it_was() -> None:
    """A moment ('intake') holds the genogram as it was: each person's years, the relations and the
    move; a later death, a new relation and a removed event do not reach it; the case file keeps it
    through 'Alles wissen' and opening, and a moment whose relation names nobody is refused in Dutch."""
    r = run(
        FAMILIE
        + """
var m = N.legVast('intake');
var jay = N.mensen.filter(function (p) { return p.naam === 'Jay'; })[0];
rel(opa2, tante, 'conflict'); opa.genogram.overleden = 2024; opa.genogram.dood = true; N.gebeurtenissen = [];
var t = N.tekst(); N.leeg(); var c = N.controleer(t); N.zet(c.data);
var k = N.momenten[0], jan = k.mensen.filter(function (p) { return p.naam === 'Opa Jan'; })[0];
var d = JSON.parse(t); d.momenten[0].relaties[0].naar = 'pweg';
return [c.fout || '', k.label, k.relaties.length, N.relaties.length, jan.genogram, k.gebeurtenissen.map(function (g) { return g.tekst; }),
        N.controleer(JSON.stringify(d)).fout];
"""
    )
    fout, label, kept, now, jan, events, refused = r
    assert fout == "" and label == "intake"
    assert (kept, now) == (17, 18), "het moment heeft de relaties van toen, het genogram die van nu"
    assert jan == {"geslacht": "m", "geboren": 1940, "overleden": 0, "dood": False}
    assert events == ["naar Zaandam"]
    assert refused == (
        "Moment 1 (‘intake’): relatie 1 van het genogram noemt iemand die niet in het netwerk staat. Er is niets veranderd."
    )
