/* The family's network, shared by the veiligheidscirkels, the olievlek and the netwerkkaart:
   one list of people in this browser, each entered once (id, naam, relatie, notitie) with where
   each tool places them (kringen per cirkel, a place in the olievlek, the map's choices), and
   whether they belong to the household (huishouden: the parents and children the case is about).
   Placing someone stores only that; the name lives in one place, so renaming shows everywhere.
   Kept by the core's one rule (K.opslag: this tab until the user opts in) under one key;
   circles kept by older versions (handreiking.veiligheidscirkels) move in once, without loss.
   Joined after the core and before a handout's own file (handreiking/bouwstappen/skripts.py), with the
   ids it checks against as build data (gegevens "netwerk"). Offers handreikingKern.netwerk; the
   case's dated moments (N.momenten) are read, kept and merged by momenten.js, joined right after. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  if (K.netwerk) return;
  var G = K.gegevens("netwerk"), SOORT = "netwerk", VERSIE = 2, OUD = "veiligheidscirkels";
  var MAX = { mensen: 500, naam: 200, relatie: 100, notitie: 500, midden: 60 };
  var opslag = K.opslag("handreiking.netwerk"), oud = K.opslag("handreiking.veiligheidscirkels");
  /* The worksheets' fields of the same family: the other part of the case (werkbladen.js fills it). */
  var blad = K.opslag("handreiking.family-finding-werkbladen");
  var N = K.netwerk = { opslag: opslag, bladOpslag: blad, MAX: MAX, G: G, SOORT: SOORT, midden: "", datum: "", begonnen: "", mensen: [], momenten: [], privacy: null };
  var luister = [];
  /* Extension points: a part of the case kept in the same file (genogram.js) registers
     {bestand(d), controleer(d, data) -> "" or a Dutch message, zet(data), leeg(), samenvoegen(basis, ander), verwijder(p)}. */
  var delen = N.delen = [];
  function elk(naam, a, b) { delen.forEach(function (x) { x[naam](a, b); }); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function vandaag() { var d = new Date(); return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()); }
  function kort(t) { return t.length > 40 ? t.slice(0, 39) + "…" : t; }
  function obj(o) { return o && typeof o === "object" && !Array.isArray(o); }
  function heeft(lijst, x) { return lijst.indexOf(x) >= 0; }
  function nieuwId(bezet) { var id; do id = "p" + Math.random().toString(36).slice(2, 10); while (bezet[id]); return id; }
  N.vandaag = vandaag;
  /* A new case: started today (begonnen is kept for good; datum is the last change). */
  N.leeg = function () { N.midden = ""; N.datum = N.begonnen = vandaag(); N.mensen = []; N.momenten = []; elk("leeg"); };
  N.leeg();
  N.kaartLeeg = function () { return { gebied: "", biedt: [], contact: "", vroeger: false, beleving: "", meedenken: false, steunt: [] }; };

  /* ---------- The file: what is kept and exported ---------- */
  N.bestand = function () {
    var d = { soort: SOORT, versie: VERSIE, datum: N.datum, begonnen: N.begonnen, midden: N.midden, momenten: N.momenten, mensen: N.mensen.map(function (p) {
      var u = { id: p.id, naam: p.naam, relatie: p.relatie, notitie: p.notitie, kringen: p.kringen, kaart: p.kaart };
      if (p.olievlek) u.olievlek = p.olievlek;
      if (p.huishouden) u.huishouden = true;
      return u;
    }) };
    elk("bestand", d);
    return d;
  };
  N.tekst = function () { return JSON.stringify(N.bestand()); };

  /* A kept or imported text -> {data} or {fout: Dutch message}. Reads this format and the
     circles worksheet of older versions (soort veiligheidscirkels, versie 1). */
  var KIES = "Kies een bestand dat je hier met ‘Bewaar als bestand’ hebt gemaakt.";
  N.controleer = function (tekst) {
    if (!String(tekst).trim()) return { fout: "Het bestand is leeg. " + KIES };
    var d;
    try { d = JSON.parse(tekst); } catch (e) { return { fout: "Deze pagina kan dit bestand niet lezen: het is geen werkblad. " + KIES }; }
    if (!obj(d) || (d.soort !== SOORT && d.soort !== OUD)) return { fout: "Dit bestand is geen werkblad van deze pagina. " + KIES };
    function type(zin) { return { fout: zin + " Er is niets veranderd." }; }
    if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return type("Het versienummer van het werkblad ontbreekt of is beschadigd.");
    var kent = d.soort === OUD ? 1 : VERSIE;  /* the circles' own file never went past versie 1 */
    if (d.versie > kent) return { fout: "Dit werkblad is gemaakt met een nieuwere versie van deze pagina (versie " + d.versie + "); deze pagina kent versie " + kent + ". Open het op de site waarop het is gemaakt." };
    if (typeof d.midden !== "string") return type("De naam in het midden ontbreekt of is beschadigd.");
    var midden = K.schoon(d.midden);
    if (typeof d.datum !== "string") return type("De datum ontbreekt of is beschadigd.");
    if (d.begonnen !== undefined && (typeof d.begonnen !== "string" || !N.DAG.test(d.begonnen))) return type("De datum waarop de casus begon, is beschadigd.");
    var momenten = N.controleerMomenten(d.momenten);  /* momenten.js; a file of versie 1 has none */
    if (momenten.fout) return momenten;
    if (!Array.isArray(d.mensen)) return type("Het netwerk ontbreekt of is beschadigd.");
    if (midden.length > MAX.midden) return type("De naam in het midden is langer dan " + MAX.midden + " tekens.");
    if (d.mensen.length > MAX.mensen) return type("Dit werkblad heeft " + d.mensen.length + " mensen; er passen er hoogstens " + MAX.mensen + " in.");
    var mensen = [], ids = Object.create(null), plekken = Object.create(null);
    for (var i = 0; i < d.mensen.length; i++) {
      var p = d.mensen[i], wie = "persoon " + (i + 1), Wie = "P" + wie.slice(1);
      if (!obj(p)) return type(Wie + " is beschadigd.");
      if (typeof p.naam !== "string") return type("De naam van " + wie + " ontbreekt of is beschadigd.");
      var naam = K.schoon(p.naam);
      if (!naam) return type(Wie + " heeft geen naam met zichtbare tekens.");
      if (naam.length > MAX.naam) return type("De naam van " + wie + " is " + naam.length + " tekens lang; een naam mag hoogstens " + MAX.naam + " tekens hebben.");
      for (var veld in { relatie: 1, notitie: 1 }) {
        if (p[veld] !== undefined && typeof p[veld] !== "string") return type("De " + veld + " van " + wie + " is beschadigd.");
        if ((p[veld] || "").length > MAX[veld]) return type("De " + veld + " van " + wie + " is langer dan " + MAX[veld] + " tekens.");
      }
      var id = p.id === undefined && d.soort === OUD ? nieuwId(ids) : p.id;
      if (typeof id !== "string" || !/^[a-z0-9]{1,20}$/.test(id) || ids[id]) return type(Wie + " is beschadigd of staat twee keer in het bestand.");
      ids[id] = 1;
      if (!obj(p.kringen)) return type("De kringen van " + wie + " zijn beschadigd.");
      var kringen = {};
      for (var cid in p.kringen) {
        if (!Object.prototype.hasOwnProperty.call(p.kringen, cid)) continue;
        var rid = p.kringen[cid], c = Object.prototype.hasOwnProperty.call(G.cirkels, cid) ? G.cirkels[cid] : null;
        var nr = c ? Object.keys(G.cirkels).indexOf(cid) + 1 : 0;
        if (typeof rid !== "string") return type("De kring van " + wie + " in cirkel " + (c ? nr : "‘" + kort(cid) + "’") + " is beschadigd.");
        if (!c || !heeft(c, rid)) return type(Wie + " (‘" + kort(p.naam) + "’) staat in " + (c ? "cirkel " + nr + " in kring ‘" + kort(rid) + "’, maar die kring bestaat niet" : "cirkel ‘" + kort(cid) + "’, maar die cirkel bestaat niet") + ".");
        kringen[cid] = rid;
      }
      var o = p.olievlek;
      if (o !== undefined && (typeof o !== "number" || o % 1 !== 0 || o < 1 || o > G.olievlek)) return type("De plek van " + wie + " in de olievlek bestaat niet (er zijn plekken 1 tot en met " + G.olievlek + ").");
      if (o && plekken[o]) return type("Op plek " + o + " van de olievlek staan twee mensen.");
      if (o) plekken[o] = 1;
      if (p.huishouden !== undefined && typeof p.huishouden !== "boolean") return type("Of " + wie + " bij het huishouden hoort, is beschadigd.");
      var k = p.kaart === undefined ? N.kaartLeeg() : p.kaart;
      if (!obj(k) || !Array.isArray(k.biedt) || typeof k.vroeger !== "boolean" || typeof k.meedenken !== "boolean") return type("De netwerkkaart van " + wie + " is beschadigd.");
      var keuzes = { gebied: G.gebieden, contact: G.contact, beleving: G.beleving }, als = { gebied: "als levensgebied", contact: "voor hoe het contact nu is", beleving: "voor hoe het gezin het contact ervaart" };
      for (var sleutel in keuzes) if (k[sleutel] !== "" && !heeft(keuzes[sleutel], k[sleutel])) return type("Op de netwerkkaart van " + wie + " is ‘" + kort(String(k[sleutel])) + "’ onbekend " + als[sleutel] + ".");
      if (k.biedt.some(function (b, j) { return !heeft(G.biedt, b) || k.biedt.indexOf(b) !== j; })) return type("Wat " + wie + " biedt, is beschadigd.");
      if (k.steunt !== undefined && (!Array.isArray(k.steunt) || k.steunt.some(function (s, j) { return typeof s !== "string" || k.steunt.indexOf(s) !== j; }))) return type("Wie " + wie + " steunt, is beschadigd.");
      mensen.push({ id: id, naam: naam, relatie: p.relatie || "", notitie: p.notitie || "", kringen: kringen, olievlek: o || 0, huishouden: p.huishouden === true,
        kaart: { gebied: k.gebied, biedt: k.biedt.slice(), contact: k.contact, vroeger: k.vroeger, beleving: k.beleving, meedenken: k.meedenken, steunt: (k.steunt || []).slice() } });
    }
    /* Whom someone supports (kaart.steunt, empty: the whole family): members of the household only. */
    var lid = Object.create(null);
    mensen.forEach(function (q) { if (q.huishouden) lid[q.id] = 1; });
    for (var s = 0; s < mensen.length; s++) {
      var mis = mensen[s].kaart.steunt.filter(function (x) { return !lid[x]; })[0];
      if (mis !== undefined) return type("Persoon " + (s + 1) + " (‘" + kort(mensen[s].naam) + "’) steunt ‘" + kort(mis) + "’, maar " + (ids[mis] ? "die hoort niet bij het huishouden" : "die persoon staat niet in het bestand") + ".");
    }
    var data = { midden: midden, datum: d.datum, begonnen: d.begonnen || d.datum, mensen: mensen, momenten: momenten.momenten };
    for (var x = 0; x < delen.length; x++) { var fout = delen[x].controleer(d, data); if (fout) return type(fout); }
    return { data: data };
  };
  N.DAG = /^\d{4}-\d\d-\d\d$/;
  N.zet = function (data) { N.midden = data.midden; N.datum = data.datum; N.begonnen = data.begonnen; N.mensen = data.mensen; N.momenten = data.momenten; elk("zet", data); };

  /* ---------- Keeping it ---------- */
  /* Read what this browser keeps; the first time, circles kept by an older version move in
     (in the area they were in) and their old key goes. */
  N.laad = function () {
    var tekst = opslag.lees(), r;
    N.gelezen = tekst;
    if (tekst === null) {
      var t = oud.lees();
      if (t === null) return;
      r = N.controleer(t);
      if (!r.data) return;
      N.zet(r.data);
      if (opslag.blijf(oud.blijvend, N.tekst())) oud.wis();
      N.gelezen = opslag.ruw();
      return;
    }
    r = N.controleer(tekst);
    if (r.data) N.zet(r.data);
    N.gelezen = tekst;
  };
  /* Save after a change (today becomes its date) and tell every view on the page. When another
     tab wrote since this tab last read, its changes are merged in first (N.samenvoegen), so a
     write never discards what another tab added; the views then draw everything again. */
  N.bewaar = function (gewijzigd) {
    if (gewijzigd !== false) N.datum = vandaag();
    var nu = opslag.ruw(), anders = nu !== null && nu !== N.gelezen && N.gelezen !== undefined;
    if (anders) {
      var r = N.controleer(nu), basis = N.gelezen === null ? null : N.controleer(N.gelezen);
      if (r.data) N.samenvoegen(basis && basis.data, r.data);
    }
    var t = N.tekst(), gelukt = N.privacy ? N.privacy.bewaar(t) : opslag.bewaar(t);
    N.gelezen = t;
    luister.forEach(function (f) { f(); });
    if (anders) elders("In een ander tabblad is het netwerk ook gewijzigd. Beide wijzigingen zijn bewaard.");
    return gelukt;
  };
  N.bij = function (f) { luister.push(f); };
  /* f(sentence): the network changed from elsewhere (another tab); draw everything again and say it. */
  var vanElders = [];
  N.vanElders = function (f) { vanElders.push(f); };
  function elders(zin) { vanElders.forEach(function (f) { f(zin); }); }

  /* Three-way merge by person id: `basis` is what this tab last read, `ander` what another tab
     kept since, N.* what this tab has now. Per person and field, a change on one side wins over
     no change; when both changed the same field, this tab's wins. Someone added on either side
     stays; someone removed on one side goes, unless the other side changed them. Persons stay
     the same objects where they stay, so open editors keep working. */
  function gelijk(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  var VELDEN = N.VELDEN = ["naam", "relatie", "notitie", "kringen", "olievlek", "huishouden", "kaart"];
  N.samenvoegen = function (basis, ander) {
    basis = basis || { midden: "", datum: "", mensen: [] };
    function perId(lijst) { var m = Object.create(null); lijst.forEach(function (p) { m[p.id] = p; }); return m; }
    var B = perId(basis.mensen), A = perId(ander.mensen), M = perId(N.mensen), uit = [];
    ander.mensen.forEach(function (a) {
      var m = M[a.id], b = B[a.id];
      if (m) {
        VELDEN.forEach(function (v) { if (b && gelijk(m[v], b[v]) && !gelijk(a[v], b[v])) m[v] = a[v]; });
        uit.push(m);
      } else if (!b || !VELDEN.every(function (v) { return gelijk(a[v], b[v]); })) uit.push(a);  /* new there, or changed there after removed here */
    });
    N.mensen.forEach(function (m) {
      if (A[m.id]) return;
      var b = B[m.id];
      if (!b || !VELDEN.every(function (v) { return gelijk(m[v], b[v]); })) uit.push(m);  /* new here, or changed here after removed there */
    });
    if (gelijk(N.midden, basis.midden)) N.midden = ander.midden;
    if (ander.datum > N.datum) N.datum = ander.datum;
    if (ander.begonnen && ander.begonnen < N.begonnen) N.begonnen = ander.begonnen;  /* the earliest start */
    N.momenten = N.samenvoegenMomenten(basis.momenten || [], ander.momenten || [], N.momenten);
    var plekken = Object.create(null);  /* one person per place of the olievlek: this tab's first */
    uit.sort(function (p, q) { return (M[q.id] ? 1 : 0) - (M[p.id] ? 1 : 0); }).forEach(function (p) {
      if (p.olievlek && plekken[p.olievlek]) p.olievlek = 0;
      if (p.olievlek) plekken[p.olievlek] = 1;
    });
    var volgorde = perId([]);
    ander.mensen.concat(N.mensen).forEach(function (p, i) { if (!(p.id in volgorde)) volgorde[p.id] = i; });
    N.mensen = uit.sort(function (p, q) { return volgorde[p.id] - volgorde[q.id]; });
    N.steuntOpruimen();
    elk("samenvoegen", basis, ander);
  };
  /* An open tab shows what another tab of this copy keeps: it reads the new text at once. */
  opslag.bijAnder(function (tekst) {
    if (tekst === null) {  /* the other tab removed the device copy (opted out or wiped): this tab keeps its own */
      opslag.blijf(false, N.tekst());
      N.gelezen = null;
      elders("In een ander tabblad is het bewaren op dit apparaat uitgezet of is alles gewist. Wat hier staat, blijft alleen in dit tabblad.");
      return;
    }
    var r = N.controleer(tekst);
    if (!r.data) return;
    N.zet(r.data);
    N.gelezen = tekst;
    elders("Het netwerk is bijgewerkt vanuit een ander tabblad.");
  });
  /* ---------- The case: one file for the whole family ---------- */
  /* The worksheets' fields as kept (werkbladen.js replaces this on its own page with what it shows). */
  var WB = "family-finding-werkbladen", MAX_VELD = 5000, MAX_VELDEN = 2000;
  N.velden = function () {
    var t = blad.ruw(), d = null;
    try { d = t && JSON.parse(t); } catch (e) { d = null; }
    return d && d.soort === WB && obj(d.velden) ? d.velden : {};
  };
  /* Keep fields opened from a case file (on a page without the worksheets: in their store). */
  N.zetVelden = function (velden) { blad.bewaar(JSON.stringify({ soort: WB, versie: 1, velden: velden })); };
  /* The case file: the network with everything each page placed, and every worksheet field. */
  N.casus = function () {
    var d = N.bestand();
    d.soort = "casus";
    d.werkbladen = { velden: N.velden() };
    return d;
  };
  /* Fields of a case or worksheets file: {velden} or {fout}. `bekend(key)`, when given, refuses a
     field this page does not have; otherwise a key must look like one (sheet.group.field). */
  N.controleerVelden = function (v, bekend) {
    if (!obj(v)) return { fout: "De ingevulde tekst van de werkbladen ontbreekt of is beschadigd." };
    var uit = {}, n = 0;
    for (var k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      var naam = "‘" + (k.length > 60 ? k.slice(0, 59) + "…" : k) + "’";
      if (++n > MAX_VELDEN || (bekend ? !bekend(k) : !/^[a-z0-9-]{1,40}(\.[a-z0-9-]{1,40}){1,2}$/.test(k))) return { fout: "Het bestand heeft een vak dat de werkbladen niet hebben: " + naam + "." };
      if (typeof v[k] !== "string") return { fout: "De tekst van vak " + naam + " is beschadigd." };
      if (v[k].length > MAX_VELD) return { fout: "De tekst van vak " + naam + " is langer dan " + MAX_VELD + " tekens." };
      uit[k] = v[k];
    }
    return { velden: uit };
  };
  /* Any file a page of this family saves or saved: a case (casus 1 or 2), a network (netwerk 1 or 2, also
     veiligheidscirkels 1 of older versions) or worksheets (family-finding-werkbladen 1 or 2).
     {data: {netwerk (or null: the file has none), velden (or null)}} or {fout}. */
  N.controleerBestand = function (tekst, bekend) {
    var d;
    try { d = JSON.parse(tekst); } catch (e) { d = null; }
    var GEEN = " Er is niets veranderd.";
    if (obj(d) && d.soort === "casus") {
      if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return { fout: "Het versienummer van het bestand ontbreekt of is beschadigd." + GEEN };
      if (d.versie > VERSIE) return { fout: "Dit bestand is gemaakt met een nieuwere versie van deze site (versie " + d.versie + "); deze pagina kent versie " + VERSIE + ". Open het op de site waarop het is gemaakt." };
      var w = d.werkbladen === undefined ? { velden: {} } : obj(d.werkbladen) ? N.controleerVelden(d.werkbladen.velden, bekend) : { fout: "De werkbladen in dit bestand zijn beschadigd." };
      if (w.fout) return { fout: w.fout + GEEN };
      var net = {};
      for (var k in d) if (k !== "werkbladen" && Object.prototype.hasOwnProperty.call(d, k)) net[k] = d[k];
      net.soort = SOORT;
      var r = N.controleer(JSON.stringify(net));
      return r.fout ? r : { data: { netwerk: r.data, velden: w.velden } };
    }
    if (obj(d) && d.soort === WB) {
      if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return { fout: "Het versienummer van de werkbladen ontbreekt of is beschadigd." + GEEN };
      if (d.versie > 2) return { fout: "Deze werkbladen zijn gemaakt met een nieuwere versie van deze pagina (versie " + d.versie + "); deze pagina kent versie 2. Open ze op de site waarop ze zijn gemaakt." + GEEN };
      var v = N.controleerVelden(d.velden, bekend);
      if (v.fout) return { fout: v.fout + GEEN };
      var netwerk = null;
      if (d.versie === 2) {
        var n2 = N.controleer(JSON.stringify(d.netwerk === undefined ? null : d.netwerk));
        if (n2.fout) return { fout: "Het netwerk in dit bestand is beschadigd: " + n2.fout };
        netwerk = n2.data;
      }
      return { data: { netwerk: netwerk, velden: v.velden } };
    }
    var r1 = N.controleer(tekst);
    return r1.fout ? r1 : { data: { netwerk: r1.data, velden: null } };
  };
  N.SOORTEN = ["casus", SOORT, WB];  /* what an encrypted file may hold to open here (its inhoud) */
  /* Whether anything would be replaced by opening a file: a name in the middle, anyone in the network, a moment. */
  N.ingevuld = function () { return !!N.midden || N.mensen.length > 0 || N.momenten.length > 0; };

  /* ---------- People ---------- */
  N.persoon = function (id) { return N.mensen.filter(function (p) { return p.id === id; })[0] || null; };
  /* A new person (or a Dutch message why not): the name cleaned, texts cut to their maximum. */
  N.voegToe = function (naam, relatie, notitie) {
    var schoon = K.schoon(naam, MAX.naam);
    if (!schoon) return String(naam).trim() ? K.onzichtbaar + " Er is niemand toegevoegd." : "Vul een naam of rol in.";
    if (N.mensen.length >= MAX.mensen) return "Er passen hoogstens " + MAX.mensen + " mensen in het netwerk.";
    var bezet = {};
    N.mensen.forEach(function (p) { bezet[p.id] = 1; });
    var p = { id: nieuwId(bezet), naam: schoon, relatie: String(relatie || "").trim().slice(0, MAX.relatie),
      notitie: String(notitie || "").trim().slice(0, MAX.notitie), kringen: {}, olievlek: 0, huishouden: false, kaart: N.kaartLeeg() };
    N.mensen.push(p);
    return p;
  };
  /* Rename: "" when done, else a Dutch message (the old name stays). */
  N.hernoem = function (p, naam) {
    var schoon = K.schoon(naam, MAX.naam);
    if (!schoon) return String(naam).trim() ? K.onzichtbaar + " De naam is niet veranderd." : "Een naam mag niet leeg zijn. De naam is niet veranderd.";
    p.naam = schoon;
    return "";
  };
  /* The household: the members of the family the case is about (each their own person). */
  N.huishouden = function () { return N.mensen.filter(function (p) { return p.huishouden; }); };
  N.verwijder = function (p) { N.mensen.splice(N.mensen.indexOf(p), 1); N.steuntOpruimen(); elk("verwijder", p); };
  /* Whom someone supports names household members only: whoever left the household (or the
     network) goes from every kaart.steunt, so what is kept always opens again. */
  N.steuntOpruimen = function () {
    var lid = Object.create(null);
    N.huishouden().forEach(function (q) { lid[q.id] = 1; });
    N.mensen.forEach(function (q) { q.kaart.steunt = (q.kaart.steunt || []).filter(function (x) { return lid[x]; }); });
  };
  /* Put a person on a place of the olievlek (0: none); whoever was there makes room. */
  N.olievlek = function (p, plek) {
    N.mensen.forEach(function (q) { if (plek && q.olievlek === plek) q.olievlek = 0; });
    if (p) p.olievlek = plek;
  };

  /* An opslag-like for K.privacy on a page that keeps its own data next to the network: opting
     in or out, and until when, go for both (one choice per family, on every page). */
  N.samen = function (eigen) {
    var s = Object.create(eigen), ander = eigen === opslag ? blad : opslag;
    /* Kept on this device when either is: the page never says "not kept" while names it shows are. */
    Object.defineProperty(s, "blijvend", { get: function () { return eigen.blijvend || ander.blijvend; }, set: function (v) { eigen.blijvend = v; ander.blijvend = v; } });
    s.tot = function () { return eigen.tot() || ander.tot(); };
    s.blijf = function (aan, t) { var a = eigen.blijf(aan, t); return ander.blijf(aan) && a; };
    s.wis = function () { return ander.wis() && eigen.wis(); };
    /* One choice per family: what one of the two keeps on the device, the other keeps there too
       (read once when a page starts; both stores read first). */
    s.eenKeuze = function () {
      ander.lees();
      if (eigen.blijvend !== ander.blijvend) { eigen.blijf(true); ander.blijf(true); }
    };
    return s;
  };

  /* ---------- The worksheet shell of a page of the network ---------- */
  /* Every Dutch text the shell says, in one block. */
  var T = {
    wis: "Alles wissen? Het hele netwerk wordt verwijderd: de naam in het midden en alle mensen, uit de netwerkkaart, de veiligheidscirkels, de olievlek en het genogram. Dit kun je niet ongedaan maken.",
    gewist: "Alles is gewist.",
    bewaard: function (versleuteld) { return "De casus is " + (versleuteld ? "versleuteld " : "") + "als bestand bewaard: het netwerk (" + K.aantal(N.mensen.length, "persoon", "mensen") + ")" + (N.momenten.length ? ", " + K.aantal(N.momenten.length, "vastgelegd moment", "vastgelegde momenten") : "") + " en de werkbladen."; },
    vervangt: function (data) { return "Het bestand vervangt wat nu is ingevuld" + (data.netwerk ? ": de naam in het midden" + (N.momenten.length ? ", " : " en ") + K.aantal(N.mensen.length, "persoon", "mensen") + (N.momenten.length ? " en " + K.aantal(N.momenten.length, "vastgelegd moment", "vastgelegde momenten") : "") : "") + (data.velden ? (data.netwerk ? ", en" : ":") + " de werkbladen" : "") + ". Doorgaan?"; },
    alleenVelden: "De werkbladen zijn geopend; het netwerk is niet veranderd.",
    geopend: function () { return "Het netwerk is geopend: " + K.aantal(N.mensen.length, "persoon", "mensen") + "."; }
  };
  /* pagina(cls, root, tekenAlles): the shell a network page (netwerkkaart, veiligheidscirkels)
     shares; its elements are [data-<cls>-status|fout|privacy|wis|export|import|print], .<cls>-app
     and #<cls>-app-kop. Returns {meld, fout, privacy, start()}; start() reads what is kept, shows
     the page and wires the buttons; the handout itself only draws and edits its own part. */
  N.pagina = function (cls, root, tekenAlles) {
    function $(sel) { return root.querySelector(sel); }
    function d(naam) { return $("[data-" + cls + "-" + naam + "]"); }
    var statusEl = d("status"), foutEl = d("fout"), zegStatus = K.melder(statusEl), zegFout = K.melder(foutEl);
    var w = {};
    w.meld = function (t) { foutEl.textContent = ""; zegStatus(t); };
    w.fout = function (t) { statusEl.textContent = ""; zegFout(t); };
    w.veldFout = function (veld, t) { w.fout(t); K.veldFout(veld, foutEl); };  /* the message tied to its field */
    var casus = N.samen(opslag);  /* one choice for the whole case: the network and the worksheets */
    function exporteer() { K.exporteer("casus-" + N.datum + ".json", N.casus(), function (v) { w.meld(T.bewaard(v)); }); }
    w.privacy = N.privacy = K.privacy(casus, { cls: cls, meld: w.meld, fout: w.fout, exporteer: exporteer,
      tekst: N.tekst, leeg: function () { N.leeg(); tekenAlles(); } });
    d("privacy").replaceWith(w.privacy.blok);
    d("wis").after(" ", w.privacy.wisKnop);
    function open(data) {
      if (data.velden) N.zetVelden(data.velden);
      if (!data.netwerk) { w.meld(T.alleenVelden); return; }
      N.zet(data.netwerk);
      N.bewaar(false);
      tekenAlles();
      w.meld(T.geopend());
    }
    w.start = function () {
      N.laad();
      casus.eenKeuze();
      N.vanElders(function (zin) {  /* another tab changed the network: draw it all again, focus kept where it was */
        var id = document.activeElement && document.activeElement.id;
        tekenAlles();
        if (id && document.getElementById(id)) document.getElementById(id).focus();
        w.meld(zin);
      });
      $("." + cls + "-app").hidden = false;
      tekenAlles();
      if (window.handreikingGestart) { var kop = $("#" + cls + "-app-kop"); kop.setAttribute("tabindex", "-1"); kop.focus(); }
      d("wis").addEventListener("click", function () {
        K.bevestig(T.wis, function () { N.leeg(); opslag.wis(); tekenAlles(); w.meld(T.gewist); });
      });
      d("export").addEventListener("click", exporteer);
      d("import").addEventListener("change", function (e) {
        var file = e.target.files && e.target.files[0];
        e.target.value = "";
        if (file) K.leesBestand(file, { soort: N.SOORTEN, controleer: N.controleerBestand, fout: w.fout, klaar: function (data) {
          var vervangt = (data.netwerk && N.ingevuld()) || (data.velden && Object.keys(N.velden()).length);
          if (vervangt) K.bevestig(T.vervangt(data), function () { open(data); });
          else open(data);
        } });
      });
      d("print").addEventListener("click", function () { window.print(); });
    };
    return w;
  };
})();
