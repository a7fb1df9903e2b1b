/* Vraagkaarten: the deck builder (progressive enhancement, no dependencies); its printed sheets are
   vellen.js and "Trek een kaart" trekken.js, joined in front of this file at build time.
   Loaded on request (the page's "Kaarten samenstellen" button, see partials/laden-js.html), or at
   once when this browser keeps a choice or the address carries shared cards. The build puts
   a head in front of this file (partials/vraagkaarten/bouwer-js.html) that registers
   handreikingKern.gegevens("vraagkaarten"): the builder's markup, the sheet geometry the PDFs
   use, the storage key. The page itself holds only the cards.
   Choice, favourites and own questions stay in this browser by the core's one rule
   (handreikingKern.privacy): this tab by default, the device after the user opts in (or when it
   already keeps them there), for the site's keep period. User text is only ever set with
   textContent; own questions are cleaned (K.schoon). Sheets use the geometry the PDFs use. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  var gebouwd = K.gegevens("vraagkaarten");  /* from the build: markup, geometry, decks, keys */
  var start = document.querySelector(".vk-start");
  if (!gebouwd || !start || document.getElementById("vk-bouwer")) return;
  var hier = (document.currentScript || document.querySelector('script[src*="vraagkaarten.js"]')).src;
  /* Static markup rendered at build time from partials/vraagkaarten/bouwer.html: no user text. */
  start.insertAdjacentHTML("afterend", gebouwd.html);
  var bouwer = document.getElementById("vk-bouwer");
  var opslag = K.opslag(gebouwd.sleutel);  /* scoped to this copy of the site */
  var MAX = 300, SOORT = "vraagkaarten-keuze", VERSIE = 1, MAX_BYTES = 1024 * 1024, MAX_EIGEN = 500;
  var geo = gebouwd.geometrie;
  var EIGEN = { titel: "Mijn vragen", kleur: "#3d3d3d", patroon: "zigzag" };
  var $ = K.een, $$ = K.alle;
  var zeg = K.melder($("#vk-status"));
  var privacy = K.privacy(opslag, { cls: "vk", meld: zeg, fout: zeg, exporteer: exporteer, leeg: legen,
    tekst: function () { return JSON.stringify(state); } });
  $("#vk-privacy").replaceWith(privacy.blok);
  privacy.wisKnop.className = "md-button vk-knop vk-knop--wis";
  $('[data-actie="wissen"]', bouwer).after(" ", privacy.wisKnop);
  var kaarten = Object.create(null);  // no prototype, so an id like "constructor" is no card; id -> {id, cel, stapel, stapelTitel, titel, tekst, toelichting, kleur, patroon}
  var volgorde = [];
  var state;

  function leeg() {
    return { gekozen: [], favorieten: [], eigen: [], layout: "8", achter: true, snijlijnen: false, dx: 0, dy: 0 };
  }
  function laden() {
    var s = leeg();
    try {
      var bewaard = JSON.parse(opslag.lees() || "{}");
      Object.keys(s).forEach(function (k) { if (k in bewaard) s[k] = bewaard[k]; });
    } catch (e) { /* no storage: start empty */ }
    s.eigen = (Array.isArray(s.eigen) ? s.eigen : []).filter(geldigEigen).map(function (v) { return { id: v.id, tekst: K.schoon(v.tekst, MAX) }; });
    ["gekozen", "favorieten"].forEach(function (k) { if (!Array.isArray(s[k])) s[k] = []; });
    ["dx", "dy"].forEach(function (k) { var w = millimeters(s[k]); s[k] = w === null ? 0 : w; });
    return s;
  }
  function bewaren() {
    var tekst = JSON.stringify(state);
    /* Nothing to keep in the tab: store nothing, so the next visit stays light (no script
       until asked). A failed save is shown with "Bewaar nu als bestand"; the page goes on from memory. */
    if (tekst === JSON.stringify(leeg()) && !opslag.blijvend) { opslag.wis(); privacy.toon(); }
    else privacy.bewaar(tekst);
  }
  function geldigEigen(v) {
    return v && typeof v.id === "string" && /^eigen-[a-z0-9]+$/.test(v.id) && typeof v.tekst === "string" &&
      K.schoon(v.tekst, MAX) !== "" && v.tekst.length <= MAX;
  }
  function el(tag, cls, tekst) { return K.el(tag, { "class": cls, text: tekst }); }  /* shorthand */
  function heeft(lijst, id) { return lijst.indexOf(id) >= 0; }
  function wissel(lijst, id, aan) {
    var i = lijst.indexOf(id);
    if (aan && i < 0) lijst.push(id);
    if (!aan && i >= 0) lijst.splice(i, 1);
  }

  /* Cards: the page's own, then "Mijn vragen". */
  function bediening(k) {
    var tekstId = "vk-tekst-" + k.id;
    $("p:not([class])", k.cel).id = tekstId;
    var balk = el("div", "vk-bediening");
    var label = el("label", "vk-kies");
    var vink = el("input");
    vink.type = "checkbox";
    vink.setAttribute("aria-describedby", tekstId);
    label.appendChild(vink);
    label.appendChild(document.createTextNode("Kies"));
    vink.addEventListener("change", function () { wissel(state.gekozen, k.id, vink.checked); bijwerken(); });
    var ster = el("button", "vk-klein vk-ster", "☆ Favoriet");
    ster.type = "button";
    ster.setAttribute("aria-pressed", "false");
    ster.setAttribute("aria-describedby", tekstId);
    ster.addEventListener("click", function () {
      wissel(state.favorieten, k.id, !heeft(state.favorieten, k.id));
      bijwerken();
      if (k.cel.hidden) verborgen(k);
    });
    balk.appendChild(label);
    balk.appendChild(ster);
    k.vink = vink;
    k.ster = ster;
    k.cel.appendChild(balk);
    return balk;
  }
  /* The page's cards, deck by deck (name, colour and pattern of each deck come from the build). */
  $$(".vk-stapel").forEach(function (stapel) {
    var deck = gebouwd.stapels[stapel.getAttribute("data-stapel")];
    var leegMelding = el("p", "vk-leeg", "Geen favorieten in deze stapel.");
    leegMelding.hidden = true;
    stapel.appendChild(leegMelding);
    $$(".vk-raster > li[id]", stapel).forEach(function (cel) {
      cel.classList.add("vk-cel");
      var titel = $(".vk-kaart__titel", cel);
      var toel = $(".vk-kaart__toelichting", cel);
      var k = {
        id: cel.id.replace(/^kaart-/, ""), cel: cel, stapel: stapel.getAttribute("data-stapel"),
        stapelTitel: deck.titel, titel: titel ? titel.textContent : "",
        tekst: $("p:not([class])", cel).textContent, toelichting: toel ? toel.textContent : "",
        kleur: deck.kleur, patroon: deck.patroon
      };
      kaarten[k.id] = k;
      volgorde.push(k.id);
    });
  });
  var eigenLijst = $("#vk-eigen-kaarten");
  function eigenKaart(v) {
    var cel = el("li", "vk-cel");
    cel.id = "kaart-" + v.id;
    cel.appendChild(el("p", null, v.tekst));
    var k = { id: v.id, cel: cel, stapel: "mijn-vragen", stapelTitel: EIGEN.titel, titel: "", tekst: v.tekst,
      toelichting: "", kleur: EIGEN.kleur, patroon: EIGEN.patroon, eigen: true };
    var balk = bediening(k);
    var weg = el("button", "vk-klein", "Verwijderen");
    weg.type = "button";
    weg.setAttribute("aria-describedby", "vk-tekst-" + v.id);
    weg.addEventListener("click", function () {
      state.eigen = state.eigen.filter(function (e) { return e.id !== v.id; });
      wissel(state.gekozen, v.id, false);
      wissel(state.favorieten, v.id, false);
      opbouwenEigen();
      bijwerken();
      zeg("Eigen vraag verwijderd.");
      $("#vk-eigen-tekst").focus();
    });
    balk.appendChild(weg);
    kaarten[v.id] = k;
    eigenLijst.appendChild(cel);
  }
  function opbouwenEigen() {
    Object.keys(kaarten).forEach(function (id) { if (kaarten[id].eigen) delete kaarten[id]; });
    eigenLijst.textContent = "";
    state.eigen.forEach(eigenKaart);
  }
  function alleIds() {
    return volgorde.concat(state.eigen.map(function (v) { return v.id; }));
  }

  /* Keep every control, the count and the print sheets in step with the state. */
  function bijwerken() {
    state.gekozen = state.gekozen.filter(function (id) { return kaarten[id]; });
    var alleenFav = $("#vk-alleen-favorieten").checked;
    Object.keys(kaarten).forEach(function (id) {
      var k = kaarten[id], fav = heeft(state.favorieten, id), gekozen = heeft(state.gekozen, id);
      k.vink.checked = gekozen;
      k.cel.classList.toggle("vk-gekozen", gekozen);
      k.ster.setAttribute("aria-pressed", String(fav));
      k.ster.textContent = fav ? "★ Favoriet" : "☆ Favoriet";
      k.cel.hidden = alleenFav && !fav;
      k.cel.style.display = k.cel.hidden ? "none" : "";  /* bouwer.css's display: flex beats [hidden] */
    });
    $$(".vk-stapel").forEach(function (s) {
      $(".vk-leeg", s).hidden = !alleenFav || $$(".vk-cel", s).some(function (c) { return !c.hidden; });
    });
    $("#vk-aantal").textContent = K.aantal(state.gekozen.length, "kaart", "kaarten") + " gekozen";
    $('input[name="vk-layout"][value="' + state.layout + '"]').checked = true;
    $("#vk-achterkanten").checked = state.achter;
    $("#vk-snijlijnen").checked = state.snijlijnen;
    $("#vk-offset-x").value = komma(state.dx);
    $("#vk-offset-y").value = komma(state.dy);
    $$(".vk-offset input").forEach(function (v) { v.removeAttribute("aria-invalid"); });
    var melding = "Verschuiving: x " + komma(state.dx) + " mm, y " + komma(state.dy) + " mm";
    if ($("#vk-offset-melding").textContent !== melding) $("#vk-offset-melding").textContent = melding;
    bewaren();
    druk.vellen(gekozenKaarten());
  }
  /* Back offset in mm, Dutch or not: 1,5 · 1.5 · -0,5 · −0,5 (a type=number field makes 15 of 1,5 in nl-NL). */
  function millimeters(tekst) {
    var s = String(tekst).trim().replace(/^[\u2212\u2013]/, "-").replace(",", ".");
    var w = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
    return w >= -10 && w <= 10 ? w : null;
  }
  function komma(w) { return String(w).replace(".", ",").replace("-", "\u2212"); }
  function gekozenKaarten() {
    return alleIds().filter(function (id) { return heeft(state.gekozen, id); }).map(function (id) { return kaarten[id]; });
  }

  /* The printed sheets (vellen.js) and the draw mode (trekken.js), joined in front of this file. */
  var druk = K.vraagkaartVellen({ geo: geo, ijkvel: gebouwd.ijkvel, komma: komma, staat: function () { return state; } });
  var trekken = K.vraagkaartTrekken({ kaarten: kaarten, ids: alleIds, zeg: zeg, staat: function () { return state; } });

  /* Builder controls. */
  bouwer.addEventListener("change", function (e) {
    var t = e.target;
    if (t.name === "vk-layout") state.layout = t.value;
    else if (t.id === "vk-achterkanten") state.achter = t.checked;
    else if (t.id === "vk-snijlijnen") state.snijlijnen = t.checked;
    else if (t.id === "vk-offset-x" || t.id === "vk-offset-y") {
      var w = millimeters(t.value);
      if (w === null) {
        t.setAttribute("aria-invalid", "true");
        $("#vk-offset-melding").textContent = "‘" + t.value.trim() + "’ kan niet als verschuiving: vul een getal in van −10 tot 10 mm, bijvoorbeeld 1,5 of −0,5. Nu gebruikt: x " + komma(state.dx) + " mm, y " + komma(state.dy) + " mm.";
        return;
      }
      state[t.id === "vk-offset-x" ? "dx" : "dy"] = w;
    } else if (t.id === "vk-alleen-favorieten") {
      zeg(t.checked ? "Alleen favorieten: " + K.aantal(state.favorieten.length, "kaart", "kaarten") + "." : "Alle kaarten zichtbaar.");
    } else return;
    bijwerken();
  });
  $("#vk-eigen-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var veld = $("#vk-eigen-tekst");
    var tekst = K.schoon(veld.value, MAX);
    if (!tekst) { zeg(veld.value.trim() ? K.onzichtbaar + " Er is geen vraag toegevoegd." : "Schrijf eerst een vraag."); K.veldFout(veld, $("#vk-status")); return; }
    var v = { id: nieuwId(), tekst: tekst };
    state.eigen.push(v);
    state.gekozen.push(v.id);
    eigenKaart(v);
    veld.value = "";
    bijwerken();
    zeg("Eigen vraag toegevoegd aan ‘Mijn vragen’ en gekozen.");
  });
  function nieuwId() { return "eigen-" + Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36); }
  function exporteer() {
    K.bestand("vraagkaarten-keuze.json", { soort: SOORT, versie: VERSIE, gekozen: state.gekozen, favorieten: state.favorieten, eigen: state.eigen });
    zeg("Je keuze is als bestand bewaard (vraagkaarten-keuze.json).");
  }
  function legen() {
    state = leeg();
    $("#vk-alleen-favorieten").checked = false;
    opbouwenEigen();
    bijwerken();
  }
  /* A card just hidden by "Alleen favorieten" (its star was undone): focus goes to the next
     visible favourite's star, else the previous one, else the filter itself; said aloud. */
  function verborgen(k) {
    var ids = alleIds(), i = ids.indexOf(k.id), zicht = ids.filter(function (id) { return !kaarten[id].cel.hidden; });
    var volgende = zicht.filter(function (id) { return ids.indexOf(id) > i; })[0] || zicht[zicht.length - 1];
    if (volgende) {
      kaarten[volgende].ster.focus();
      zeg("Niet meer favoriet; de kaart is verborgen. Nog " + K.aantal(zicht.length, "favoriet", "favorieten") + ".");
    } else {
      $("#vk-alleen-favorieten").focus();
      zeg("Niet meer favoriet; er zijn geen favorieten meer. De focus staat op ‘Alleen favorieten tonen’.");
    }
  }
  /* The sheets' bundled font (vellen.css) loads only once used: fetch it before printing. */
  function metLettertype(dan) {
    var f = document.fonts, naam = '"Atkinson Hyperlegible"';
    if (!f) { dan(); return; }
    Promise.all([f.load("1em " + naam), f.load("bold 1em " + naam), f.load("italic 1em " + naam)]).then(dan, dan);
  }
  var acties = {
    "niets-kiezen": function () { state.gekozen = []; bijwerken(); zeg("Geen kaarten meer gekozen."); },
    afdrukken: function () {
      if (!state.gekozen.length) { zeg("Kies eerst kaarten om af te drukken."); return; }
      druk.vellen(gekozenKaarten());
      metLettertype(function () { window.print(); });
    },
    kalibratie: function () { druk.kalibratie(); metLettertype(function () { window.print(); window.setTimeout(bijwerken, 500); }); },
    trek: function () { trekken.open($("#vk-trek-bron").value); },
    exporteren: exporteer,
    importeren: function () { $("#vk-bestand").click(); },
    delen: function () {
      var ids = state.gekozen.filter(function (id) { return !kaarten[id].eigen; });
      var url = location.href.split(/[?#]/)[0] + "?" + gebouwd.link + "=" + ids.join(",");
      var veld = $("#vk-link");
      veld.value = url;
      veld.parentNode.hidden = false;
      veld.focus();
      veld.select();
      var klaar = function () { zeg("Link naar " + K.aantal(ids.length, "kaart", "kaarten") + " gekopieerd."); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(klaar, function () { zeg("Kopieer de link hieronder."); });
      else zeg("Kopieer de link hieronder.");
    },
    wissen: function () {
      K.bevestig("Alles wissen: je keuze, favorieten, eigen vragen en afdrukinstellingen? Dit kun je niet ongedaan maken.", function () {
        opslag.wis();
        legen();
        zeg("Alles gewist: keuze, favorieten, eigen vragen en afdrukinstellingen.");
      });
    },
    "gedeeld-gebruiken": function () {
      state.gekozen = gedeeld.slice();
      $(".vk-gedeeld").hidden = true;
      bijwerken();
      zeg(K.aantal(gedeeld.length, "kaart", "kaarten") + " uit de link gekozen.");
    },
    "gedeeld-negeren": function () { $(".vk-gedeeld").hidden = true; zeg("Link genegeerd."); }
  };
  bouwer.addEventListener("click", function (e) {
    var knop = e.target.closest("[data-actie]");
    if (knop && acties[knop.getAttribute("data-actie")]) acties[knop.getAttribute("data-actie")]();
  });
  $("#vk-bestand").addEventListener("change", function () {
    var bestand = this.files && this.files[0];
    this.value = "";
    if (!bestand) return;
    if (bestand.size > MAX_BYTES) { zeg("Het bestand is groter dan 1 MB; een opgeslagen keuze is veel kleiner. Er is niets veranderd."); return; }
    var lezer = new FileReader();
    lezer.onload = function () {
      var r = controleer(String(lezer.result));
      var m = r.fout ? r : samenvoegen(r.data);
      if (m.fout) { zeg(m.fout + " Er is niets veranderd."); return; }
      var doen = function () {
        state.eigen = state.eigen.concat(m.eigen);
        opbouwenEigen();
        state.gekozen = m.gekozen;
        state.favorieten = m.favorieten;
        bijwerken();
        var a = K.aantal, e = m.eigen.length;
        zeg("Je keuze is geopend: " + a(state.gekozen.length, "kaart", "kaarten") + ", " + a(state.favorieten.length, "favoriet", "favorieten") +
          (e || m.al ? "; " + (e ? a(e, "eigen vraag", "eigen vragen") : "geen eigen vragen") + " toegevoegd" + (m.al ? " (" + a(m.al, "stond er al", "stonden er al") + ")" : "") : "") + "." +
          (m.anders ? " " + a(m.anders, "eigen vraag had", "eigen vragen hadden") + " het kenmerk van een eigen vraag hier met een andere tekst: beide staan nu bij ‘Mijn vragen’." : ""));
      };
      if (!m.vervangt) { doen(); return; }
      K.bevestig("Het bestand vervangt je keuze (nu " + K.aantal(state.gekozen.length, "kaart", "kaarten") + ") en " +
        K.aantal(state.favorieten.length, "favoriet", "favorieten") + ". Je eigen vragen blijven; die uit het bestand komen erbij. Doorgaan?", doen);
    };
    lezer.onerror = function () { zeg("Het bestand kon niet worden gelezen. Er is niets veranderd."); };
    lezer.readAsText(bestand);
  });
  /* What opening a checked file does, worked out before anything changes: {fout}, or {eigen} (own
     questions to add), {gekozen}, {favorieten}, {al} (own questions already here: same id, same
     text), {anders} (same id as one here but another text: kept under a fresh id, its references
     moved along, so no text is lost) and {vervangt} (a choice or favourites here would change). */
  function samenvoegen(d) {
    var hier = Object.create(null), naar = Object.create(null), nieuw = [], al = 0, anders = 0;
    state.eigen.forEach(function (v) { hier[v.id] = v.tekst; });
    d.eigen.forEach(function (v) { naar[v.id] = v.id; });
    d.eigen.forEach(function (v) {
      if (!(v.id in hier)) { nieuw.push(v); return; }
      if (hier[v.id] === v.tekst) { al++; return; }
      var id;
      do { id = nieuwId(); } while (id in hier || id in naar);
      naar[v.id] = id;
      naar[id] = id;
      nieuw.push({ id: id, tekst: v.tekst });
      anders++;
    });
    if (state.eigen.length + nieuw.length > MAX_EIGEN) {
      return { fout: "Met de eigen vragen die hier al staan, worden het er " + (state.eigen.length + nieuw.length) + "; er passen er hoogstens " + MAX_EIGEN + " in." };
    }
    var om = function (id) { return naar[id] || id; };
    var uit = { eigen: nieuw, al: al, anders: anders, gekozen: d.gekozen.map(om), favorieten: d.favorieten.map(om) };
    var anderDan = function (nu, straks) {
      return nu.length > 0 && (nu.length !== straks.length || nu.some(function (id) { return !heeft(straks, id); }));
    };
    uit.vervangt = anderDan(state.gekozen, uit.gekozen) || anderDan(state.favorieten, uit.favorieten);
    return uit;
  }
  /* A saved choice, checked as strictly as the circles' worksheet: {fout} names the problem;
     {data} holds only known cards and clean own questions. */
  function controleer(tekst) {
    var d, KIES = " Kies een bestand dat je hier met ‘Bewaar als bestand’ hebt gemaakt.";
    try { d = JSON.parse(tekst); } catch (e) { return { fout: "Deze pagina kan dit bestand niet lezen: het is geen opgeslagen keuze van de vraagkaarten." + KIES }; }
    if (!d || typeof d !== "object" || Array.isArray(d) || d.soort !== SOORT) return { fout: "Dit bestand is geen opgeslagen keuze van de vraagkaarten." + KIES };
    function kapot(zin) { return { fout: zin }; }
    if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return kapot("Het versienummer van het bestand ontbreekt of is beschadigd.");
    if (d.versie > VERSIE) return { fout: "Dit bestand is gemaakt met een nieuwere versie van deze pagina (versie " + d.versie + "); deze pagina kent versie " + VERSIE + "." };
    var lijsten = ["gekozen", "favorieten", "eigen"], namen = ["gekozen kaarten", "favorieten", "eigen vragen"];
    for (var i = 0; i < 3; i++) if (!Array.isArray(d[lijsten[i]])) return kapot("De " + namen[i] + " ontbreken of zijn beschadigd.");
    if (d.eigen.length > MAX_EIGEN) return { fout: "Dit bestand heeft " + d.eigen.length + " eigen vragen; er passen er hoogstens " + MAX_EIGEN + " in." };
    var eigen = [], ids = Object.create(null);
    for (i = 0; i < d.eigen.length; i++) {
      var v = d.eigen[i], wie = "eigen vraag " + (i + 1), Wie = "E" + wie.slice(1);
      if (!v || typeof v !== "object" || Array.isArray(v)) return kapot(Wie + " is beschadigd.");
      if (typeof v.id !== "string" || !/^eigen-[a-z0-9]+$/.test(v.id)) return kapot(Wie + " is beschadigd.");
      if (typeof v.tekst !== "string") return kapot("De tekst van " + wie + " ontbreekt of is beschadigd.");
      if (v.tekst.length > MAX) return kapot(Wie + " is langer dan " + MAX + " tekens.");
      if (!K.schoon(v.tekst)) return kapot(Wie + " heeft geen zichtbare tekst.");
      if (ids[v.id]) return kapot(Wie + " heeft hetzelfde kenmerk als eigen vraag " + ids[v.id] + ".");
      eigen.push({ id: v.id, tekst: K.schoon(v.tekst, MAX) });
      ids[v.id] = i + 1;
    }
    var uit = { eigen: eigen };
    for (i = 0; i < 2; i++) {
      var lijst = d[lijsten[i]], onbekend = [];
      if (lijst.length > volgorde.length + MAX_EIGEN) return kapot("Het bestand heeft meer " + namen[i] + " dan er kaarten zijn.");
      for (var j = 0; j < lijst.length; j++) {
        if (typeof lijst[j] !== "string") return kapot("De " + namen[i] + " zijn beschadigd.");
        if (!(kaarten[lijst[j]] && !kaarten[lijst[j]].eigen) && !ids[lijst[j]]) onbekend.push("‘" + (lijst[j].length > 40 ? lijst[j].slice(0, 39) + "…" : lijst[j]) + "’");
      }
      if (onbekend.length) {
        return { fout: "Het bestand noemt " + namen[i] + " die deze pagina niet kent: " + onbekend.slice(0, 5).join(", ") +
          (onbekend.length > 5 ? " en nog " + (onbekend.length - 5) : "") + "." };
      }
      uit[lijsten[i]] = lijst.filter(function (id, n) { return lijst.indexOf(id) === n; });
    }
    return { data: uit };
  }

  /* Start: stored state, a shared link; show the builder once its stylesheets are in. Loaded by
     the button, the focus moves to the builder's heading. */
  state = laden();
  var gedeeld = (new URLSearchParams(location.search).get(gebouwd.link) || "").split(",").filter(function (id) { return kaarten[id]; });
  var wachten = 3;
  function begin() {
    if (--wachten) return;
    volgorde.forEach(function (id) { bediening(kaarten[id]); });
    opbouwenEigen();
    if (gedeeld.length) {
      $("#vk-gedeeld-tekst").textContent = "Je opende een link met " + K.aantal(gedeeld.length, "gekozen kaart", "gekozen kaarten") + ".";
      $(".vk-gedeeld").hidden = false;
    }
    bouwer.hidden = false;
    bijwerken();
    if (window.handreikingGestart) $("#vk-bouwer-kop").focus();
  }
  ["bouwer.css", "vellen.css", "ijkvel.css"].forEach(function (naam) {
    var link = el("link");
    link.rel = "stylesheet";
    link.href = new URL(naam, hier).href;
    link.onload = link.onerror = begin;
    document.head.appendChild(link);
  });
})();
