/* Netwerkkaart: the family's network (handreikingKern.netwerk, shared with the circles and the
   olievlek) as an ecogram: people in the wedge of their life area, a line to the family whose
   style (never colour alone) tells the contact, letters for what they offer, a sign for how the
   family experiences it; the same as a table, and who can think along. Everything stays in this
   browser by the core's one rule; names are cleaned and always text (textContent). */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector(".nk");
  var M = root && K.gegevens("netwerkkaart");  /* life areas with their slots, choices, line styles */
  if (!M) return;
  var N = K.netwerk, el = K.el;
  var SVGNS = "http://www.w3.org/2000/svg", FONT = "'Atkinson Hyperlegible', Arial, Helvetica, sans-serif";  /* as the map's font-family */
    function naar(lijst) { var o = Object.create(null); lijst.forEach(function (x) { o[x.id] = x; }); return o; }
  var gebieden = naar(M.gebieden), biedt = naar(M.biedt), contact = naar(M.contact), beleving = naar(M.beleving);

  function $(sel) { return root.querySelector(sel); }
  function datumTekst(iso) {
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso || "");
    return m ? K.datum(new Date(+m[1], +m[2] - 1, +m[3])) : "";
  }
  function svg(tag, attrs, tekst) {
    var n = document.createElementNS(SVGNS, tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (tekst != null) n.textContent = tekst;
    return n;
  }

  /* ---------- Messages and privacy ---------- */
  var pagina = N.pagina("nk", root, tekenAlles), meld = pagina.meld, privacy = pagina.privacy;
  /* Moments and their comparison (vergelijking.js): marks on the map, the list after it. */
  var momenten = K.netwerkMomenten({ root: root, M: M, pagina: pagina, datumTekst: datumTekst, teken: teken });

  /* ---------- The drawing ---------- */
  /* Widths measured in the map's own font (names bold 13, marks 12, life areas bold 15), a little
     generously so that a name never runs out of its box. */
  var canvas = document.createElement("canvas").getContext("2d");
  var FONTEN = { naam: "bold 13px ", tekens: "12px ", gebied: "bold 15px ", midden: "bold 18px " };
  function meet(t, soort) { canvas.font = FONTEN[soort] + FONT; return canvas.measureText(t).width * 1.02 + 1; }
  function pas(t, max) {
    if (meet(t, "midden") <= max) return t;
    var lo = 0, hi = t.length;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (meet(t.slice(0, mid) + "…", "midden") <= max) lo = mid; else hi = mid - 1; }
    return t.slice(0, lo).trim() + "…";
  }
  function tekens(p) {
    var k = p.kaart, t = [];
    if (k.beleving) t.push(beleving[k.beleving].teken);
    t.push(k.biedt.map(function (b) { return biedt[b].letter; }).join(" "));
    if (k.meedenken) t.push("M");
    return t.filter(Boolean).join("  ");
  }
  /* A comparison's mark after the signs ("nieuw", "veranderd"), as text. */
  function merk(p) { var m = momenten.merk(p); return m ? (tekens(p) ? "  " : "") + m : ""; }
  /* A person's line (points from the person to where it ends: a member of the household they
     support, with an arrowhead there, or the family); its style tells the contact. */
  function lijn(g, p, ln) {
    var c = contact[p.kaart.contact], l = ln.punten;
    if (!c) return;
    var attrs = l.length > 4 ? { points: l.join(" "), fill: "none" } : { x1: l[0], y1: l[1], x2: l[2], y2: l[3] };
    attrs.stroke = "#000000"; attrs["class"] = "nk-lijn"; attrs["data-lijn"] = c.lijn; attrs["data-id"] = p.id; attrs["data-persoon"] = p.id;
    if (ln.naar) { attrs["data-naar"] = ln.naar; attrs["marker-end"] = "url(#nk-pijl)"; }
    var stijl = M.lijnen[c.lijn];
    for (var k in stijl) attrs[k] = stijl[k];
    g.appendChild(svg(l.length > 4 ? "polyline" : "line", attrs));
    if (c.lijn === "onderbroken") {  /* two bars across the line, just before the person's box */
      var n = Math.hypot(l[2] - l[0], l[3] - l[1]), ux = (l[2] - l[0]) / n, uy = (l[3] - l[1]) / n;
      [14, 20].forEach(function (o) {
        var px = l[0] + ux * o, py = l[1] + uy * o;
        g.appendChild(svg("line", { x1: px - uy * 7, y1: py + ux * 7, x2: px + uy * 7, y2: py - ux * 7, stroke: "#000000", "stroke-width": 1.5 }));
      });
    }
  }
  function doos(g, d, p, lid) {
    var e = svg("g", { "class": "nk-persoon" + (lid ? " nk-huislid" : ""), "data-id": p.id, transform: "translate(" + d.x + " " + d.y + ")" });
    var rand = { width: d.b, height: d.h, rx: 4, fill: lid ? "#ececec" : "#ffffff", stroke: "#000000", "stroke-width": lid ? 2.5 : 1.5 };
    if (p.kaart.vroeger && !lid) rand["stroke-dasharray"] = "5 3";
    e.appendChild(svg("rect", rand));
    var naam = svg("text", { "font-size": 13, "font-weight": "bold", fill: "#000000", "class": "nk-naam" });
    d.naam.forEach(function (r, i) { naam.appendChild(svg("tspan", { x: 6, y: 15 + 16 * i }, r)); });  /* the lines together: the full name */
    e.appendChild(naam);
    if (d.tekens) {
      var t = e.appendChild(svg("text", { x: d.tekens.x, y: d.tekens.y, "font-size": 12, fill: "#000000", "class": "nk-tekens" }, lid ? "" : tekens(p)));
      if (merk(p)) t.appendChild(svg("tspan", { "font-style": "italic", "class": "nk-merk" }, lid ? merk(p).trim() : merk(p)));  /* a member: the mark alone */
    }
    g.appendChild(e);
  }
  /* The frame around the people: size, the family in the middle, the borders and names of the life
     areas where the layout puts them. */
  function kader(I) {
    var cx = I.midden[0], cy = I.midden[1];
    zet($(".nk-tekening"), { viewBox: "0 0 " + I.breedte + " " + I.hoogte });
    root.style.setProperty("--nk-b", I.breedte);
    zet($(".nk-kader"), { width: I.breedte - 2, height: I.hoogte - 2 });
    zet($(".nk-gezin"), { cx: cx, cy: cy });
    zet($(".nk-middentekst"), { x: cx, y: cy - 4 });
    zet($(".nk-schrijflijn"), { x1: cx - 60, y1: cy + 24, x2: cx + 60, y2: cy + 24 });
    var randen = K.alle(".nk-rand", root);
    I.gebieden.forEach(function (g, i) {
      zet(randen[i], { x1: g.rand[0], y1: g.rand[1], x2: g.rand[2], y2: g.rand[3] });
      zet(root.querySelector('.nk-gebied[data-gebied="' + g.id + '"]'), { x: g.label.x, y: g.label.y, "text-anchor": "start" });
    });
  }
  function zet(e, attrs) { if (e) for (var k in attrs) e.setAttribute(k, attrs[k]); }
  /* Print: a map taller than a page in parts of at most a page, each a window on the one drawing,
     cut where no box is: a box on the cut goes to the next part whole. */
  var PAGINA = 780;  /* drawing units in one A4 landscape page's height at names of 8 pt */
  function delen(I) {
    var vak = $("[data-nk-delen]"), dozen = I.dozen.concat(I.huis, I.huisrand ? [I.huisrand] : []).map(function (d) { return [d.y, d.y + d.h]; });
    I.gebieden.forEach(function (g) { dozen.push([g.label.y - 15, g.label.y - 15 + g.label.h]); });
    var stukken = [], y = 0;
    while (I.hoogte - y > PAGINA) {
      var snee = y + PAGINA;
      dozen.forEach(function (d) { if (d[0] < snee && d[1] > snee) snee = Math.min(snee, d[0] - 2); });
      stukken.push([y, snee]);
      y = snee;
    }
    vak.replaceChildren.apply(vak, stukken.length ? stukken.concat([[y, I.hoogte]]).map(function (s) {
      var deel = svg("svg", { "class": "nk-deel", viewBox: "0 " + s[0] + " " + I.breedte + " " + (s[1] - s[0]), "aria-hidden": "true", "font-family": $(".nk-tekening").getAttribute("font-family") });
      deel.appendChild(svg("use", { href: "#nk-inhoud" }));
      return deel;
    }) : []);
    vak.hidden = !stukken.length;
  }
  /* What the map says of a person, in words: the table's columns after the name. */
  function inWoorden(p) {
    var k = p.kaart, c = contact[k.contact], nog = "nog niet ingevuld";
    if (p.huishouden) return [HUIS, "–", "–", "–", k.meedenken ? "Ja" : "Nee", "–"];
    return [gebieden[k.gebied] ? gebieden[k.gebied].naam : nog, k.biedt.map(function (b) { return biedt[b].naam; }).join(", ") || nog,
      (c ? c.naam : nog) + (k.vroeger ? "; was vroeger belangrijk" : ""), k.beleving ? beleving[k.beleving].naam : nog, k.meedenken ? "Ja" : "Nee", steuntTekst(p)];
  }
  var HUIS = "Huishouden (in het midden)";
  /* Whom someone supports, in words: the members' names, or the whole family. */
  function steuntTekst(p) {
    var namen = p.kaart.steunt.map(function (id) { return N.persoon(id); }).filter(Boolean).map(function (q) { return q.naam; });
    return namen.length ? namen.join(", ") : "het hele gezin";
  }
  function naamEnRelatie(p, tag) { return [el(tag, { text: p.naam }), p.relatie ? el("span", { "class": "nk-relatie", text: " (" + p.relatie + ")" }) : null]; }
  /* Narrow screens: the map in words, per life area, with the table's column names. */
  function woorden(koppen) {
    var lijst = $("[data-nk-woorden-lijst]");
    var huis = N.huishouden();
    lijst.replaceChildren.apply(lijst, (huis.length ? [{ id: "", naam: HUIS }] : []).concat(M.gebieden).map(function (g) {
      var wie = N.mensen.filter(function (p) { return g.id ? !p.huishouden && p.kaart.gebied === g.id : p.huishouden; });
      return el("section", {}, [el("h4", { text: g.naam + " (" + wie.length + ")" }), el("ul", {}, wie.map(function (p) {
        return el("li", {}, naamEnRelatie(p, "strong").concat(merk(p) ? [el("em", { "class": "nk-merk", text: " (" + merk(p).trim() + ")" })] : [], p.huishouden ? [] : inWoorden(p).slice(1, huis.length ? 6 : 5).map(function (t, i) { return " " + koppen[i + 2] + ": " + t + "."; })));
      }))]);
    }));
    $("[data-nk-woorden]").hidden = !N.mensen.length;
  }
  function tekenKaart() {
    var lijnen = $(".nk-lijnen"), mensen = $(".nk-mensen"), buiten = [], wie = Object.create(null);
    lijnen.replaceChildren();
    mensen.replaceChildren();
    $(".nk-middentekst").textContent = pas(N.midden.trim() || M.midden, 180);
    var gezin = $(".nk-gezin"), huis = N.huishouden(), op = N.mensen.filter(function (p) { return !p.huishouden && gebieden[p.kaart.gebied]; });
    op.concat(huis).forEach(function (p) { wie[p.id] = p; });
    var I = K.netwerkIndeling({
      gebieden: M.gebieden, meet: meet, gezin: [+gezin.getAttribute("rx"), +gezin.getAttribute("ry")],
      huishouden: huis.map(function (p) { return { id: p.id, naam: p.naam, tekens: merk(p).trim() }; }),
      mensen: op.map(function (p) { return { id: p.id, naam: p.naam, gebied: p.kaart.gebied, tekens: tekens(p) + merk(p), steunt: p.kaart.steunt }; })
    });
    kader(I);
    /* With a household: its members in the middle in a frame, instead of the family's ellipse. */
    [".nk-gezin", ".nk-middentekst", ".nk-schrijflijn"].forEach(function (s) { if (I.huisrand) $(s).setAttribute("display", "none"); else $(s).removeAttribute("display"); });
    var uitleg = $("[data-nk-pijluitleg]");
    if (uitleg) uitleg.hidden = !I.huisrand;  /* the legend's arrow: only where the map can draw one */
    if (I.huisrand) {
      var r = I.huisrand;
      lijnen.appendChild(svg("rect", { "class": "nk-huisrand", x: r.x, y: r.y, width: r.b, height: r.h, rx: 10, fill: "#f6f6f6", stroke: "#000000", "stroke-width": 1 }));
    }
    I.dozen.forEach(function (d) { d.lijnen.forEach(function (l) { lijn(lijnen, wie[d.id], l); }); doos(mensen, d, wie[d.id]); });
    I.huis.forEach(function (d) { doos(mensen, d, wie[d.id], true); });
    delen(I);
    N.mensen.forEach(function (p) { if (!p.huishouden && !gebieden[p.kaart.gebied]) buiten.push(p.naam); });
    var f = $("[data-nk-buiten]");
    f.textContent = buiten.length ? "Nog niet op de kaart (kies een levensgebied): " + buiten.join(", ") + "." : "";
    f.hidden = !buiten.length;
  }

  /* A contact the family experiences as a burden (a beleving with belastend "ja") gets the
     ecogram's stressful line: short bars across its line, drawn as a wide stroke of short dashes
     (M.arcering) over a copy of the same line, whatever its shape. */
  function arceer() {
    var wie = naar(N.mensen);
    Array.prototype.forEach.call(root.querySelectorAll(".nk-lijnen .nk-lijn[data-persoon]"), function (l) {
      var p = wie[l.getAttribute("data-persoon")], b = p && beleving[p.kaart.beleving];
      if (!b || b.belastend !== "ja") return;
      var h = l.cloneNode(false);
      ["stroke-dasharray", "stroke-linecap", "data-lijn", "data-persoon", "data-naar", "marker-end"].forEach(function (a) { h.removeAttribute(a); });
      h.setAttribute("class", "nk-arcering");
      for (var k in M.arcering) h.setAttribute(k, M.arcering[k]);
      l.after(h);
    });
  }

  /* ---------- Table, who can think along, the header line ---------- */
  function tekenRest() {
    var midden = N.midden.trim();
    $("[data-nk-toon-midden]").textContent = midden;
    var data = N.mensen.length || midden ? [["Begonnen op ", N.begonnen], ["Laatst gewijzigd op ", N.datum]].filter(function (d) { return datumTekst(d[1]); })
      .map(function (d) { return d[0] + datumTekst(d[1]); }) : [];
    $("[data-nk-data]").textContent = data.join(" · ");
    $("[data-nk-data]").hidden = !data.length;
    var kop = $("[data-nk-toon-datum]");  /* on paper: the dates, or a line to write the date on */
    if (data.length) kop.replaceChildren.apply(kop, data.map(function (t) { return el("span", { "class": "nk-kopdatum", text: t }); }));
    else kop.replaceChildren("Datum: ", el("span", { "class": "nk-invul" }));
    var rijen = $("[data-nk-tabel]");
    /* each cell also says its column, shown where the rows stand stacked (narrow screens) */
    var koppen = K.alle(".nk-tabel thead th", root).map(function (th) { return th.textContent; });
    var metSteunt = N.huishouden().length > 0;  /* the column Steunt only with a household: else everyone supports the whole family */
    $("[data-nk-steunt-kop]").hidden = !metSteunt;
    rijen.replaceChildren.apply(rijen, N.mensen.map(function (p) {
      return el("tr", {}, [el("th", { scope: "row" }, naamEnRelatie(p, "span"))].concat(inWoorden(p).slice(0, metSteunt ? 6 : 5).map(function (t, i) {
        return el("td", {}, [el("span", { "class": "nk-kolom", text: koppen[i + 1] + ": " }), t]);
      })));
    }));
    woorden(koppen);
    $("[data-nk-tabelblok]").hidden = !N.mensen.length;
    var denkers = N.mensen.filter(function (p) { return p.kaart.meedenken; }), ul = $("[data-nk-meedenken] ul");
    ul.replaceChildren.apply(ul, denkers.map(function (p) { return el("li", {}, naamEnRelatie(p, "span")); }));
    $("[data-nk-meedenken]").hidden = !denkers.length;
  }
  function teken() { momenten.tekenUitslag(); tekenKaart(); arceer(); tekenRest(); }

  /* ---------- Editing a person ---------- */
  function keuzeGroep(p, titel, soort, lijst, waarde, zet) {
    var naam = "nk-" + soort + "-" + p.id;
    return el("fieldset", { "class": "nk-keuzes" }, [el("legend", { text: titel })].concat(
      [{ id: "", naam: "Nog niet ingevuld" }].concat(lijst).map(function (x) {
        var input = el("input", { type: "radio", name: naam, value: x.id, onchange: function () { zet(x.id); } });
        input.checked = waarde === x.id;
        return el("label", { "class": "nk-keuze" }, [input, x.naam]);
      })));
  }
  function vink(tekst, aan, zet, id) {
    var input = el("input", { type: "checkbox", onchange: function () { zet(input.checked); } });
    if (id) input.id = id;
    input.checked = aan;
    return el("label", { "class": "nk-keuze" }, [input, tekst]);
  }
  function tekstveld(id, label, waarde, max, zet) {
    var input = el("input", { type: "text", id: id, maxlength: max, autocomplete: "off", value: waarde, onchange: function () { zet(input); } });
    return el("p", {}, [el("label", { "for": id, text: label }), el("br"), input]);
  }
  function wijzig(p, doe, zin) { doe(p.kaart); N.bewaar(); teken(); meld(p.naam + ": " + zin + "."); }
  /* A person in the list: the name to open; its fields are made when it is first opened, so 500
     people stay quick. */
  function editor(p) {
    var d = el("details", { "class": "nk-persoon-invul", "data-id": p.id }, [el("summary", {}, [el("span", { "class": "nk-kopnaam", text: p.naam })])]);
    d.addEventListener("toggle", function () { if (d.open && d.childNodes.length == 1) d.append.apply(d, velden(p, d.querySelector(".nk-kopnaam"))); });
    return d;
  }
  function velden(p, kop) {
    var k = p.kaart;
    var weg = el("button", { type: "button", "class": "md-button nk-weg", text: "Verwijder", "aria-label": "Verwijder " + p.naam, onclick: function () { verwijder(p); } });
    var gebied = el("select", { id: "nk-g-" + p.id, onchange: function () {
      wijzig(p, function (k) { k.gebied = gebied.value; }, gebied.value ? "levensgebied " + gebieden[gebied.value].naam : "nog geen levensgebied");
    } }, [el("option", { value: "", text: "Nog niet gekozen" })].concat(M.gebieden.map(function (g) { return el("option", { value: g.id, text: g.naam }); })));
    gebied.value = k.gebied;
    var huis = vink("Hoort bij het huishouden (ouder of kind)", p.huishouden, function (aan) {
      p.huishouden = aan;
      N.steuntOpruimen();
      N.bewaar();
      tekenAlles();
      var d = root.querySelector('.nk-persoon-invul[data-id="' + p.id + '"]');
      d.open = true;
      d.dispatchEvent(new Event("toggle"));
      document.getElementById("nk-h-" + p.id).focus();
      meld(p.naam + (aan ? " hoort bij het huishouden en staat in het midden van de kaart." : " hoort niet meer bij het huishouden."));
    }, "nk-h-" + p.id);
    var leden = N.huishouden(), steunt = leden.length ? el("fieldset", { "class": "nk-keuzes nk-steunt" }, [el("legend", { text: "Wie krijgt steun van deze persoon?" }),
      el("p", { "class": "nk-hulp", text: "Niets aangevinkt: het hele gezin." })].concat(leden.map(function (q) {
      return vink(q.naam, k.steunt.indexOf(q.id) >= 0, function (aan) {
        wijzig(p, function (k) { k.steunt = leden.map(function (x) { return x.id; }).filter(function (id) { return id === q.id ? aan : k.steunt.indexOf(id) >= 0; }); },
          "steunt " + steuntTekst({ kaart: { steunt: k.steunt.filter(function (id) { return id !== q.id; }).concat(aan ? [q.id] : []) } }));
      });
    }))) : null;
    var naamVelden = [
      tekstveld("nk-n-" + p.id, "Naam of rol", p.naam, N.MAX.naam, function (input) {
        var oud = p.naam, mis = N.hernoem(p, input.value);
        if (mis) { input.value = p.naam; pagina.veldFout(input, mis); return; }
        input.value = kop.textContent = p.naam;
        weg.setAttribute("aria-label", "Verwijder " + p.naam);
        N.bewaar();
        teken();
        meld(oud + " heet nu " + p.naam + ", ook in de veiligheidscirkels en de olievlek.");
      }),
      tekstveld("nk-r-" + p.id, "Relatie tot het gezin", p.relatie, N.MAX.relatie, function (input) {
        p.relatie = input.value.trim().slice(0, N.MAX.relatie); N.bewaar(); teken(); meld(p.naam + ": relatie bewaard.");
      }),
      tekstveld("nk-o-" + p.id, "Korte notitie", p.notitie, N.MAX.notitie, function (input) {
        p.notitie = input.value.trim().slice(0, N.MAX.notitie); N.bewaar(); meld(p.naam + ": notitie bewaard.");
      }),
      huis
    ];
    if (p.huishouden) return naamVelden.concat([el("p", {}, [weg])]);
    return naamVelden.concat([
      el("p", {}, [el("label", { "for": "nk-g-" + p.id, text: "Levensgebied" }), el("br"), gebied]),
      el("fieldset", { "class": "nk-keuzes" }, [el("legend", { text: "Wat biedt deze persoon?" })].concat(M.biedt.map(function (b) {
        return vink(b.naam + " (" + b.letter + ")", k.biedt.indexOf(b.id) >= 0, function (aan) {
          wijzig(p, function (k) { k.biedt = M.biedt.map(function (x) { return x.id; }).filter(function (id) { return id === b.id ? aan : k.biedt.indexOf(id) >= 0; }); },
            b.naam + (aan ? " aangezet" : " uitgezet"));
        });
      }))),
      steunt,
      keuzeGroep(p, "Hoe is het contact nu?", "c", M.contact, k.contact, function (id) {
        wijzig(p, function (k) { k.contact = id; }, "contact " + (id ? contact[id].naam.toLowerCase() : "nog niet ingevuld"));
      }),
      vink("Was vroeger belangrijk", k.vroeger, function (aan) { wijzig(p, function (k) { k.vroeger = aan; }, aan ? "was vroeger belangrijk" : "niet vroeger belangrijk"); }),
      keuzeGroep(p, "Hoe ervaart het gezin het contact?", "b", M.beleving, k.beleving, function (id) {
        wijzig(p, function (k) { k.beleving = id; }, id ? beleving[id].naam.toLowerCase() : "beleving nog niet ingevuld");
      }),
      vink("Kan meedenken", k.meedenken, function (aan) { wijzig(p, function (k) { k.meedenken = aan; }, aan ? "kan meedenken" : "kan niet meedenken"); }),
      el("p", {}, [weg])
    ]).filter(Boolean);
  }
  /* Everything again: the editors too (after adding, removing, opening a file, wiping). */
  function tekenAlles() {
    $("[data-nk-midden]").value = N.midden;
    privacy.toon();
    var lijst = $("[data-nk-mensen]");
    lijst.replaceChildren.apply(lijst, N.mensen.map(editor));
    $("[data-nk-leeg]").hidden = N.mensen.length > 0;
    $("[data-nk-mensen-hulp]").hidden = !N.mensen.length;
    momenten.tekenLijst();
    teken();
  }
  function verwijder(p) {
    var i = N.mensen.indexOf(p);
    N.verwijder(p);
    N.bewaar();
    tekenAlles();
    var rest = root.querySelectorAll(".nk-persoon-invul summary");
    (rest[Math.min(i, rest.length - 1)] || $("#nk-naam")).focus();
    meld(p.naam + " is verwijderd uit het netwerk, uit alle cirkels, de olievlek en de netwerkkaart.");
  }

  /* ---------- Controls ---------- */
  pagina.start();

  $("[data-nk-midden]").addEventListener("input", function (e) {
    N.midden = K.schoon(e.target.value, N.MAX.midden);
    N.bewaar();
    teken();
  });
  $("[data-nk-toevoegen]").addEventListener("submit", function (e) {
    e.preventDefault();
    var p = N.voegToe($("#nk-naam").value, $("#nk-relatie").value);
    if (typeof p === "string") { pagina.veldFout($("#nk-naam"), p); return; }
    p.kaart.gebied = $("#nk-gebied").value;
    p.kaart.contact = $("#nk-contact").value;
    if ($("#nk-biedt").value) p.kaart.biedt = [$("#nk-biedt").value];
    p.huishouden = $("#nk-huis").checked;
    N.bewaar();
    tekenAlles();
    ["#nk-naam", "#nk-relatie", "#nk-contact", "#nk-biedt"].forEach(function (s) { $(s).value = ""; });
    $("#nk-huis").checked = false;
    $("#nk-naam").focus();
    meld(p.naam + " is toegevoegd " + (p.huishouden ? "aan het huishouden" : "bij " + gebieden[p.kaart.gebied].naam) + ". Open " + p.naam + " in de lijst om meer in te vullen.");
  });
})();
