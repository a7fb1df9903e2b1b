/* Service worker: this copy of the site, offline after one visit (over http(s) only; never from file://).
   The build step afronden publishes it as sw.js in the site root, headed by VERSIE (a hash of the
   build), BESTANDEN (every page and asset, not the PDFs) and PDFS (each PDF with its size and a hash
   of its content). Its scope is the site's own folder; it answers only for the files of its own copy
   (another copy in a folder below this one, or anything else, goes to the network untouched).
   Caches are named after that scope, so two copies on one host never mix: one per release for the
   pages and assets, and one for the PDFs a reader kept, which every release takes over.
   Everything that fills a cache comes from the network, never from the browser's HTTP cache, so a
   new release is never filled with old files. It only keeps files of the site (GET requests);
   nothing a user types ever passes here. */
"use strict";
var SCOPE = self.registration.scope;
var PREFIX = "handreiking " + SCOPE + " ";
var CACHE = PREFIX + VERSIE;  // this release's pages and assets
var PDF_CACHE = PREFIX + "pdf";  // the kept PDFs, each under its content hash (unchanged ones outlive a release)
var ALLES = SCOPE + "?offline=alles";  // marker in PDF_CACHE: the reader chose "Alles offline bewaren"

function absolute(pad) { return new URL(pad, SCOPE).href; }
function bare(url) { return url.split("#")[0].split("?")[0]; }
function fresh(url) { return new Request(url, { cache: "reload" }); }  // past the HTTP cache, to the server
function pdfKey(pdf) { return absolute(pdf.pad) + "?inhoud=" + pdf.hash; }
function oldRelease(name) { return name.indexOf(PREFIX) === 0 && name !== CACHE && name !== PDF_CACHE; }

var OWN = {};  // every file of this copy (absolute URL without query): true, or its entry in PDFS
BESTANDEN.forEach(function (pad) { OWN[absolute(pad)] = true; });
PDFS.forEach(function (pdf) { OWN[absolute(pdf.pad)] = pdf; });

/* One PDF from the network, kept under its content hash; the copies of earlier releases go. */
function keepPdf(cache, pdf, response) {
  var got = response ? Promise.resolve(response) : fetch(fresh(absolute(pdf.pad)));
  return got.then(function (r) {
    if (r.status !== 200) throw new Error("HTTP " + r.status);
    return cache.put(pdfKey(pdf), r);
  }).then(function () {
    return cache.keys(absolute(pdf.pad), { ignoreSearch: true });
  }).then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.url !== pdfKey(pdf); })
      .map(function (k) { return cache.delete(k); }));
  });
}

/* Releases before the PDF cache kept PDFs in the release's own cache: take them along (as copies
   of unknown content, which carryPdfs then fetches anew). */
function adoptPdfs(cache) {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(oldRelease).map(function (name) {
      return caches.open(name).then(function (old) {
        return old.keys().then(function (keys) {
          return Promise.all(keys.filter(function (k) { return typeof OWN[bare(k.url)] === "object"; })
            .map(function (k) {
              return old.match(k).then(function (hit) { return hit && cache.put(bare(k.url) + "?inhoud=", hit); });
            }));
        });
      });
    }));
  });
}

/* The kept PDFs go along with a new release: an unchanged one stays as it is; a changed one is
   fetched anew, and if that fails the earlier copy stays usable offline. After "Alles offline
   bewaren", a PDF that is new in this release is kept as well. */
function carryPdfs() {
  return caches.open(PDF_CACHE).then(function (cache) {
    return adoptPdfs(cache).then(function () {
      return Promise.all([cache.match(ALLES), cache.keys()]);
    }).then(function (found) {
      var kept = {};
      found[1].forEach(function (k) { kept[bare(k.url)] = true; });
      return Promise.all(PDFS.map(function (pdf) {
        if (!found[0] && !kept[absolute(pdf.pad)]) return null;
        return cache.match(pdfKey(pdf)).then(function (hit) {
          return hit || keepPdf(cache, pdf).catch(function () { /* the earlier copy stays */ });
        });
      }));
    });
  });
}

/* The copy shares the reader's line with the page: at most TEGELIJK files at a time (a browser opens
   6 connections to a host: 4 stay for the page, enough for its search at once), and no new one
   while a page says it is loading its search ({soort: "wacht"} until {soort: "verder"}, or at most
   WACHT_MS), so on a slow line the search comes first. As with cache.addAll, one file that does not
   arrive fails the whole copy (the next visit tries again). */
var TEGELIJK = 2, WACHT_MS = 10000, VRAAG_MS = 500, poort = null, doorgaan = function () {}, antwoord = function () {};
function wacht() {
  if (poort) return;
  var timer;
  poort = new Promise(function (r) { doorgaan = function () { clearTimeout(timer); poort = null; r(); }; });
  timer = setTimeout(doorgaan, WACHT_MS);
}
/* Before the first file, the pages of this origin are asked whether one is loading its search (a
   search may start while this worker's own script comes in); each answers wacht or verder
   (partials/offline/registreer-js.html), and after VRAAG_MS the copy begins anyway. */
function vraagPaginas() {
  return self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (lijst) {
    if (!lijst.length) return undefined;
    return new Promise(function (klaar) {
      var open = lijst.length;
      antwoord = function () { open -= 1; if (open <= 0) klaar(); };
      setTimeout(klaar, VRAAG_MS);
      lijst.forEach(function (c) { c.postMessage({ soort: "kopie" }); });
    });
  }).then(function () { antwoord = function () {}; });
}
function kopieer(cache) {
  var rij = BESTANDEN.slice();
  function volgende() {
    var pad = rij.shift();
    if (pad === undefined) return Promise.resolve();
    return Promise.resolve(poort).then(function () { return fetch(fresh(pad)); }).then(function (response) {
      if (!response.ok) throw new TypeError("Niet op de server: " + pad);
      return cache.put(fresh(pad), response);
    }).then(volgende);
  }
  var rijen = [];
  for (var i = 0; i < TEGELIJK; i++) rijen.push(volgende());
  return Promise.all(rijen);
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return vraagPaginas().then(function () { return kopieer(cache); }); })
    .then(carryPdfs).then(function () { return self.skipWaiting(); }));
});

/* Drop this scope's caches of earlier releases, and the kept PDFs this release no longer has or
   holds in a newer version; a PDF whose new version could not be fetched keeps its earlier copy. */
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(oldRelease).map(function (n) { return caches.delete(n); }));
  }).then(function () { return caches.open(PDF_CACHE); }).then(function (cache) {
    return cache.keys().then(function (keys) {
      var current = {};
      keys.forEach(function (k) {
        var pdf = OWN[bare(k.url)];
        if (typeof pdf === "object" && k.url === pdfKey(pdf)) current[pdf.pad] = true;
      });
      return Promise.all(keys.filter(function (k) {
        var pdf = OWN[bare(k.url)];
        if (k.url === ALLES) return false;
        return typeof pdf !== "object" || (k.url !== pdfKey(pdf) && current[pdf.pad]);
      }).map(function (k) { return cache.delete(k); }));
    });
  }).then(function () { return self.clients.claim(); }));
});

function offline(pdf) {
  var tekst = pdf
    ? "Deze PDF is nog niet op dit apparaat bewaard en er is nu geen verbinding. Open hem opnieuw als je weer verbinding hebt, of kies op de startpagina eerst ‘Alles offline bewaren’."
    : "Deze pagina is nog niet op dit apparaat bewaard en er is nu geen verbinding.";
  var html = "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
    "<title>Geen verbinding</title><body style=\"font:1.1rem/1.5 sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">" +
    "<h1>Geen verbinding</h1><p>" + tekst + "</p><p><a href=\"" + SCOPE + "\">Naar de startpagina</a></p></body></html>";
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/* A PDF: this release's copy; else the network (then kept: opened once is kept); else an earlier copy. */
function openPdf(event, pdf) {
  return caches.open(PDF_CACHE).then(function (cache) {
    return cache.match(pdfKey(pdf)).then(function (hit) {
      if (hit) return hit;
      return fetch(fresh(absolute(pdf.pad))).then(function (response) {
        if (response.status === 200) event.waitUntil(keepPdf(cache, pdf, response.clone()).catch(function () {}));
        return response;
      }, function () {
        return cache.match(absolute(pdf.pad), { ignoreSearch: true }).then(function (old) { return old || offline(true); });
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request, url = bare(request.url), own = request.method === "GET" && OWN[url];
  if (!own) return;  // not a file of this copy: the network answers, nothing is kept
  if (own !== true) { event.respondWith(openPdf(event, own)); return; }
  // caches.match, not caches.open: a worker that a new release replaced while it still answered
  // would otherwise create its deleted cache again.
  event.respondWith(caches.match(url, { cacheName: CACHE }).then(function (hit) {
    return hit || fetch(request).catch(function () { return offline(false); });
  }));
});

/* "Alles offline bewaren": keep every PDF too (and those of later releases), reporting progress to
   the page that asked; "klaar" only when every PDF is on this device. */
self.addEventListener("message", function (event) {
  if (event.data && event.data.soort === "wacht") { wacht(); return antwoord(); }
  if (event.data && event.data.soort === "verder") { doorgaan(); return antwoord(); }
  if (!event.data || event.data.soort !== "alles") return;
  var bron = event.source, klaar = 0, mislukt = 0;
  event.waitUntil(caches.open(PDF_CACHE).then(function (cache) {
    return cache.put(ALLES, new Response("")).then(function () {
      return Promise.all(PDFS.map(function (pdf) {
        return cache.match(pdfKey(pdf)).then(function (hit) { return hit || keepPdf(cache, pdf); }).then(function () {
          klaar += 1;
          bron.postMessage({ soort: "voortgang", klaar: klaar, totaal: PDFS.length });
        }, function () { mislukt += 1; });
      }));
    });
  }).then(function () { bron.postMessage({ soort: mislukt ? "fout" : "klaar" }); },
    function () { bron.postMessage({ soort: "fout" }); }));
});
