/* Veiligheidscirkels: fill the five circles in the browser, with the family's network shared
   with the olievlek and the netwerkkaart (handreikingKern.netwerk: people entered once, each
   circle keeps only the ring a person is in). Everything stays in this browser, by the core's one rule (handreikingKern.privacy): this tab
   by default, the device only after the user opts in, for the site's keep period. Nothing is
   sent anywhere. Names are cleaned (K.schoon) and always text (textContent, SVG text nodes). */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector(".vc");
  var M = root && K.gegevens("veiligheidscirkels");  /* the circles and rings, from the build */
  if (!M) return;
  var N = K.netwerk;  /* the family network (kern/netwerk.js), with the page shell N.pagina */
  var MAX_NOTITIE = N.MAX.notitie, MAX_MIDDEN = N.MAX.midden;
  var PER_KRING = 12;
  var SVGNS = "http://www.w3.org/2000/svg", FONT = "Arial, Helvetica, sans-serif";
  var C = M.maat / 2;
  var cirkels = Object.create(null);  // no prototype: a circle id like "constructor" is unknown
  M.cirkels.forEach(function (c) { cirkels[c.id] = c; });

  var state = N, el = K.el;

  function $(sel, el) { return (el || root).querySelector(sel); }
  function $$(sel, el) { return Array.prototype.slice.call((el || root).querySelectorAll(sel)); }
  function datumTekst(iso) {
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso || "");
    return m ? K.datum(new Date(+m[1], +m[2] - 1, +m[3])) : "";
  }

  /* ---------- Storage: the shared network ---------- */
  function bewaar(gewijzigd) { N.bewaar(gewijzigd); }

  /* ---------- Messages ---------- */
  var pagina = N.pagina("vc", root, tekenAlles), meld = pagina.meld, privacy = pagina.privacy;

  /* ---------- Drawing names in the rings ---------- */
  var canvas = document.createElement("canvas").getContext("2d");
  function breedte(t, fs) { canvas.font = fs + "px " + FONT; return canvas.measureText(t).width; }
  function pas(t, max, fs) {
    if (breedte(t, fs) <= max) return t;
    var lo = 0, hi = t.length;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (breedte(t.slice(0, mid) + "…", fs) <= max) lo = mid; else hi = mid - 1; }
    return t.slice(0, lo).trim() + "…";
  }
  /* Horizontal slots (rows) inside ring k where a line of text of size fs fits entirely. */
  function rijen(k, fs) {
    var rIn = M.stralen[k] + 3, rOut = M.stralen[k + 1] - 3, h = fs * 1.3, uit = [];
    var labelBoven = -(M.stralen[k] + M.label[0] + M.label[1] + 13), labelOnder = -(M.stralen[k] + M.label[0] - 5);
    for (var y = -Math.floor(rOut / h) * h; y <= rOut; y += h) {
      var ver = Math.abs(y) + h / 2, dicht = Math.max(0, Math.abs(y) - h / 2);
      if (ver >= rOut || (y + h / 2 > labelBoven && y - h / 2 < labelOnder)) continue;
      var xo = Math.sqrt(rOut * rOut - ver * ver) - 4;
      if (dicht >= rIn) uit.push({ a: -xo, b: xo, y: y });
      else {
        var xi = Math.sqrt(rIn * rIn - dicht * dicht) + 4;
        if (xo - xi > fs) { uit.push({ a: -xo, b: -xi, y: y }); uit.push({ a: xi, b: xo, y: y }); }
      }
    }
    uit.forEach(function (r) { r.w = r.b - r.a; r.hoek = (Math.atan2(r.y, (r.a + r.b) / 2) + 2.5 * Math.PI) % (2 * Math.PI); });
    return uit.sort(function (p, q) { return p.hoek - q.hoek; });
  }
  /* Spread names around the ring: each goes to the row nearest its share of the circle that
     still has room; names sharing a row are centred together. Null when they do not fit. */
  function verdeel(rows, widths) {
    var m = rows.length, n = widths.length, gap = 10;
    var vul = rows.map(function (r) { return { r: r, items: [], used: 0 }; });
    for (var i = 0; i < n; i++) {
      var t = Math.floor((i + 0.5) * m / n), w = widths[i], plek = null;
      for (var d = 0; d < 2 * m && !plek; d++) {
        var v = vul[(((t + (d % 2 ? (d + 1) / 2 : -d / 2)) % m) + m) % m];
        if (v.used + (v.items.length ? gap : 0) + w <= v.r.w) plek = v;
      }
      if (!plek) return null;
      plek.used += (plek.items.length ? gap : 0) + w;
      plek.items.push(i);
    }
    var pos = [];
    vul.forEach(function (v) {
      var x = (v.r.a + v.r.b - v.used) / 2;
      v.items.forEach(function (idx) { pos[idx] = { x: x, y: v.r.y }; x += widths[idx] + gap; });
    });
    return pos;
  }
  var POGINGEN = [[16, 1e9], [14, 1e9], [12, 1e9], [12, 200], [12, 160], [10.5, 160], [10.5, 130], [10.5, 110], [10.5, 90], [10.5, 75], [10.5, 60], [10.5, 45]];
  function svgTekst(x, y, fs, tekst, cls) {
    var t = document.createElementNS(SVGNS, "text");
    t.setAttribute("x", (C + x).toFixed(1));
    t.setAttribute("y", (C + y + fs * 0.35).toFixed(1));
    t.setAttribute("font-size", fs);
    t.setAttribute("class", cls);
    t.textContent = tekst;
    return t;
  }
  function tekenKring(g, k, namen) {
    while (g.firstChild) g.removeChild(g.firstChild);
    if (!namen.length) return;
    if (namen.length <= PER_KRING) {
      for (var a = 0; a < POGINGEN.length; a++) {
        var fs = POGINGEN[a][0], max = POGINGEN[a][1], rows = rijen(k, fs);
        var teksten = namen.map(function (n) { return pas(n, max, fs); });
        var pos = verdeel(rows, teksten.map(function (t) { return breedte(t, fs); }));
        if (!pos) continue;
        teksten.forEach(function (t, i) {
          var node = svgTekst(pos[i].x, pos[i].y, fs, t, "vc-naam");
          if (t !== namen[i]) { var titel = document.createElementNS(SVGNS, "title"); titel.textContent = namen[i]; node.appendChild(titel); }
          g.appendChild(node);
        });
        return;
      }
    }
    var onder = rijen(k, 12).filter(function (r) { return r.y > 0; }).sort(function (p, q) { return q.w - p.w; })[0];
    var t = namen.length + " mensen: zie de lijst bij kring " + (k + 1);
    g.appendChild(svgTekst(-breedte(t, 12) / 2, onder.y, 12, t, "vc-naam vc-meer"));
  }

  /* ---------- Rendering ---------- */
  function kringVan(p, c) { return p.kringen[c.id] || ""; }
  function tekenCirkels() {
    var midden = state.midden.trim();
    $$("[data-vc-toon-midden]").forEach(function (n) { n.textContent = midden; });
    $$("[data-vc-toon-datum]").forEach(function (n) { n.textContent = state.mensen.length || midden ? datumTekst(state.datum) : ""; });
    $$(".vc-middentekst").forEach(function (n) { n.textContent = pas(midden || M.midden, 96, 16); });
    M.cirkels.forEach(function (c) {
      var sectie = $('.vc-cirkel[data-cirkel="' + c.id + '"]');
      c.kringen.forEach(function (kring, k) {
        var wie = state.mensen.filter(function (p) { return kringVan(p, c) === kring.id; });
        tekenKring($('.vc-namen[data-kring="' + kring.id + '"]', sectie), k, wie.map(function (p) { return p.naam; }));
        var blok = $('.vc-kringlijst[data-kring="' + kring.id + '"]', sectie), ol = $("ol", blok);
        while (ol.firstChild) ol.removeChild(ol.firstChild);
        wie.forEach(function (p) {
          ol.appendChild(el("li", {}, [el("span", { text: p.naam }), p.notitie ? el("span", { "class": "vc-notitie", text: " – " + p.notitie }) : null]));
        });
        blok.setAttribute("data-leeg", wie.length ? "nee" : "ja");
      });
    });
  }
  function zetKring(p, c, rid, focus) {
    if (rid) p.kringen[c.id] = rid; else delete p.kringen[c.id];
    bewaar();
    var r = $("#vc-r-" + p.id + "-" + c.id + "-" + (rid || "geen"));
    if (r) { r.checked = true; if (focus) r.focus(); }
    tekenCirkels();
    var kring = c.kringen.filter(function (k) { return k.id === rid; })[0];
    meld(p.naam + ": cirkel " + c.nummer + ", " + (kring ? "kring " + (c.kringen.indexOf(kring) + 1) + " (" + kring.tekst + ")" : "nog niet geplaatst") + ".");
  }
  function schuif(p, c, stap) {
    var ids = [""].concat(c.kringen.map(function (k) { return k.id; }));
    var i = ids.indexOf(kringVan(p, c)), j = i + stap;
    if (i === 0 && stap < 0) j = 1;
    if (j < 1 || j >= ids.length) { meld(p.naam + " staat al in de " + (stap < 0 ? "binnenste" : "buitenste") + " kring van cirkel " + c.nummer + "."); return; }
    zetKring(p, c, ids[j], false);
  }
  function plaatsBlok(p, c) {
    var naam = "vc-r-" + p.id + "-" + c.id;
    var keuzes = [{ id: "", voor: "", label: "Nergens", na: "" }].concat(c.kringen.map(function (k, i) { return { id: k.id, voor: "Kring ", label: String(i + 1), na: " – " + k.tekst }; }));
    return el("fieldset", { "class": "vc-persoon" }, [
      el("legend", { text: p.naam }),
      el("div", { "class": "vc-keuzes" }, keuzes.map(function (k) {
        var input = el("input", { type: "radio", name: naam, id: naam + "-" + (k.id || "geen"), value: k.id,
          onchange: function () { zetKring(p, c, k.id, false); } });
        if (kringVan(p, c) === k.id) input.checked = true;
        return el("label", { "class": "vc-keuze" }, [input, el("span", { "class": "vc-vh", text: k.voor }), el("span", { text: k.label }), el("span", { "class": "vc-vh", text: k.na })]);
      })),
      el("div", { "class": "vc-schuif" }, [
        el("button", { type: "button", "class": "vc-knop", text: "◀ Naar binnen", "aria-label": "Naar binnen: " + p.naam, onclick: function () { schuif(p, c, -1); } }),
        el("button", { type: "button", "class": "vc-knop", text: "Naar buiten ▶", "aria-label": "Naar buiten: " + p.naam, onclick: function () { schuif(p, c, 1); } })
      ])
    ]);
  }
  function tekenAlles() {
    $("[data-vc-midden]").value = state.midden;
    privacy.toon();
    var lijst = $("[data-vc-netwerk]");
    while (lijst.firstChild) lijst.removeChild(lijst.firstChild);
    state.mensen.forEach(function (p) {
      lijst.appendChild(el("li", { "data-id": p.id }, [
        el("span", { "class": "vc-naamtekst", text: p.naam }),
        p.notitie ? el("span", { "class": "vc-notitie", text: " – " + p.notitie }) : null,
        el("button", { type: "button", "class": "vc-knop vc-weg", text: "Verwijder", "aria-label": "Verwijder " + p.naam, onclick: function () { verwijder(p); } })
      ]));
    });
    $("[data-vc-netwerk-leeg]").hidden = state.mensen.length > 0;
    M.cirkels.forEach(function (c) {
      var blok = $('.vc-cirkel[data-cirkel="' + c.id + '"] [data-vc-plaatsen]');
      while (blok.firstChild) blok.removeChild(blok.firstChild);
      blok.appendChild(el("h3", { text: "Plaats iedereen in cirkel " + c.nummer }));
      if (state.mensen.length) blok.appendChild(el("p", { "class": "vc-hulp", text: "Kies per persoon kring 1 (dichtbij het gezin), 2 of 3 (verst weg). Met de pijltjestoetsen of de knoppen schuif je iemand naar binnen of naar buiten." }));
      if (!state.mensen.length) blok.appendChild(el("p", { text: "Voeg eerst mensen toe aan het netwerk (bovenaan de pagina)." }));
      state.mensen.forEach(function (p) { blok.appendChild(plaatsBlok(p, c)); });
      blok.hidden = false;
    });
    tekenCirkels();
  }
  function verwijder(p) {
    var i = state.mensen.indexOf(p);
    N.verwijder(p);
    bewaar();
    tekenAlles();
    var knoppen = $$(".vc-weg");
    (knoppen[Math.min(i, knoppen.length - 1)] || $("#vc-naam")).focus();
    meld(p.naam + " is verwijderd uit het netwerk, uit alle cirkels, de olievlek en de netwerkkaart.");
  }


  /* ---------- Controls ---------- */
  pagina.start();

  $("[data-vc-midden]").addEventListener("input", function (e) {
    state.midden = K.schoon(e.target.value, MAX_MIDDEN);
    bewaar();
    tekenCirkels();
  });
  $("[data-vc-toevoegen]").addEventListener("submit", function (e) {
    e.preventDefault();
    var p = N.voegToe($("#vc-naam").value, "", $("#vc-notitie").value.slice(0, MAX_NOTITIE));
    if (typeof p === "string") { pagina.veldFout($("#vc-naam"), p); return; }
    var naam = p.naam;
    bewaar();
    tekenAlles();
    $("#vc-naam").value = "";
    $("#vc-notitie").value = "";
    $("#vc-naam").focus();
    meld(naam + " is toegevoegd. Plaats " + naam + " nu in een kring van elke cirkel.");
  });
})();
