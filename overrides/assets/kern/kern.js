/* Shared core of every handout script, joined in front of each handout's file at build time
   (hooks/skripts.py; no ES modules: file:// must keep working). Offers window.handreikingKern:
   el (DOM helper), melder (screen-reader announcer), sleutel/opslag (storage scoped to this copy
   of the site, opt-in to keep it on the device), bevestig (confirm first) and gegevens (build data).
   Written compactly: it rides along in every handout file, also on the stroomschema's first visit. */
(function () {
  "use strict";
  var K = window.handreikingKern = window.handreikingKern || {};
  if (K.el) return;  /* a second handout script on the page keeps the first core */
  var W = window, D = document;

  /* el("button", {type: "button", text: "Wis", onclick: f}, [kids]): attributes (null or
     undefined skipped), `text` as textContent (user text stays text), `on…` as event handlers,
     children (null/false skipped, strings become text nodes). */
  K.el = function (tag, attrs, kids) {
    var n = D.createElement(tag);
    for (var k in attrs) {
      var v = attrs[k];
      if (v == null) continue;
      if (k == "text") n.textContent = v;
      else if (k.slice(0, 2) == "on") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    }
    (kids || []).forEach(function (kid) { if (kid || kid === "") n.append(kid); });
    return n;
  };

  /* melder(region) -> meld(text): says text in the handout's polite live region (else in one
     made once per page, visually hidden). Emptied first, so the same text twice is said twice. */
  K.melder = function (regio) {
    if (!regio && !K.regio) {
      D.body.append(K.regio = K.el("div", { role: "status", "aria-live": "polite" }));
      K.regio.style.cssText = "position:absolute;height:1px;overflow:hidden;clip:rect(0 0 0 0)";
    }
    regio = regio || K.regio;
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
  var src = D.currentScript && D.currentScript.src;
  var basis = new URL(W.__md_scope || (src ? "../../" : "."), src || location.href).pathname + ".";
  K.sleutel = function (naam) { return basis + naam; };

  /* opslag(name, alwaysLocal) -> a handout's store: sessionStorage until the user opts in
     (blijf(true)), then localStorage; alwaysLocal: localStorage from the start. bewaar, blijf
     and wis return false when the browser refuses (storage full or blocked). */
  K.opslag = function (naam, altijd) {
    var sleutel = basis + naam, o = { sleutel: sleutel, blijvend: !!altijd };
    function vak(lokaal) { return lokaal ? W.localStorage : W.sessionStorage; }
    function lukt(doe) { try { doe(); return true; } catch (e) { return false; } }
    /* Data kept by older versions under the bare name moves to this copy's key once (unless it
       has its own already), so no second copy of the site picks it up later. */
    function verhuis(v) {
      var oud = v.getItem(naam);
      if (oud === null || v.getItem(sleutel) !== null) return;
      v.removeItem(naam);  /* first, so the move fits in a nearly full storage */
      try { v.setItem(sleutel, oud); } catch (e) { v.setItem(naam, oud); }
    }
    /* The kept text (null if none or unreadable); sets blijvend when it is kept on the device. */
    o.lees = function () {
      try {
        verhuis(vak(1));
        var t = vak(1).getItem(sleutel);
        if (altijd) return t;
        verhuis(vak(0));
        o.blijvend = t !== null;
        return o.blijvend ? t : vak(0).getItem(sleutel);
      } catch (e) { return null; }
    };
    o.bewaar = function (t) { return lukt(function () { vak(o.blijvend).setItem(sleutel, t); }); };
    /* Opt in (aan) or out, moving what is kept (or keeping t instead). Opting out always removes
       the copy on the device, even when the tab's storage then refuses. */
    o.blijf = function (aan, t) {
      return lukt(function () {
        if (t == null) t = vak(o.blijvend).getItem(sleutel);
        if (!aan) { vak(1).removeItem(sleutel); o.blijvend = false; }
        var doel = vak(aan);  /* throws when that storage is blocked, even with nothing to move */
        if (t !== null) doel.setItem(sleutel, t);
        vak(!aan).removeItem(sleutel);
        o.blijvend = aan;
      });
    };
    /* Remove all this handout keeps, in both areas, also under the bare name (so it cannot move
       in again on the next visit). */
    o.wis = function () {
      o.blijvend = !!altijd;
      return lukt(function () {
        [vak(1), vak(0)].forEach(function (v) { v.removeItem(sleutel); v.removeItem(naam); });
      });
    };
    return o;
  };

  /* Ask before wiping: runs doe() only when the reader confirms the (Dutch) question. */
  K.bevestig = function (vraag, doe) { if (W.confirm(vraag)) doe(); };

  /* Build data: gegevens(name) reads <script type="application/json" id="gegevens-<name>">, or
     what a built script head registered with gegevens(name, value). Undefined when absent. */
  var bekend = {};  /* keys "." + name: no name meets Object.prototype */
  K.gegevens = function (naam, waarde) {
    if (arguments.length > 1) bekend["." + naam] = waarde;
    var bron = D.getElementById("gegevens-" + naam);
    if (!("." + naam in bekend) && bron) bekend["." + naam] = JSON.parse(bron.textContent);
    return bekend["." + naam];
  };
})();
