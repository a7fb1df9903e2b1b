/* Shared core of every handout script, joined in front of each handout's file at build time
   (hooks/skripts.py; no ES modules: file:// must keep working). Offers window.handreikingKern:
   el (DOM helper), melder (screen-reader announcer), sleutel/opslag (storage scoped to this copy
   of the site, opt-in to keep it on the device), bevestig (confirm first) and gegevens (build data). */
(function () {
  "use strict";
  var kern = window.handreikingKern = window.handreikingKern || {};
  if (kern.el) return;  /* a second handout script on the same page shares the first core */

  /* el("button", {type: "button", text: "Wis", onclick: f}, [kids]): attributes (null or
     undefined skipped), `text` as textContent (user text stays text), `on…` as event handlers,
     children (null/false skipped, strings become text nodes). */
  kern.el = function (tag, attrs, kids) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null) return;  /* an absent value sets nothing */
      if (k === "text") node.textContent = v;
      else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    (kids || []).forEach(function (kid) { if (kid || kid === "") node.append(kid); });
    return node;
  };

  /* melder(region) -> meld(text): says text in the page's polite live region (made once,
     visually hidden, when the handout has none). Emptied first, so the same text twice is
     announced twice. */
  kern.melder = function (regio) {
    if (!regio && !kern.regio) {
      kern.regio = kern.el("div", { role: "status", "aria-live": "polite" });
      kern.regio.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)";
      document.body.append(kern.regio);
    }
    regio = regio || kern.regio;
    var wacht;
    return function (tekst) {
      clearTimeout(wacht);
      regio.textContent = "";
      wacht = setTimeout(function () { regio.textContent = tekst; }, 50);
    };
  };

  /* Storage keys are scoped to this copy of the site, as Material scopes its own:
     "<site root path>.<name>". The root is Material's __md_scope, else two folders up from this
     script (assets/<handout>/<handout>.js), so copies on one origin or in file:// folders never
     share data. */
  var script = document.currentScript;
  var basis = window.__md_scope || (script && script.src ? new URL("../../", script.src) : location.href);
  kern.sleutel = function (naam) { return new URL(String(basis), location.href).pathname + "." + naam; };

  /* Data kept by older versions under the bare name moves to this copy's key once (per storage
     area, only if this copy has none yet), so no second copy of the site picks it up later. */
  function verhuis(vak, oud, nieuw) {
    var tekst = vak.getItem(oud);
    if (tekst === null || vak.getItem(nieuw) !== null) return;
    vak.removeItem(oud);  /* first, so the copy fits in a nearly full storage */
    try { vak.setItem(nieuw, tekst); } catch (e) { vak.setItem(oud, tekst); }
  }

  /* opslag(name, alwaysLocal) -> a handout's store. Kept in sessionStorage until the user opts in
     (blijf(true)), then in localStorage; alwaysLocal keeps it in localStorage from the start.
     bewaar/blijf/wis return false when the browser refuses (quota full, storage blocked). */
  kern.opslag = function (naam, altijdLokaal) {
    var sleutel = kern.sleutel(naam);
    var o = { sleutel: sleutel, blijvend: !!altijdLokaal };
    function vak(lokaal) { return lokaal ? window.localStorage : window.sessionStorage; }
    function lukt(doe) { try { doe(); return true; } catch (e) { return false; } }
    /* The kept text (null if none or unreadable); also tells whether it was kept on the device. */
    o.lees = function () {
      try {
        verhuis(vak(true), naam, sleutel);
        var tekst = vak(true).getItem(sleutel);
        if (altijdLokaal) return tekst;
        verhuis(vak(false), naam, sleutel);
        o.blijvend = tekst !== null;
        return tekst !== null ? tekst : vak(false).getItem(sleutel);
      } catch (e) { return null; }
    };
    o.bewaar = function (tekst) { return lukt(function () { vak(o.blijvend).setItem(sleutel, tekst); }); };
    /* Opt in (aan) or out, moving what is kept, or keeping `tekst` instead when given. Opting
       out always removes the copy on the device, even if the tab's storage then refuses. */
    o.blijf = function (aan, tekst) {
      return lukt(function () {
        if (tekst == null) tekst = vak(o.blijvend).getItem(sleutel);
        if (!aan) { vak(true).removeItem(sleutel); o.blijvend = false; }
        var doel = vak(aan);  /* throws when that storage is blocked, even with nothing to move */
        if (tekst !== null) doel.setItem(sleutel, tekst);
        vak(!aan).removeItem(sleutel);
        o.blijvend = aan;
      });
    };
    /* Remove everything this handout keeps, in both areas; a copy under the bare name too, so
       wiped data cannot come back by moving in on the next visit. */
    o.wis = function () {
      if (!altijdLokaal) o.blijvend = false;
      return lukt(function () {
        [vak(true), vak(false)].forEach(function (v) { v.removeItem(sleutel); v.removeItem(naam); });
      });
    };
    return o;
  };

  /* Ask before wiping: runs doe() only when the reader confirms the (Dutch) question. */
  kern.bevestig = function (vraag, doe) {
    if (window.confirm(vraag)) { doe(); return true; }
    return false;
  };

  /* Build data: gegevens(name) reads <script type="application/json" id="gegevens-<name>">, or
     what a built script head registered with gegevens(name, value). Undefined when absent. */
  var bekend = Object.create(null);
  kern.gegevens = function (naam, waarde) {
    if (arguments.length > 1) { bekend[naam] = waarde; return waarde; }
    if (naam in bekend) return bekend[naam];
    var bron = document.getElementById("gegevens-" + naam);
    return bron ? (bekend[naam] = JSON.parse(bron.textContent)) : undefined;
  };
})();
