/* Service worker: this copy of the site, offline after one visit (over http(s) only; never from file://).
   The build step afronden publishes it as sw.js in the site root, headed by VERSIE (a hash of the
   build), BESTANDEN (every page and asset, not the PDFs) and PDFS (each PDF with its size).
   Its scope is the site's own folder; caches are named after that scope, so two copies on one host
   never mix. It only keeps files of the site (GET requests); nothing a user types ever passes here. */
"use strict";
var SCOPE = self.registration.scope;
var PREFIX = "handreiking " + SCOPE + " ";
var CACHE = PREFIX + VERSIE;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(BESTANDEN); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function isPdf(url) { return /\.pdf$/i.test(new URL(url).pathname); }

function offline(url) {
  var pdf = isPdf(url);
  var tekst = pdf
    ? "Deze PDF is nog niet op dit apparaat bewaard en er is nu geen verbinding. Open hem opnieuw als je weer verbinding hebt, of kies op de startpagina eerst ‘Alles offline bewaren’."
    : "Deze pagina is nog niet op dit apparaat bewaard en er is nu geen verbinding.";
  var html = "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
    "<title>Geen verbinding</title><body style=\"font:1.1rem/1.5 sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">" +
    "<h1>Geen verbinding</h1><p>" + tekst + "</p><p><a href=\"" + SCOPE + "\">Naar de startpagina</a></p></body></html>";
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok && isPdf(request.url)) cache.put(request, response.clone());  // opened once: kept
        return response;
      }, function () { return offline(request.url); });
    });
  }));
});

/* "Alles offline bewaren": keep every PDF too, reporting progress to the page that asked. */
self.addEventListener("message", function (event) {
  if (!event.data || event.data.soort !== "alles") return;
  var bron = event.source, klaar = 0;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(PDFS.map(function (pdf) {
      return cache.match(pdf.pad).then(function (hit) { return hit || cache.add(pdf.pad); }).then(function () {
        klaar += 1;
        bron.postMessage({ soort: "voortgang", klaar: klaar, totaal: PDFS.length });
      });
    }));
  }).then(function () { bron.postMessage({ soort: "klaar" }); },
    function () { bron.postMessage({ soort: "fout" }); }));
});
