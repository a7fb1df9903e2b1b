/* Family Finding worksheets: keep what is typed, privately, by the core's one rule
   (handreikingKern.privacy): this tab by default, the device only after the user opts in, for
   the site's keep period; nothing is sent anywhere; text stays text; names are cleaned.
   Loaded on request (partials/laden-js.html): by the start button, by typing in a worksheet,
   or at once when this browser keeps the worksheets or the family's network.
   The olievlek's places can each hold a person from that network (handreikingKern.netwerk). A field's key: worksheet id.group name.field name (partials/werkbladen/bladen.html). */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector("[data-wb]");
  if (!root) return;
  var N = K.netwerk, opslag = N.bladOpslag;  /* the case's worksheet part, scoped to this copy of the site */
  var MAX = 5000, SOORT = "family-finding-werkbladen";
  var velden = Array.prototype.slice.call(root.querySelectorAll(".wb-blad textarea"));
  function sleutel(v) {
    var groep = v.closest("fieldset");
    return v.closest(".wb-blad").id + "." + (groep ? groep.name + "." : "") + v.name;
  }

  /* The controls exist only with this script, so it makes them (static text; typed text stays text). */
  var maak = K.el;
  function knop(tekst) { return maak("button", { type: "button", "class": "md-button" }, [tekst]); }
  var printKnop = knop("Afdrukken"), exportKnop = knop("Bewaar als bestand"), wisKnop = knop("Alles wissen");
  var openVeld = maak("input", { type: "file", accept: ".json,application/json" });
  var openKnop = maak("label", { "class": "md-button kd-open" }, ["Open een bestand", openVeld]);
  var status = maak("div", { "class": "wb-melding", role: "status", "aria-live": "polite" });
  var meld = K.melder(status);
  /* One opt-in for the worksheets and the network they share (N.samen). */
  var samen = N.samen(opslag);
  var privacy = K.privacy(samen, { cls: "wb", meld: meld, fout: meld, exporteer: exporteer,
    tekst: function () { return JSON.stringify(gegevens()); },
    leeg: function () { legen(); N.leeg(); plekken(); zinnen(); } });
  var kop = maak("h2", { id: "wb-app-kop", tabindex: "-1" }, ["Invullen op dit apparaat"]);
  var paneel = maak("section", { "class": "wb-app", "aria-labelledby": "wb-app-kop" }, [kop,
    privacy.blok,
    maak("p", {}, ["Typ geen volledige namen of andere gegevens waaraan iemand te herkennen is, tenzij het nodig is."]),
    maak("p", {}, [printKnop, " ", exportKnop, " ", openKnop, " ", wisKnop, " ", privacy.wisKnop]),
    status]);
  /* Biggest Unmet Needs: each need also reads as one sentence (filled in by zinnen()). */
  Array.prototype.forEach.call(root.querySelectorAll(".wb-behoefte"), function (groep) {
    groep.append(maak("p", { "class": "wb-zin", hidden: "" }, [maak("strong", {}, ["Zo luidt de behoefte:"]), " ", maak("span")]));
  });

  /* Name fields: kept without bidi controls and zero-width characters (K.schoon). */
  function naamVeld(v) { return v.name === "naam"; }
  function gegevens() {
    var data = {};
    velden.forEach(function (v) {
      var w = v.dataset.netwerk ? v.dataset.getypt : naamVeld(v) ? K.schoon(v.value, MAX) : v.value;
      if (w) data[sleutel(v)] = w;
    });
    return { soort: SOORT, versie: 1, velden: data };
  }
  /* What this tab last read from or wrote to the store: a write first takes in what another tab
     kept since (per field, a field this tab did not change takes the other tab's text). */
  var gelezen = {};
  function waardenVan(tekst) {
    var data = null;
    try { data = tekst && JSON.parse(tekst); } catch (e) { data = null; }
    return data && data.soort === SOORT && data.velden && typeof data.velden === "object" && !Array.isArray(data.velden) ? data.velden : {};
  }
  function veldZet(v, w) {
    w = typeof w === "string" ? (naamVeld(v) ? K.schoon(w) : w).slice(0, MAX) : "";
    if (v.dataset.netwerk) v.dataset.getypt = w;
    else v.value = w;
  }
  function bewaar() {
    var nu = opslag.ruw(), mijn = gegevens().velden;
    if (nu !== null && nu !== JSON.stringify({ soort: SOORT, versie: 1, velden: gelezen })) {
      var ander = waardenVan(nu);
      velden.forEach(function (v) {
        var k = sleutel(v);
        if ((mijn[k] || "") === (gelezen[k] || "") && (ander[k] || "") !== (mijn[k] || "")) veldZet(v, ander[k]);
      });
      zinnen();
    }
    var data = gegevens();
    gelezen = data.velden;
    privacy.bewaar(JSON.stringify(data));
  }
  /* Another tab kept other text: show it (the field being typed in keeps what is typed). */
  opslag.bijAnder(function (tekst) {
    if (tekst === null) return;
    var ander = waardenVan(tekst);
    velden.forEach(function (v) { if (v !== document.activeElement) veldZet(v, ander[sleutel(v)]); });
    gelezen = ander;
    zinnen();
  });
  function laad() {
    var waarden = waardenVan(opslag.lees());
    gelezen = waarden;
    var getypt = false;
    velden.forEach(function (v) {
      var w = waarden[sleutel(v)];
      v.maxLength = MAX;
      /* Kept text wins; text typed before this script came stays (and is kept from now on). */
      if (typeof w === "string") v.value = (naamVeld(v) ? K.schoon(w) : w).slice(0, MAX);
      else if (v.value) { v.value = v.value.slice(0, MAX); getypt = true; }
    });
    if (getypt) bewaar();
  }
  /* Biggest Unmet Needs: show the need as one sentence, from the parts typed. */
  function zinnen() {
    Array.prototype.forEach.call(root.querySelectorAll(".wb-behoefte"), function (groep) {
      var delen = Array.prototype.map.call(groep.querySelectorAll("textarea"), function (t) { return t.value.trim().replace(/\s+/g, " "); });
      var zin = groep.querySelector(".wb-zin");
      var tekst = [delen[0], delen[1]].filter(Boolean).join(" ");
      if (delen[2]) tekst += (tekst ? ", " : "") + delen[2];
      if (tekst && !/[.!?]$/.test(tekst)) tekst += ".";
      if (delen[3]) tekst += " In tegenstelling tot: " + delen[3];
      zin.querySelector("span").textContent = tekst;
      zin.hidden = !tekst;
    });
  }
  function toon() {
    plekken();
    privacy.toon();
    zinnen();
  }

  /* Olievlek: per place a choice "Uit het netwerk". A chosen person's name fills the name field
     (read-only: it follows a rename on the netwerkkaart); what was typed there is kept under the
     field's own key and comes back when the place is set to typing again. */
  var olievlek = Array.prototype.slice.call(root.querySelectorAll(".wb-olievlek .wb-rijen fieldset"));
  var keuzes = olievlek.map(function (groep, i) {
    var kies = maak("select", { "class": "wb-kies", id: "wb-kies-" + (i + 1), onchange: function () {
      var p = N.persoon(kies.value);
      N.olievlek(p, i + 1);
      N.bewaar();
      plekken();
      bewaar();
      meld(p ? p.naam + " staat nu op plek " + (i + 1) + " van de olievlek." : "Plek " + (i + 1) + " van de olievlek is weer vrij om te typen.");
    } });
    groep.querySelector("legend").after(maak("label", { "class": "wb-uitnetwerk", "for": "wb-kies-" + (i + 1) }, ["Uit het netwerk ", maak("span", { "class": "wb-vh", text: "(persoon " + (i + 1) + ")" })]), kies);
    return kies;
  });
  function legen() { velden.forEach(function (v) { v.value = ""; v.dataset.getypt = ""; }); }
  function plekken() {
    olievlek.forEach(function (groep, i) {
      var v = groep.querySelector("textarea[name=naam]"), kies = keuzes[i];
      var p = N.mensen.filter(function (q) { return q.olievlek === i + 1; })[0];
      kies.replaceChildren(maak("option", { value: "", text: "Zelf typen" }));
      N.mensen.forEach(function (q) { kies.append(maak("option", { value: q.id, text: q.naam })); });
      kies.value = p ? p.id : "";
      if (p) {
        if (!v.dataset.netwerk) v.dataset.getypt = v.value;
        v.dataset.netwerk = p.id;
        v.value = p.naam;
      } else if (v.dataset.netwerk) {
        v.value = v.dataset.getypt || "";
        delete v.dataset.netwerk;
        delete v.dataset.getypt;
      }
      v.readOnly = !!p;
    });
  }
  /* The case file holds everything the page shows: every field as shown here, and the family's
     network, whose people fill places of the olievlek (N.casus). */
  N.velden = function () { return gegevens().velden; };
  function exporteer() {
    K.exporteer("casus-" + N.datum + ".json", N.casus(), function (versleuteld) {
      meld("De casus is " + (versleuteld ? "versleuteld " : "") + "als bestand bewaard: de werkbladen en het netwerk (" + K.aantal(N.mensen.length, "persoon", "mensen") + ").");
    });
  }

  root.querySelector(".wb-start").after(paneel);
  laad();
  N.laad();
  samen.eenKeuze();  /* the network kept on this device: the worksheets too, and the other way round */
  toon();
  if (window.handreikingGestart) kop.focus();  /* loaded because the reader pressed "Invullen op dit apparaat" */
  velden.forEach(function (v) {
    v.addEventListener("input", function () { bewaar(); zinnen(); });
    /* Leaving a name field shows the cleaned name; one of only invisible characters is refused. */
    if (naamVeld(v)) v.addEventListener("change", function () {
      var w = K.schoon(v.value, MAX);
      if (v.value.trim() && !w) meld(K.onzichtbaar + " De naam is weggehaald.");
      if (w !== v.value.trim()) { v.value = w; bewaar(); }
    });
  });
  wisKnop.addEventListener("click", function () {
    K.bevestig("Alles wissen? Alles wat je op deze werkbladen hebt ingevuld, wordt verwijderd. Dit kun je niet ongedaan maken.", function () {
      legen();
      if (N.mensen.some(function (q) { return q.olievlek; })) {  /* the people stay in the network */
        N.mensen.forEach(function (q) { q.olievlek = 0; });
        N.bewaar();
      }
      opslag.wis();
      toon();
      meld("Alles is gewist.");
    });
  });
  printKnop.addEventListener("click", function () { window.print(); });
  exportKnop.addEventListener("click", exporteer);

  /* Open a saved file (encrypted or not, K.leesBestand): a case, the network or worksheets of
     older versions, every field checked against this page's fields first; a bad file changes nothing. */
  var bekend = {};
  velden.forEach(function (v) { bekend["." + sleutel(v)] = 1; });
  function controleer(tekst) {
    if (!String(tekst).trim()) return { fout: "Het bestand is leeg. Kies een bestand dat je hier met ‘Bewaar als bestand’ hebt gemaakt." };
    return N.controleerBestand(tekst, function (k) { return bekend["." + k] === 1; });
  }
  openVeld.addEventListener("change", function () {
    var file = openVeld.files && openVeld.files[0];
    openVeld.value = "";
    if (file) K.leesBestand(file, { soort: N.SOORTEN, controleer: controleer, fout: meld, klaar: function (data) {
      var ingevuld = (data.velden && velden.some(function (v) { return v.value; })) || (data.netwerk && N.ingevuld());
      if (ingevuld) K.bevestig("Het bestand vervangt wat nu op de werkbladen is ingevuld" + (data.netwerk ? ", en het netwerk van " + K.aantal(N.mensen.length, "persoon", "mensen") + " op de netwerkkaart en in de cirkels" : "") + ". Doorgaan?", function () { open(data); });
      else open(data);
    } });
  });
  /* A checked file replaces the fields (and, with versie 2, the network); in a file of versie 1 a
     typed name of the olievlek is that place's name, so the place no longer shows a network person. */
  function open(data) {
    if (data.netwerk) { N.zet(data.netwerk); N.bewaar(false); }
    else N.mensen.forEach(function (q) { if (q.olievlek && data.velden["olievlek.p" + q.olievlek + ".naam"]) q.olievlek = 0; });
    if (!data.netwerk) N.bewaar(false);
    if (!data.velden) { plekken(); toon(); meld("Het netwerk is geopend (" + K.aantal(N.mensen.length, "persoon", "mensen") + "); de werkbladen zijn niet veranderd."); return; }
    legen();
    plekken();
    velden.forEach(function (v) { veldZet(v, data.velden[sleutel(v)] || ""); });
    plekken();
    bewaar();
    toon();
    meld("De werkbladen zijn geopend" + (data.netwerk ? ", met het netwerk (" + K.aantal(N.mensen.length, "persoon", "mensen") + ")." : "."));
  }
  N.vanElders(function (zin) { plekken(); privacy.toon(); meld(zin); });
})();
