/* Veiligheidscirkels: fill the five circles in the browser.
   Everything stays in this browser, by the core's one rule (handreikingKern.privacy): this tab
   by default, the device only after the user opts in, for the site's keep period. Nothing is
   sent anywhere. Names are cleaned (K.schoon) and always text (textContent, SVG text nodes). */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector(".vc");
  var M = root && K.gegevens("veiligheidscirkels");  /* the circles and rings, from the build */
  if (!M) return;
  var opslag = K.opslag("handreiking.veiligheidscirkels");  /* scoped to this copy of the site */
  var SOORT = "veiligheidscirkels", VERSIE = 1;
  var MAX_MENSEN = 500, MAX_NAAM = 200, MAX_NOTITIE = 500, MAX_MIDDEN = 60;
  var PER_KRING = 12;
  var SVGNS = "http://www.w3.org/2000/svg", FONT = "Arial, Helvetica, sans-serif";
  var C = M.maat / 2;
  var cirkels = Object.create(null);  // no prototype: a circle id like "constructor" is unknown
  M.cirkels.forEach(function (c) { cirkels[c.id] = c; });

  var state = leeg(), uid = 0, el = K.el;

  function $(sel, el) { return (el || root).querySelector(sel); }
  function $$(sel, el) { return Array.prototype.slice.call((el || root).querySelectorAll(sel)); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function vandaag() { var d = new Date(); return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }
  function datumTekst(iso) {
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso || "");
    return m ? K.datum(new Date(+m[1], +m[2] - 1, +m[3])) : "";
  }
  function leeg() { return { midden: "", datum: vandaag(), mensen: [] }; }
  function kort(t) { return t.length > 40 ? t.slice(0, 39) + "…" : t; }

  /* ---------- Storage ---------- */
  function bestand() {
    return { soort: SOORT, versie: VERSIE, datum: state.datum, midden: state.midden,
      mensen: state.mensen.map(function (p) { return { naam: p.naam, notitie: p.notitie, kringen: p.kringen }; }) };
  }
  function bewaar(gewijzigd) {
    if (gewijzigd !== false) state.datum = vandaag();
    privacy.bewaar(JSON.stringify(bestand()));
  }
  function laad() {
    var tekst = opslag.lees();
    if (tekst === null) return;
    var r = controleer(tekst);
    if (r.data) zet(r.data);
  }
  function zet(data) {
    state = data;
    state.mensen.forEach(function (p) { p.id = ++uid; });
  }

  /* ---------- Validation of a stored or imported worksheet ---------- */
  var KIES = "Kies een bestand dat je hier met ‘Bewaar als bestand’ hebt gemaakt.", NIET_WERKBLAD = "Dit bestand is geen werkblad van deze pagina. " + KIES;
  function controleer(tekst) {
    if (!tekst.trim()) return { fout: "Het bestand is leeg. " + KIES };
    var d;
    try { d = JSON.parse(tekst); } catch (e) { return { fout: "Deze pagina kan dit bestand niet lezen: het is geen werkblad. " + KIES }; }
    if (!d || typeof d !== "object" || Array.isArray(d) || d.soort !== SOORT) return { fout: NIET_WERKBLAD };
    function type(zin) { return { fout: zin + " Er is niets veranderd." }; }
    if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return type("Het versienummer van het werkblad ontbreekt of is beschadigd.");
    if (d.versie > VERSIE) return { fout: "Dit werkblad is gemaakt met een nieuwere versie van deze pagina (versie " + d.versie + "); deze pagina kent versie " + VERSIE + ". Open het op de site waarop het is gemaakt." };
    if (typeof d.midden !== "string") return type("De naam in het midden ontbreekt of is beschadigd.");
    var midden = K.schoon(d.midden);
    if (typeof d.datum !== "string") return type("De datum ontbreekt of is beschadigd.");
    if (!Array.isArray(d.mensen)) return type("Het netwerk ontbreekt of is beschadigd.");
    if (midden.length > MAX_MIDDEN) return type("De naam in het midden is langer dan " + MAX_MIDDEN + " tekens.");
    if (d.mensen.length > MAX_MENSEN) return { fout: "Dit werkblad heeft " + d.mensen.length + " mensen; er passen er hoogstens " + MAX_MENSEN + " in. Er is niets veranderd." };
    var mensen = [];
    for (var i = 0; i < d.mensen.length; i++) {
      var p = d.mensen[i], wie = "persoon " + (i + 1), Wie = "P" + wie.slice(1);
      if (!p || typeof p !== "object" || Array.isArray(p)) return type(Wie + " is beschadigd.");
      if (typeof p.naam !== "string") return type("De naam van " + wie + " ontbreekt of is beschadigd.");
      var naam = K.schoon(p.naam);
      if (!naam) return type(Wie + " heeft geen naam met zichtbare tekens.");
      if (naam.length > MAX_NAAM) return { fout: "De naam van " + wie + " is " + naam.length + " tekens lang; een naam mag hoogstens " + MAX_NAAM + " tekens hebben. Er is niets veranderd." };
      if (p.notitie !== undefined && typeof p.notitie !== "string") return type("De notitie van " + wie + " is beschadigd.");
      if ((p.notitie || "").length > MAX_NOTITIE) return type("De notitie van " + wie + " is langer dan " + MAX_NOTITIE + " tekens.");
      if (!p.kringen || typeof p.kringen !== "object" || Array.isArray(p.kringen)) return type("De kringen van " + wie + " zijn beschadigd.");
      var kringen = {};
      for (var cid in p.kringen) {
        if (!Object.prototype.hasOwnProperty.call(p.kringen, cid)) continue;
        var rid = p.kringen[cid], c = cirkels[cid];
        if (typeof rid !== "string") return type("De kring van " + wie + " in cirkel " + (c ? c.nummer : "‘" + kort(cid) + "’") + " is beschadigd.");
        var plek = c && c.kringen.filter(function (k) { return k.id === rid; }).length;
        if (!plek) {
          return { fout: Wie + " (‘" + kort(p.naam) + "’) staat in " +
            (c ? "cirkel " + c.nummer + " in kring ‘" + kort(rid) + "’, maar die kring bestaat niet" : "cirkel ‘" + kort(cid) + "’, maar die cirkel bestaat niet") +
            ". Er is niets veranderd." };
        }
        kringen[cid] = rid;
      }
      mensen.push({ naam: naam, notitie: p.notitie || "", kringen: kringen });
    }
    return { data: { midden: midden, datum: d.datum, mensen: mensen } };
  }

  /* ---------- Messages ---------- */
  var statusEl = $("[data-vc-status]"), foutEl = $("[data-vc-fout]");
  var zegStatus = K.melder(statusEl), zegFout = K.melder(foutEl);
  function meld(t) { foutEl.textContent = ""; zegStatus(t); }
  function fout(t) { statusEl.textContent = ""; zegFout(t); }
  var privacy = K.privacy(opslag, { cls: "vc", meld: meld, fout: fout, exporteer: exporteer,
    tekst: function () { return JSON.stringify(bestand()); },
    leeg: function () { zet(leeg()); tekenAlles(); } });
  $("[data-vc-privacy]").replaceWith(privacy.blok);
  $("[data-vc-wis]").after(" ", privacy.wisKnop);

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
    state.mensen.splice(i, 1);
    bewaar();
    tekenAlles();
    var knoppen = $$(".vc-weg");
    (knoppen[Math.min(i, knoppen.length - 1)] || $("#vc-naam")).focus();
    meld(p.naam + " is verwijderd uit het netwerk en uit alle cirkels.");
  }

  function exporteer() {
    K.exporteer("veiligheidscirkels-" + state.datum + ".json", bestand(), function (versleuteld) {
      meld("Het werkblad is " + (versleuteld ? "versleuteld " : "") + "als bestand bewaard (" + K.aantal(state.mensen.length, "persoon", "mensen") + ").");
    });
  }

  /* ---------- Controls ---------- */
  laad();
  $(".vc-app").hidden = false;
  tekenAlles();
  if (window.handreikingGestart) {  /* loaded because the reader pressed "Invullen op dit apparaat" */
    var kop = $("#vc-app-kop");
    kop.setAttribute("tabindex", "-1");
    kop.focus();
  }

  $("[data-vc-midden]").addEventListener("input", function (e) {
    state.midden = K.schoon(e.target.value, MAX_MIDDEN);
    bewaar();
    tekenCirkels();
  });
  $("[data-vc-toevoegen]").addEventListener("submit", function (e) {
    e.preventDefault();
    var naam = K.schoon($("#vc-naam").value, MAX_NAAM), notitie = $("#vc-notitie").value.trim().slice(0, MAX_NOTITIE);
    if (!naam) { fout($("#vc-naam").value.trim() ? K.onzichtbaar + " Er is niemand toegevoegd." : "Vul een naam of rol in."); $("#vc-naam").focus(); return; }
    if (state.mensen.length >= MAX_MENSEN) { fout("Er passen hoogstens " + MAX_MENSEN + " mensen in het werkblad."); return; }
    state.mensen.push({ id: ++uid, naam: naam, notitie: notitie, kringen: {} });
    bewaar();
    tekenAlles();
    $("#vc-naam").value = "";
    $("#vc-notitie").value = "";
    $("#vc-naam").focus();
    meld(naam + " is toegevoegd. Plaats " + naam + " nu in een kring van elke cirkel.");
  });
  $("[data-vc-wis]").addEventListener("click", function () {
    K.bevestig("Alles wissen? Het netwerk, de naam in het midden en alle plaatsingen worden verwijderd. Dit kun je niet ongedaan maken.", function () {
      zet(leeg());
      opslag.wis();
      tekenAlles();
      meld("Alles is gewist.");
    });
  });
  $("[data-vc-export]").addEventListener("click", exporteer);
  $("[data-vc-import]").addEventListener("change", function (e) {
    var file = e.target.files && e.target.files[0];
    e.target.value = "";
    if (file) K.leesBestand(file, { soort: SOORT, controleer: controleer, fout: fout, klaar: function (data) {
      if (state.mensen.length && !window.confirm("Het bestand vervangt wat nu is ingevuld. Doorgaan?")) return;
      zet(data);
      bewaar(false);
      tekenAlles();
      meld("Het werkblad is geopend: " + K.aantal(state.mensen.length, "persoon", "mensen") + ".");
    } });
  });
  $("[data-vc-print]").addEventListener("click", function () { window.print(); });
})();
