/* Shared core of every handout script, joined in front of each handout's file at build time
   (handreiking/bouwstappen/skripts.py; no ES modules: file:// must keep working). Offers window.handreikingKern:
   el (DOM helper), melder (screen-reader announcer), gegevens (build data), sleutel/opslag
   (storage scoped to this copy of the site, one rule for all: this tab until the user opts in,
   kept data expires after the site's keep period unused), wisAlles (wipe this copy), privacy
   (the privacy block with the same words on every handout), schoon (names without invisible
   characters), aantal/datum (Dutch counts and dates), bestand (save a file), bevestig (confirm first).
   The worksheets also get kern/bestand.js (encrypted export, import).
   Written compactly: it rides along in every handout file. */
(function () {
  "use strict";
  var K = window.handreikingKern = window.handreikingKern || {};
  if (K.el) return;  /* a second handout script on the page keeps the first core */
  var W = window, D = document;

  /* el("button", {type: "button", text: "Wis", onclick: f}, [kids]): attributes (null or
     undefined skipped), `text` as textContent (user text stays text), `on…` as event handlers,
     children (null/false skipped, strings become text nodes). */
  /* A field's error, tied to the field (WCAG 3.3.1, 1.3.1): aria-invalid, and the message's element
     added to its aria-describedby, both taken away again at the next change of the field. */
  var nummer = 0;
  K.veldFout = function (veld, melding) {
    if (!melding.id) melding.id = "veldfout-" + ++nummer;
    var eerder = veld.getAttribute("aria-describedby");
    veld.setAttribute("aria-invalid", "true");
    veld.setAttribute("aria-describedby", (eerder ? eerder + " " : "") + melding.id);
    veld.focus();
    veld.addEventListener("input", function weg() {
      veld.removeAttribute("aria-invalid");
      if (eerder) veld.setAttribute("aria-describedby", eerder); else veld.removeAttribute("aria-describedby");
      veld.removeEventListener("input", weg);
    });
  };
  /* The first element matching a selector, and all of them as an array (in root, else the page). */
  K.een = function (sel, root) { return (root || D).querySelector(sel); };
  K.alle = function (sel, root) { return Array.prototype.slice.call((root || D).querySelectorAll(sel)); };
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

  /* Build data: gegevens(name) reads <script type="application/json" id="gegevens-<name>">, or
     what a built script head registered with gegevens(name, value). Undefined when absent. */
  var bekend = {};  /* keys "." + name: no name meets Object.prototype */
  K.gegevens = function (naam, waarde) {
    if (arguments.length > 1) bekend["." + naam] = waarde;
    var bron = D.getElementById("gegevens-" + naam);
    if (!("." + naam in bekend) && bron) bekend["." + naam] = JSON.parse(bron.textContent);
    return bekend["." + naam];
  };

  /* Storage keys are scoped to this copy of the site, as Material scopes its own:
     "<site root path>.<name>". The root is Material's __md_scope, else two folders up from this
     script (assets/<handout>/<handout>.js), so copies on one origin or in file:// folders never
     share data. */
  var src = D.currentScript && D.currentScript.src;
  var basis = new URL(W.__md_scope || (src ? "../../" : "."), src || location.href).pathname + ".";
  K.sleutel = function (naam) { return basis + naam; };

  /* How long kept data stays when unused: this copy's setting (gegevens-site), else 30 days. */
  var DAG = 864e5, dagen = K.dagen = (K.gegevens("site") || {}).bewaardagen || 30;
  var TIJD = ".gebruikt";  /* next to each kept text: when it was last used (ms since 1970) */
  function vak(lokaal) { return lokaal ? W.localStorage : W.sessionStorage; }
  function lukt(doe) { try { doe(); return true; } catch (e) { return false; } }
  /* Every key of this copy in both areas that is a handout's (Material's own start with "__"). */
  function eigen(doe) {
    lukt(function () {
      [vak(1), vak(0)].forEach(function (v) {
        for (var i = 0, ks = []; i < v.length; i++) ks.push(v.key(i));
        ks.forEach(function (k) { if (k.indexOf(basis) === 0 && k.slice(basis.length, basis.length + 2) != "__") doe(v, k); });
      });
    });
  }
  /* Kept data unused for longer than the keep period goes before anything reads it. */
  eigen(function (v, k) {
    var n = k.length - TIJD.length;
    if (k.slice(n) == TIJD && Date.now() - v.getItem(k) > dagen * DAG) { v.removeItem(k.slice(0, n)); v.removeItem(k); }
  });

  /* Wiped here while an older version's text lay under the bare name (shared by every copy on
     this origin): that text stays for the other copies, and a mark next to it (in the same area,
     no family data, only then) keeps it from moving into this copy again. */
  var GEWIST = "__gewist.", namen = ["handreiking.netwerk", "handreiking.veiligheidscirkels", "handreiking.family-finding-werkbladen", "vraagkaarten:v1"];
  function gewist(v, naam) { return v.getItem(basis + GEWIST + naam) !== null; }
  function markeer(v, naam) { if (v.getItem(naam) !== null) v.setItem(basis + GEWIST + naam, "1"); }

  /* opslag(name) -> a handout's store, one rule for all: sessionStorage (this tab) until the
     user opts in (blijf(true)), then localStorage; what is already in localStorage counts as
     opted in. Each text is kept with its last-used time (key + ".gebruikt"). bewaar, blijf and
     wis return false when the browser refuses (storage full or blocked). */
  K.opslag = function (naam) {
    var sleutel = basis + naam, o = { sleutel: sleutel, blijvend: false };
    if (namen.indexOf(naam) < 0) namen.push(naam);
    function zet(v, t) { v.setItem(sleutel, t); v.setItem(sleutel + TIJD, String(Date.now())); }
    function weg(v) { v.removeItem(sleutel); v.removeItem(sleutel + TIJD); }
    /* Data kept by older versions under the bare name moves to this copy's key once (unless it
       has its own already), so no second copy of the site picks it up later. */
    function verhuis(v) {
      var oud = v.getItem(naam);
      if (oud === null || v.getItem(sleutel) !== null || gewist(v, naam)) return;
      v.removeItem(naam);  /* first, so the move fits in a nearly full storage */
      try { v.setItem(sleutel, oud); } catch (e) { v.setItem(naam, oud); }
    }
    /* The kept text (null if none or unreadable); sets blijvend when it is kept on the device.
       Reading counts as use: the keep period starts again. */
    o.lees = function () {
      try {
        verhuis(vak(1));
        verhuis(vak(0));
        var t = vak(1).getItem(sleutel);
        o.blijvend = t !== null;
        if (!o.blijvend) t = vak(0).getItem(sleutel);
        if (t !== null) lukt(function () { zet(vak(o.blijvend), t); });
        return t;
      } catch (e) { return null; }
    };
    o.bewaar = function (t) { return lukt(function () { zet(vak(o.blijvend), t); }); };
    /* Until when the device keeps it (a Date), or null when it is not kept there. */
    o.tot = function () {
      var t = o.blijvend && +vak(1).getItem(sleutel + TIJD);
      return t ? new Date(t + dagen * DAG) : null;
    };
    /* Opt in (aan) or out, moving what is kept (or keeping t instead). Opting out always removes
       the copy on the device, even when the tab's storage then refuses. */
    o.blijf = function (aan, t) {
      return lukt(function () {
        if (t == null) t = vak(o.blijvend).getItem(sleutel);
        if (!aan) { weg(vak(1)); o.blijvend = false; }
        var doel = vak(aan);  /* throws when that storage is blocked, even with nothing to move */
        if (t !== null) zet(doel, t);
        weg(vak(!aan));
        o.blijvend = aan;
        /* Kept on purpose: ask the browser not to clear it under storage pressure (it may say no). */
        if (aan && navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () { /* no answer: nothing changes */ });
      });
    };
    /* What is kept now, without counting it as use (null if nothing): to see whether another tab
       wrote since this tab last read. */
    o.ruw = function () {
      var t = null;
      lukt(function () { t = vak(o.blijvend).getItem(sleutel); });
      return t;
    };
    /* Another tab of this copy wrote or removed the device copy: f(new text or null). Tabs share
       only localStorage; the browser tells every other tab of each write (the storage event). */
    o.bijAnder = function (f) {
      W.addEventListener("storage", function (e) {
        if (e.key === sleutel && e.storageArea === W.localStorage && o.blijvend) f(e.newValue);
      });
    };
    /* Remove all this handout keeps, in both areas, also under the bare name (so it cannot move
       in again on the next visit). */
    o.wis = function () {
      o.blijvend = false;
      return lukt(function () { [vak(1), vak(0)].forEach(function (v) { weg(v); markeer(v, naam); }); });
    };
    return o;
  };
  /* Wipe everything every handout of this copy keeps, in both areas; other copies and Material's
     own keys stay. What older versions kept under a bare name (handreiking.netwerk, …) belongs to
     every copy on this origin, so it stays too: a mark (this copy's only key after a wipe, no
     family data) keeps it from moving into this copy again. */
  K.wisAlles = function () {
    eigen(function (v, k) { v.removeItem(k); });
    return lukt(function () { [vak(1), vak(0)].forEach(function (v) { namen.forEach(function (n) { markeer(v, n); }); }); });
  };

  /* Names and other short texts people type: without bidi controls (which can disguise a name)
     and zero-width characters, white space collapsed; "" when nothing visible remains. */
  K.schoon = function (t, max) {
    t = String(t).replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g, "")
      .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, " ").trim().slice(0, max || 1e4).trim();
    return /[^\s\p{C}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u.test(t) ? t : "";
  };
  K.onzichtbaar = "Dit bestaat alleen uit onzichtbare tekens. Typ letters of cijfers die je kunt lezen.";

  /* A count with its noun: aantal(1, "kaart", "kaarten") -> "1 kaart", (3, …) -> "3 kaarten". */
  K.aantal = function (n, een, meer) { return n + " " + (n == 1 ? een : meer); };

  /* A Dutch date: 1 januari 2027. */
  K.datum = function (d) { return d.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }); };

  /* Save a handout's data (or a file's text as is) as a JSON file on this device (nothing leaves
     the browser). The worksheets ask first, encrypted or not: K.exporteer (kern/bestand.js). */
  K.bestand = function (naam, data) {
    var tekst = typeof data == "string" ? data : JSON.stringify(data, null, 1);
    var url = URL.createObjectURL(new Blob([tekst], { type: "application/json" }));
    var a = K.el("a", { href: url, download: naam });
    D.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  };

  /* The privacy block every handout shows, with the same words: what the browser does, the
     opt-in with until when it keeps, a warning while kept, and a failed save at once with
     "Bewaar nu als bestand". h: {cls (class prefix), tekst() (the data as text), exporteer(), leeg()
     (forget all in memory after wiping everything), meld(text), fout(text)}. Returns
     {blok, wisKnop ("Alles van deze site wissen", for next to the handout's own wipe),
     bewaar(text) (saves, shows a failure or clears it), toon() (shows the opt-in state)}. */
  K.privacy = function (opslag, h) {
    var c = h.cls + "-", el = K.el;
    var vink = el("input", { type: "checkbox" }), tot = el("span", { "class": c + "tot" });
    var waarsch = el("p", { "class": c + "waarschuwing kern-waarschuwing", hidden: "" }, [el("strong", { text: "Let op:" }),
      " het blijft nu op dit apparaat bewaard, ook na sluiten van de browser. Gebruik dit niet op een gedeelde computer. Zet het vinkje uit om de bewaarde kopie te verwijderen."]);
    var mis = el("div", { "class": c + "mislukt", role: "alert" });
    var p = {
      blok: el("div", { "class": c + "privacy kern-privacy" }, [
        el("p", { "class": c + "opslagtekst", text: "Wat je hier invult, blijft in deze browser. Er wordt niets verstuurd. Zonder vinkje bewaart de browser het alleen voor dit tabblad; zolang het tabblad open is, kan hij het ook in zijn eigen bestanden op dit apparaat zetten. Met het vinkje blijft het op dit apparaat, ook na sluiten van de browser. Heb je het " + K.aantal(dagen, "dag", "dagen") + " niet gebruikt, dan wist deze site het zodra je daarna een pagina van deze site opent. Safari op iPhone en iPad wist het zelf al als je de site 7 dagen niet hebt geopend. ‘Alles van deze site wissen’ haalt het meteen uit deze browser; in de eigen bestanden van de browser kan het nog staan tot de browser die opruimt." }),
        el("p", {}, [el("label", { "class": c + "schakel" }, [vink, " Bewaar op dit apparaat"]), tot]),
        waarsch, mis]),
      wisKnop: el("button", { type: "button", "class": "md-button", text: "Alles van deze site wissen" })
    };
    p.toon = function () {
      var d = opslag.tot();
      vink.checked = opslag.blijvend;
      waarsch.hidden = !opslag.blijvend;
      tot.textContent = d ? " (bewaard tot " + K.datum(d) + ")" : "";
    };
    /* A failed save: the data stays on this page, and the block says so with "Bewaar nu als bestand". */
    function mislukt(zin) {
      mis.replaceChildren(el("p", { text: zin + " Je kunt verder werken, maar wat je invult staat nu alleen op deze pagina. Bewaar het nu als bestand, anders ben je het kwijt als je de pagina sluit." }),
        el("p", {}, [el("button", { type: "button", "class": "md-button md-button--primary", text: "Bewaar nu als bestand", onclick: h.exporteer })]));
    }
    p.mislukt = mislukt;
    p.bewaar = function (t) {
      var gelukt = opslag.bewaar(t);
      if (gelukt) mis.textContent = "";
      else if (!mis.firstChild) mislukt("Bewaren in deze browser lukte niet: de opslag is vol of geblokkeerd.");
      p.toon();
      return gelukt;
    };
    vink.addEventListener("change", function () {
      var aan = vink.checked;
      if (!opslag.blijf(aan, h.tekst())) {
        if (aan) h.fout("Deze browser staat bewaren op dit apparaat niet toe.");
        else mislukt("De kopie op dit apparaat is verwijderd, maar de browser kon het niet voor dit tabblad bewaren: de opslag is vol of geblokkeerd.");
      } else if (opslag.blijvend) h.meld("Het wordt nu op dit apparaat bewaard, ook na sluiten van de browser, tot " + K.datum(opslag.tot()) + ".");
      else h.meld("De bewaarde kopie op dit apparaat is verwijderd. Zonder vinkje bewaart de browser het alleen voor dit tabblad.");
      p.toon();
    });
    p.wisKnop.addEventListener("click", function () {
      K.bevestig("Alles van deze site wissen? Alles wat de werkbladen, de veiligheidscirkels, de netwerkkaart en de vraagkaarten van deze site in deze browser bewaren, wordt verwijderd. Dit kun je niet ongedaan maken.", function () {
        K.wisAlles();
        opslag.blijvend = false;
        h.leeg();
        mis.textContent = "";
        p.toon();
        h.meld("Alles van deze site is gewist uit deze browser.");
      });
    });
    return p;
  };

  /* Ask before wiping: runs doe() only when the reader confirms the (Dutch) question. */
  K.bevestig = function (vraag, doe) { if (W.confirm(vraag)) doe(); };

})();
