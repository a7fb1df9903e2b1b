/* Family Finding worksheets: keep what is typed, privately. sessionStorage by default,
   localStorage only after the user opts in; nothing is sent anywhere; text stays text.
   Loaded on request (partials/laden-js.html): by the start button, by typing in a worksheet,
   or at once when this browser keeps the worksheets. A field's key: worksheet id.group name.field name (partials/werkbladen/bladen.html). */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector("[data-wb]");
  if (!root) return;
  var opslag = K.opslag("handreiking.family-finding-werkbladen");  /* scoped to this copy of the site */
  var MAX = 5000;
  var velden = Array.prototype.slice.call(root.querySelectorAll(".wb-blad textarea"));
  function sleutel(v) {
    var groep = v.closest("fieldset");
    return v.closest(".wb-blad").id + "." + (groep ? groep.name + "." : "") + v.name;
  }

  /* The controls exist only with this script, so it makes them (static text; typed text stays text). */
  var maak = K.el;
  function knop(tekst) { return maak("button", { type: "button", "class": "md-button" }, [tekst]); }
  var bewaarBox = maak("input", { type: "checkbox" });
  var waarschuwing = maak("p", { hidden: "" }, [maak("strong", {}, ["Let op:"]),
    " wat je invult blijft nu op dit apparaat bewaard, ook na sluiten van de browser. Gebruik dit niet op een gedeelde computer. Zet het vinkje uit om de bewaarde kopie te verwijderen."]);
  var printKnop = knop("Afdrukken"), wisKnop = knop("Alles wissen");
  var status = maak("div", { "class": "wb-melding", role: "status", "aria-live": "polite" });
  var kop = maak("h2", { id: "wb-app-kop", tabindex: "-1" }, ["Invullen op dit apparaat"]);
  var paneel = maak("section", { "class": "wb-app", "aria-labelledby": "wb-app-kop" }, [kop,
    maak("div", { "class": "wb-privacy" }, [
      maak("p", {}, ["Wat je hier typt, blijft in deze browser. Er wordt niets verstuurd. Standaard bewaart de browser het alleen zolang dit tabblad open is: na opnieuw laden staat het er nog, na sluiten van het tabblad is het weg. Typ geen volledige namen of andere gegevens waaraan iemand te herkennen is, tenzij het nodig is."]),
      maak("p", {}, [maak("label", { "class": "wb-schakel" }, [bewaarBox, " Bewaar op dit apparaat"])]),
      waarschuwing]),
    maak("p", {}, [printKnop, " ", wisKnop]),
    status]);
  /* Biggest Unmet Needs: each need also reads as one sentence (filled in by zinnen()). */
  Array.prototype.forEach.call(root.querySelectorAll(".wb-behoefte"), function (groep) {
    groep.append(maak("p", { "class": "wb-zin", hidden: "" }, [maak("strong", {}, ["Zo luidt de behoefte:"]), " ", maak("span")]));
  });

  var meld = K.melder(status);
  function gegevens() {
    var data = {};
    velden.forEach(function (v) { if (v.value) data[sleutel(v)] = v.value; });
    return { soort: "family-finding-werkbladen", versie: 1, velden: data };
  }
  function bewaar() {
    if (!opslag.bewaar(JSON.stringify(gegevens()))) meld("Bewaren in de browser lukte niet. Druk het werkblad af om het niet kwijt te raken.");
  }
  function laad() {
    var tekst = opslag.lees(), data = null;
    try { data = tekst && JSON.parse(tekst); } catch (e) { data = null; }
    var waarden = data && data.soort === "family-finding-werkbladen" && data.velden && typeof data.velden === "object" ? data.velden : {};
    var getypt = false;
    velden.forEach(function (v) {
      var w = waarden[sleutel(v)];
      v.maxLength = MAX;
      /* Kept text wins; text typed before this script came stays (and is kept from now on). */
      if (typeof w === "string") v.value = w.slice(0, MAX);
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
    bewaarBox.checked = opslag.blijvend;
    waarschuwing.hidden = !opslag.blijvend;
    zinnen();
  }

  root.querySelector(".wb-start").after(paneel);
  laad();
  toon();
  if (window.handreikingGestart) kop.focus();  /* loaded because the reader pressed "Invullen op dit apparaat" */
  velden.forEach(function (v) { v.addEventListener("input", function () { bewaar(); zinnen(); }); });
  bewaarBox.addEventListener("change", function () {
    if (!opslag.blijf(bewaarBox.checked, JSON.stringify(gegevens()))) meld("Deze browser staat bewaren op dit apparaat niet toe.");
    else if (opslag.blijvend) meld("Wat je invult wordt nu op dit apparaat bewaard, ook na sluiten van de browser.");
    else meld("De bewaarde kopie op dit apparaat is verwijderd. Wat je invult blijft alleen zolang dit tabblad open is.");
    toon();
  });
  wisKnop.addEventListener("click", function () {
    K.bevestig("Alles wissen? Alles wat je op deze werkbladen hebt ingevuld wordt verwijderd. Dit kun je niet ongedaan maken.", function () {
      velden.forEach(function (v) { v.value = ""; });
      opslag.wis();
      toon();
      meld("Alles is gewist.");
    });
  });
  printKnop.addEventListener("click", function () { window.print(); });
})();
