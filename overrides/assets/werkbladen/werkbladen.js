/* Family Finding worksheets: keep what is typed, privately. sessionStorage by default,
   localStorage only after the user opts in; nothing is sent anywhere; text stays text. */
(function () {
  "use strict";
  var root = document.querySelector("[data-wb]");
  if (!root) return;
  var KEY = "handreiking.family-finding-werkbladen";
  var velden = Array.prototype.slice.call(root.querySelectorAll("[data-wb-veld]"));
  var bewaarBox = root.querySelector("[data-wb-bewaar]"), waarschuwing = root.querySelector("[data-wb-waarschuwing]");
  var status = root.querySelector("[data-wb-status]");
  var persistent = false;

  function meld(t) { status.textContent = ""; setTimeout(function () { status.textContent = t; }, 50); }
  function opslag() { return persistent ? window.localStorage : window.sessionStorage; }
  function gegevens() {
    var data = {};
    velden.forEach(function (v) { if (v.value) data[v.getAttribute("data-wb-veld")] = v.value; });
    return { soort: "family-finding-werkbladen", versie: 1, velden: data };
  }
  function bewaar() {
    try { opslag().setItem(KEY, JSON.stringify(gegevens())); }
    catch (e) { meld("Bewaren in de browser lukte niet. Druk het werkblad af om het niet kwijt te raken."); }
  }
  function laad() {
    var tekst = null;
    try {
      tekst = window.localStorage.getItem(KEY);
      persistent = tekst !== null;
      if (tekst === null) tekst = window.sessionStorage.getItem(KEY);
    } catch (e) { tekst = null; }
    var data = null;
    try { data = tekst && JSON.parse(tekst); } catch (e) { data = null; }
    var waarden = data && data.soort === "family-finding-werkbladen" && data.velden && typeof data.velden === "object" ? data.velden : {};
    velden.forEach(function (v) {
      var w = waarden[v.getAttribute("data-wb-veld")];
      v.value = typeof w === "string" ? w.slice(0, 5000) : "";
    });
  }
  /* Biggest Unmet Needs: show the need as one sentence, from the parts typed. */
  function zinnen() {
    Array.prototype.forEach.call(root.querySelectorAll("[data-wb-behoefte]"), function (groep) {
      var delen = Array.prototype.map.call(groep.querySelectorAll("textarea"), function (t) { return t.value.trim().replace(/\s+/g, " "); });
      var zin = groep.querySelector("[data-wb-zin]");
      if (!zin) return;
      var tekst = [delen[0], delen[1]].filter(Boolean).join(" ");
      if (delen[2]) tekst += (tekst ? ", " : "") + delen[2];
      if (tekst && !/[.!?]$/.test(tekst)) tekst += ".";
      if (delen[3]) tekst += " In tegenstelling tot: " + delen[3];
      zin.querySelector("[data-wb-zintekst]").textContent = tekst;
      zin.hidden = !tekst;
    });
  }
  function toon() {
    bewaarBox.checked = persistent;
    waarschuwing.hidden = !persistent;
    zinnen();
  }

  laad();
  root.querySelector(".wb-app").hidden = false;
  toon();
  velden.forEach(function (v) { v.addEventListener("input", function () { bewaar(); zinnen(); }); });
  bewaarBox.addEventListener("change", function () {
    try {
      if (bewaarBox.checked) {
        persistent = true; bewaar(); window.sessionStorage.removeItem(KEY);
        meld("Wat je invult wordt nu op dit apparaat bewaard, ook na sluiten van de browser.");
      } else {
        window.localStorage.removeItem(KEY); persistent = false; bewaar();
        meld("De bewaarde kopie op dit apparaat is verwijderd. Wat je invult blijft alleen zolang dit tabblad open is.");
      }
    } catch (e) { meld("Deze browser staat bewaren op dit apparaat niet toe."); }
    toon();
  });
  root.querySelector("[data-wb-wis]").addEventListener("click", function () {
    if (!window.confirm("Alles wissen? Alles wat je op deze werkbladen hebt ingevuld wordt verwijderd. Dit kun je niet ongedaan maken.")) return;
    velden.forEach(function (v) { v.value = ""; });
    try { window.localStorage.removeItem(KEY); window.sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
    persistent = false;
    toon();
    meld("Alles is gewist.");
  });
  root.querySelector("[data-wb-print]").addEventListener("click", function () { window.print(); });
})();
