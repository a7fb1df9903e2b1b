/* The network over time: moments (momenten), dated copies of the network as it was at a point
   of the work ("intake", "na het netwerkberaad"), each with a short label, kept in the case next
   to the network (N.momenten, in the file from versie 2 on), and the comparison of any two.
   A moment holds the name in the middle and, per person, id, naam, huishouden, the map's
   choices (kaart) and the genogram's years (genogram); and the genogram's relations and events
   (genogram.js; the comparison reads the map's choices only). Joined right after netwerk.js on every page of the case
   (handreiking/bouwstappen/skripts.py), so every page reads, keeps and merges them alike. */
(function () {
  "use strict";
  var K = window.handreikingKern,
    N = K.netwerk;
  if (!N || N.vergelijk) return;
  var MAX = { momenten: 50, label: 60 };
  N.MAX.momenten = MAX.momenten;
  N.MAX.label = MAX.label;
  /* What a comparison tells of a person who is in both: the map's choices, in this order. */
  N.VERGELIJK = ["gebied", "contact", "beleving", "biedt", "meedenken"];
  function kort(t) {
    return t.length > 40 ? t.slice(0, 39) + "…" : t;
  }

  /* A person as a moment keeps them (a copy: later edits do not reach it), with their genogram. */
  function kopie(p) {
    var k = p.kaart,
      g = p.genogram,
      u = {
        id: p.id,
        naam: p.naam,
        huishouden: !!p.huishouden,
        kaart: { gebied: k.gebied, biedt: k.biedt.slice(), contact: k.contact, vroeger: k.vroeger, beleving: k.beleving, meedenken: k.meedenken }
      };
    if (g && N.genogram) u.genogram = N.genogram.kopie(g);  /* genogram.js, joined after this file */
    return u;
  }
  /* The genogram's relations and events (genogram.js), copied. */
  function kopieLijst(l) {
    return (l || []).map(function (x) {
      return Object.assign({}, x);
    });
  }
  /* The network as it is now, in the shape of a moment (label "nu"): the map's choices per person
     and the genogram (each person's years, the relations and the events). */
  N.nu = function () {
    return { id: "nu", datum: N.datum, label: "nu", midden: N.midden, mensen: N.mensen.map(kopie), relaties: kopieLijst(N.relaties), gebeurtenissen: kopieLijst(N.gebeurtenissen) };
  };

  /* The moments of a file: {momenten} or {fout: a Dutch sentence, "Er is niets veranderd." at its
     end}. Each person is checked as a person of the network (N.controleer), so a moment holds
     only what the network itself may hold. */
  N.controleerMomenten = function (lijst) {
    function fout(zin) {
      return { fout: zin + " Er is niets veranderd." };
    }
    if (lijst === undefined) return { momenten: [] };
    if (!Array.isArray(lijst)) return fout("De vastgelegde momenten zijn beschadigd.");
    if (lijst.length > MAX.momenten)
      return fout("Dit werkblad heeft " + lijst.length + " vastgelegde momenten; er passen er hoogstens " + MAX.momenten + " in.");
    var uit = [],
      ids = Object.create(null);
    for (var i = 0; i < lijst.length; i++) {
      var m = lijst[i],
        wie = "Moment " + (i + 1);
      if (!m || typeof m !== "object" || Array.isArray(m)) return fout(wie + " is beschadigd.");
      if (typeof m.id !== "string" || !/^m[a-z0-9]{1,20}$/.test(m.id) || ids[m.id]) return fout(wie + " is beschadigd of staat twee keer in het bestand.");
      ids[m.id] = 1;
      if (typeof m.datum !== "string" || !N.DAG.test(m.datum)) return fout("De datum van moment " + (i + 1) + " ontbreekt of is beschadigd.");
      var label = typeof m.label === "string" ? K.schoon(m.label) : "";
      if (!label) return fout(wie + " heeft geen naam (bijvoorbeeld ‘intake’).");
      if (label.length > MAX.label) return fout("De naam van moment " + (i + 1) + " is langer dan " + MAX.label + " tekens.");
      if (!Array.isArray(m.mensen)) return fout("Het netwerk van moment " + (i + 1) + " ontbreekt of is beschadigd.");
      wie += " (‘" + kort(label) + "’)";
      var r = N.controleer(
        JSON.stringify({
          soort: N.SOORT,
          versie: 1,
          datum: m.datum,
          midden: m.midden,
          mensen: m.mensen.map(function (p) {
            return p && typeof p === "object" && !Array.isArray(p) ? { id: p.id, naam: p.naam, huishouden: p.huishouden, kaart: p.kaart, kringen: {}, genogram: p.genogram } : p;
          }),
          relaties: m.relaties,
          gebeurtenissen: m.gebeurtenissen
        })
      );
      if (r.fout) return { fout: wie + ": " + r.fout.charAt(0).toLowerCase() + r.fout.slice(1) };
      uit.push({ id: m.id, datum: m.datum, label: label, midden: r.data.midden, mensen: r.data.mensen.map(kopie), relaties: kopieLijst(r.data.relaties), gebeurtenissen: kopieLijst(r.data.gebeurtenissen) });
    }
    return { momenten: uit };
  };

  /* Keep the network as it is now as a moment with this label: the moment, or a Dutch message why not. */
  N.legVast = function (label) {
    var schoon = K.schoon(label, MAX.label);
    if (!schoon)
      return String(label).trim()
        ? K.onzichtbaar + " Er is geen moment vastgelegd."
        : "Geef het moment een naam, bijvoorbeeld ‘intake’ of ‘na het netwerkberaad’.";
    if (N.momenten.length >= MAX.momenten)
      return "Er passen hoogstens " + MAX.momenten + " momenten in de casus. Verwijder eerst een moment dat je niet meer nodig hebt.";
    var id,
      bezet = {};
    N.momenten.forEach(function (m) {
      bezet[m.id] = 1;
    });
    do id = "m" + Math.random().toString(36).slice(2, 10);
    while (bezet[id]);
    var m = N.nu();
    m.id = id;
    m.datum = N.vandaag();
    m.label = schoon;
    N.momenten.push(m);
    return m;
  };
  N.verwijderMoment = function (m) {
    N.momenten.splice(N.momenten.indexOf(m), 1);
  };

  /* Three-way merge of the moments by id (they never change once kept): every moment on either
     side stays, except one that `basis` had and one side has removed. Ordered by date. */
  N.samenvoegenMomenten = function (basis, ander, hier) {
    var B = Object.create(null),
      A = Object.create(null),
      H = Object.create(null);
    basis.forEach(function (m) {
      B[m.id] = 1;
    });
    ander.forEach(function (m) {
      A[m.id] = 1;
    });
    hier.forEach(function (m) {
      H[m.id] = 1;
    });
    var uit = hier
      .filter(function (m) {
        return A[m.id] || !B[m.id];
      })
      .concat(
        ander.filter(function (m) {
          return !H[m.id] && !B[m.id];
        })
      );
    return uit
      .sort(function (a, b) {
        return a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0;
      })
      .slice(-MAX.momenten);
  };

  /* From moment a to moment b (or N.nu()), by person id: {nieuw: [persons of b], weg: [persons
     of a], veranderd: [{persoon (in b), van (in a), velden: [field names of N.VERGELIJK that differ]}]},
     each in the order of its moment. */
  N.vergelijk = function (a, b) {
    function perId(m) {
      var o = Object.create(null);
      m.mensen.forEach(function (p) {
        o[p.id] = p;
      });
      return o;
    }
    var A = perId(a),
      B = perId(b),
      uit = { nieuw: [], weg: [], veranderd: [] };
    b.mensen.forEach(function (p) {
      var q = A[p.id];
      if (!q) {
        uit.nieuw.push(p);
        return;
      }
      var velden = N.VERGELIJK.filter(function (v) {
        return JSON.stringify(p.kaart[v]) !== JSON.stringify(q.kaart[v]);
      });
      if (velden.length) uit.veranderd.push({ persoon: p, van: q, velden: velden });
    });
    uit.weg = a.mensen.filter(function (p) {
      return !B[p.id];
    });
    return uit;
  };
})();
