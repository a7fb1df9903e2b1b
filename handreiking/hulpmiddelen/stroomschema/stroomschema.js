/* Stroomschema "Wat zegt het gezin?": choosing a reaction marks its path in the chart, shows only
   what follows on it, puts the choice in the URL (#ja, #ja-maar, #nee) and says so to screen
   readers. Without this script the chart and all three follow-ups are simply all shown.
   Needs nothing from the shared core (assets/kern/kern.js): this file loads on the first visit,
   so it can be published without the core to keep that visit light. */
(function () {
  "use strict";
  var root = document.querySelector("[data-stroomschema]");
  if (!root) return;
  var keuze = root.querySelector(".ss-keuze");
  var melding = root.querySelector(".ss-melding");
  var radios = Array.prototype.slice.call(keuze.querySelectorAll("input[type=radio]"));
  var panelen = Array.prototype.slice.call(root.querySelectorAll(".ss-wat-nu"));
  var gemarkeerd = Array.prototype.slice.call(root.querySelectorAll("[data-paden]"));
  var ids = radios.map(function (r) { return r.value; }).filter(Boolean);

  function labelVan(id) {
    var radio = keuze.querySelector("#ss-kies-" + id);
    return radio ? keuze.querySelector("label[for='" + radio.id + "']").textContent.trim() : "";
  }

  function toon(id, zeg) {
    gemarkeerd.forEach(function (el) {
      var op = id && el.getAttribute("data-paden").split(" ").indexOf(id) >= 0;
      if (op) el.setAttribute("data-op-pad", ""); else el.removeAttribute("data-op-pad");
    });
    panelen.forEach(function (p) { p.hidden = Boolean(id) && p.getAttribute("data-reactie") !== id; });
    if (id) root.setAttribute("data-gekozen", id); else root.removeAttribute("data-gekozen");
    radios.forEach(function (r) { r.checked = r.value === id; });
    if (zeg) {
      melding.textContent = id
        ? "Gekozen: ‘" + labelVan(id) + "’. Het pad is gemarkeerd met ‘op dit pad’; hieronder staat wat volgt."
        : "Alle reacties en wat erop volgt staan weer in beeld.";
    }
  }

  function uitAdres() {
    var id = decodeURIComponent(location.hash.slice(1));
    return ids.indexOf(id) >= 0 ? id : "";
  }

  radios.forEach(function (radio) {
    radio.addEventListener("change", function () {
      if (!radio.checked) return;
      var adres = location.pathname + location.search + (radio.value ? "#" + radio.value : "");
      history.replaceState(null, "", adres);
      toon(radio.value, true);
    });
  });
  window.addEventListener("hashchange", function () {
    var id = uitAdres();
    if (id || !location.hash) toon(id, true);  /* another anchor (a heading, the skip link) keeps the choice */
  });

  keuze.hidden = false;
  var begin = uitAdres();
  toon(begin, Boolean(begin));
  if (begin) keuze.scrollIntoView({ block: "start" });
})();
