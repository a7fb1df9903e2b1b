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
  var SVGNS = "http://www.w3.org/2000/svg", FONT = "Arial, Helvetica, sans-serif";
  var BW = M.doos[0], BH = M.doos[1], CX = M.maat[0] / 2, CY = M.maat[1] / 2;
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
  var pagina = N.pagina("nk", root, tekenAlles), meld = pagina.meld, fout = pagina.fout, privacy = pagina.privacy;

  /* ---------- The drawing ---------- */
  var canvas = document.createElement("canvas").getContext("2d");
  function breedte(t, fs) { canvas.font = "bold " + fs + "px " + FONT; return canvas.measureText(t).width; }
  function pas(t, max, fs) {
    if (breedte(t, fs) <= max) return t;
    var lo = 0, hi = t.length;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (breedte(t.slice(0, mid) + "…", fs) <= max) lo = mid; else hi = mid - 1; }
    return t.slice(0, lo).trim() + "…";
  }
  function tekens(p) {
    var k = p.kaart, t = [];
    if (k.beleving) t.push(beleving[k.beleving].teken);
    t.push(k.biedt.map(function (b) { return biedt[b].letter; }).join(" "));
    if (k.meedenken) t.push("M");
    return t.filter(Boolean).join("  ");
  }
  function lijn(g, p, x, y) {
    var c = contact[p.kaart.contact];
    if (!c) return;
    var mx = x + BW / 2, my = y + BH / 2, attrs = { x1: CX, y1: CY, x2: mx, y2: my, stroke: "#000000", "class": "nk-lijn", "data-lijn": c.lijn, "data-persoon": p.id };
    var stijl = M.lijnen[c.lijn];
    for (var k in stijl) attrs[k] = stijl[k];
    g.appendChild(svg("line", attrs));
    if (c.lijn === "onderbroken") {  /* two bars across the line, just outside the person's box */
      var dx = CX - mx, dy = CY - my, l = Math.hypot(dx, dy) || 1, ux = dx / l, uy = dy / l;
      var s = Math.min(BW / 2 / (Math.abs(ux) || 1e-9), BH / 2 / (Math.abs(uy) || 1e-9)) + 14;
      [0, 6].forEach(function (o) {
        var px = mx + ux * (s + o), py = my + uy * (s + o);
        g.appendChild(svg("line", { x1: px - uy * 7, y1: py + ux * 7, x2: px + uy * 7, y2: py - ux * 7, stroke: "#000000", "stroke-width": 1.5 }));
      });
    }
  }
  function doos(g, x, y, regels, p) {
    var d = svg("g", { "class": "nk-persoon", transform: "translate(" + x + " " + y + ")" });
    var rand = { width: BW, height: BH, rx: 4, fill: "#ffffff", stroke: "#000000", "stroke-width": 1.5 };
    if (p && p.kaart.vroeger) rand["stroke-dasharray"] = "5 3";
    d.appendChild(svg("rect", rand));
    regels.forEach(function (r, i) {
      var t = svg("text", { x: 6, y: i ? 29 : 14, "font-size": i ? 12 : 13, "font-weight": i ? "normal" : "bold", fill: "#000000", "class": i ? "nk-tekens" : "nk-naam" }, r);
      if (!i && p && r !== p.naam) t.appendChild(svg("title", {}, p.naam));
      d.appendChild(t);
    });
    g.appendChild(d);
  }
  function tekenKaart() {
    var lijnen = $(".nk-lijnen"), mensen = $(".nk-mensen"), buiten = [];
    lijnen.replaceChildren();
    mensen.replaceChildren();
    $(".nk-middentekst").textContent = pas(N.midden.trim() || M.midden, 180, 18);
    M.gebieden.forEach(function (g) {
      var wie = N.mensen.filter(function (p) { return p.kaart.gebied === g.id; });
      if (wie.length > g.plekken.length) {
        doos(mensen, g.plekken[0][0], g.plekken[0][1], [K.aantal(wie.length, "persoon", "mensen") + ":", "zie de tabel"]);
        return;
      }
      wie.forEach(function (p, i) {
        var x = g.plekken[i][0], y = g.plekken[i][1];
        lijn(lijnen, p, x, y);
        doos(mensen, x, y, [pas(p.naam, BW - 12, 13), tekens(p)], p);
      });
    });
    N.mensen.forEach(function (p) { if (!p.kaart.gebied) buiten.push(p.naam); });
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
      ["stroke-dasharray", "stroke-linecap", "data-lijn", "data-persoon"].forEach(function (a) { h.removeAttribute(a); });
      h.setAttribute("class", "nk-arcering");
      for (var k in M.arcering) h.setAttribute(k, M.arcering[k]);
      l.after(h);
    });
  }

  /* ---------- Table, who can think along, the header line ---------- */
  function tekenRest() {
    var midden = N.midden.trim();
    $("[data-nk-toon-midden]").textContent = midden;
    $("[data-nk-toon-datum]").textContent = N.mensen.length || midden ? datumTekst(N.datum) : "";
    var rijen = $("[data-nk-tabel]"), nog = "nog niet ingevuld";
    rijen.replaceChildren.apply(rijen, N.mensen.map(function (p) {
      var k = p.kaart, c = contact[k.contact];
      return el("tr", {}, [
        el("th", { scope: "row" }, [el("span", { text: p.naam }), p.relatie ? el("span", { "class": "nk-relatie", text: " (" + p.relatie + ")" }) : null]),
        el("td", { text: k.gebied ? gebieden[k.gebied].naam : nog }),
        el("td", { text: k.biedt.map(function (b) { return biedt[b].naam; }).join(", ") || nog }),
        el("td", { text: (c ? c.naam : nog) + (k.vroeger ? "; was vroeger belangrijk" : "") }),
        el("td", { text: k.beleving ? beleving[k.beleving].naam : nog }),
        el("td", { text: k.meedenken ? "Ja" : "Nee" })
      ]);
    }));
    $("[data-nk-tabelblok]").hidden = !N.mensen.length;
    var denkers = N.mensen.filter(function (p) { return p.kaart.meedenken; }), ul = $("[data-nk-meedenken] ul");
    ul.replaceChildren.apply(ul, denkers.map(function (p) {
      return el("li", {}, [el("span", { text: p.naam }), p.relatie ? el("span", { "class": "nk-relatie", text: " (" + p.relatie + ")" }) : null]);
    }));
    $("[data-nk-meedenken]").hidden = !denkers.length;
  }
  function teken() { tekenKaart(); arceer(); tekenRest(); }

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
  function vink(tekst, aan, zet) {
    var input = el("input", { type: "checkbox", onchange: function () { zet(input.checked); } });
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
    return [
      tekstveld("nk-n-" + p.id, "Naam of rol", p.naam, N.MAX.naam, function (input) {
        var oud = p.naam, mis = N.hernoem(p, input.value);
        if (mis) { fout(mis); input.value = p.naam; return; }
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
      el("p", {}, [el("label", { "for": "nk-g-" + p.id, text: "Levensgebied" }), el("br"), gebied]),
      el("fieldset", { "class": "nk-keuzes" }, [el("legend", { text: "Wat biedt deze persoon?" })].concat(M.biedt.map(function (b) {
        return vink(b.naam + " (" + b.letter + ")", k.biedt.indexOf(b.id) >= 0, function (aan) {
          wijzig(p, function (k) { k.biedt = M.biedt.map(function (x) { return x.id; }).filter(function (id) { return id === b.id ? aan : k.biedt.indexOf(id) >= 0; }); },
            b.naam + (aan ? " aangezet" : " uitgezet"));
        });
      }))),
      keuzeGroep(p, "Hoe is het contact nu?", "c", M.contact, k.contact, function (id) {
        wijzig(p, function (k) { k.contact = id; }, "contact " + (id ? contact[id].naam.toLowerCase() : "nog niet ingevuld"));
      }),
      vink("Was vroeger belangrijk", k.vroeger, function (aan) { wijzig(p, function (k) { k.vroeger = aan; }, aan ? "was vroeger belangrijk" : "niet vroeger belangrijk"); }),
      keuzeGroep(p, "Hoe ervaart het gezin het contact?", "b", M.beleving, k.beleving, function (id) {
        wijzig(p, function (k) { k.beleving = id; }, id ? beleving[id].naam.toLowerCase() : "beleving nog niet ingevuld");
      }),
      vink("Kan meedenken", k.meedenken, function (aan) { wijzig(p, function (k) { k.meedenken = aan; }, aan ? "kan meedenken" : "kan niet meedenken"); }),
      el("p", {}, [weg])
    ];
  }
  /* Everything again: the editors too (after adding, removing, opening a file, wiping). */
  function tekenAlles() {
    $("[data-nk-midden]").value = N.midden;
    privacy.toon();
    var lijst = $("[data-nk-mensen]");
    lijst.replaceChildren.apply(lijst, N.mensen.map(editor));
    $("[data-nk-leeg]").hidden = N.mensen.length > 0;
    $("[data-nk-mensen-hulp]").hidden = !N.mensen.length;
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
    if (typeof p === "string") { fout(p); $("#nk-naam").focus(); return; }
    p.kaart.gebied = $("#nk-gebied").value;
    N.bewaar();
    tekenAlles();
    $("#nk-naam").value = "";
    $("#nk-relatie").value = "";
    $("#nk-naam").focus();
    meld(p.naam + " is toegevoegd bij " + gebieden[p.kaart.gebied].naam + ". Open " + p.naam + " in de lijst om meer in te vullen.");
  });
})();
