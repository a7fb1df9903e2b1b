/* Home page: "Alles offline bewaren" asks the service worker to keep every PDF as well. Without a
   service worker (opened from disk, or a browser without them) the button stays hidden. */
(function () {
  "use strict";
  var knop = document.querySelector("[data-offline-alles]");
  var status = document.querySelector("[data-offline-status]");
  if (!knop || !status || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  knop.hidden = false;
  function meld(tekst) { status.textContent = tekst; }
  navigator.serviceWorker.addEventListener("message", function (event) {
    var d = event.data || {};
    if (d.soort === "voortgang") meld("Bezig: " + d.klaar + " van " + d.totaal + " PDF’s bewaard.");
    else if (d.soort === "klaar") { meld("Klaar: de hele site en alle PDF’s staan nu op dit apparaat. Safari op iPhone en iPad wist ze weer als je de site 7 dagen niet opent."); knop.disabled = false; }
    else if (d.soort === "fout") { meld("Dat lukte niet helemaal: er is geen verbinding of te weinig ruimte. Probeer het later opnieuw."); knop.disabled = false; }
  });
  knop.addEventListener("click", function () {
    knop.disabled = true;
    /* Kept on purpose: ask the browser not to clear the copy under storage pressure (it may say no). */
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () { /* nothing changes */ });
    meld("Bezig met bewaren…");
    navigator.serviceWorker.ready.then(function (reg) { reg.active.postMessage({ soort: "alles" }); });
  });
})();
