/* The genogram's part of the family's case (3.2.1), kept in the same network file by every page of
   the network, so that saving on the netwerkkaart or the circles never drops it. Per person an
   optional `genogram` {geslacht: "m"|"v"|"x"|"", geboren: year or 0, overleden: year or 0, dood};
   in the file `relaties` [{id, van, naar, soort}] (for a parent and child: van the parent, naar the
   child) and `gebeurtenissen` [{id, wie, jaar, soort, tekst}]. Hooks into netwerk.js through N.delen;
   offers N.relaties, N.gebeurtenissen and N.genogram (the ids and the editing functions). */
(function () {
  "use strict";
  var K = window.handreikingKern,
    N = K.netwerk;
  if (!N || N.genogram) return;
  var PARTNER = ["samen", "getrouwd", "uit-elkaar", "gescheiden"],
    OUDER = ["biologisch", "pleeg", "adoptie"];
  var G = (N.genogram = {
    PARTNER: PARTNER,
    OUDER: OUDER,
    ANDERS: ["breuk", "conflict"],
    GESLACHT: ["m", "v", "x", ""],
    GEBEURTENIS: ["geboorte", "overlijden", "verhuizing", "scheiding", "plaatsing"],
    MAX: { relaties: 2000, gebeurtenissen: 2000, tekst: 200 },
    JAAR: [1800, 2100]
  });
  G.SOORTEN = PARTNER.concat(OUDER, G.ANDERS);
  /* A person's genogram fields as the file and a moment keep them (a copy). */
  G.kopie = function (g) {
    return { geslacht: g.geslacht, geboren: g.geboren, overleden: g.overleden, dood: g.dood };
  };
  N.relaties = [];
  N.gebeurtenissen = [];
  N.VELDEN.push("genogram");
  function obj(o) {
    return o && typeof o === "object" && !Array.isArray(o);
  }
  function jaar(j) {
    return typeof j === "number" && j % 1 === 0 && j >= G.JAAR[0] && j <= G.JAAR[1];
  }
  function nieuwId(letter, lijst) {
    var id,
      bezet = {};
    lijst.forEach(function (x) {
      bezet[x.id] = 1;
    });
    do id = letter + Math.random().toString(36).slice(2, 10);
    while (bezet[id]);
    return id;
  }
  /* Which group a relation's kind is in: "partner", "ouder" or "anders". */
  G.groep = function (soort) {
    return PARTNER.indexOf(soort) >= 0 ? "partner" : OUDER.indexOf(soort) >= 0 ? "ouder" : "anders";
  };
  G.leeg = function () {
    return { geslacht: "", geboren: 0, overleden: 0, dood: false };
  };

  /* The person's genogram fields of a file -> "" (kept in uit.genogram) or a Dutch message. */
  function persoon(g, wie, uit) {
    if (g === undefined) return "";
    if (!obj(g) || G.GESLACHT.indexOf(g.geslacht) < 0) return "Het genogram van " + wie + " is beschadigd (geslacht).";
    for (var veld in { geboren: 1, overleden: 1 })
      if (g[veld] !== 0 && !jaar(g[veld]))
        return (
          "Het jaar " +
          (veld === "geboren" ? "van geboorte" : "van overlijden") +
          " van " +
          wie +
          " is geen jaar tussen " +
          G.JAAR[0] +
          " en " +
          G.JAAR[1] +
          "."
        );
    if (typeof g.dood !== "boolean") return "Of " + wie + " is overleden, is beschadigd.";
    if (g.geboren && g.overleden && g.overleden < g.geboren) return wie + " is overleden (" + g.overleden + ") vóór de geboorte (" + g.geboren + ").";
    uit.genogram = { geslacht: g.geslacht, geboren: g.geboren, overleden: g.overleden, dood: g.dood || !!g.overleden };
    return "";
  }
  /* Whether `kind` would become their own ancestor by a parent relation van -> naar. */
  function voorouder(relaties, van, naar) {
    var ouders = {};
    relaties.forEach(function (r) {
      if (G.groep(r.soort) === "ouder") (ouders[r.naar] = ouders[r.naar] || []).push(r.van);
    });
    var zie = [van],
      gezien = {};
    while (zie.length) {
      var x = zie.pop();
      if (x === naar) return true;
      if (gezien[x]) continue;
      gezien[x] = 1;
      zie = zie.concat(ouders[x] || []);
    }
    return false;
  }
  /* A relation for a file -> "" when it can be added, else a Dutch message. */
  G.fout = function (relaties, van, naar, soort) {
    if (van === naar) return "Een relatie gaat tussen twee verschillende mensen.";
    var groep = G.groep(soort);
    if (
      relaties.some(function (r) {
        return G.groep(r.soort) === groep && ((r.van === van && r.naar === naar) || (groep !== "ouder" && r.van === naar && r.naar === van));
      })
    )
      return "Die twee hebben al zo’n relatie; verander of verwijder die.";
    if (
      groep === "ouder" &&
      (voorouder(relaties, van, naar) ||
        relaties.some(function (r) {
          return G.groep(r.soort) === "ouder" && r.van === naar && r.naar === van;
        }))
    )
      return "Dan zou iemand zijn eigen voorouder zijn.";
    if (
      groep === "ouder" &&
      relaties.filter(function (r) {
        return G.groep(r.soort) === "ouder" && r.naar === naar;
      }).length >= 4
    )
      return "Iemand heeft in het genogram hoogstens vier ouders.";
    return "";
  };

  var deel = {
    leeg: function () {
      N.relaties = [];
      N.gebeurtenissen = [];
    },
    bestand: function (d) {
      N.mensen.forEach(function (p, i) {
        if (p.genogram)
          d.mensen[i].genogram = G.kopie(p.genogram);
      });
      if (N.relaties.length)
        d.relaties = N.relaties.map(function (r) {
          return { id: r.id, van: r.van, naar: r.naar, soort: r.soort };
        });
      if (N.gebeurtenissen.length)
        d.gebeurtenissen = N.gebeurtenissen.map(function (g) {
          return { id: g.id, wie: g.wie, jaar: g.jaar, soort: g.soort, tekst: g.tekst };
        });
    },
    controleer: function (d, data) {
      var ids = Object.create(null),
        namen = Object.create(null);
      for (var i = 0; i < data.mensen.length; i++) {
        var f = persoon(d.mensen[i].genogram, "persoon " + (i + 1), data.mensen[i]);
        if (f) return f;
        ids[data.mensen[i].id] = 1;
        namen[data.mensen[i].id] = "‘" + data.mensen[i].naam.slice(0, 40) + "’";
      }
      var rel = d.relaties === undefined ? [] : d.relaties,
        geb = d.gebeurtenissen === undefined ? [] : d.gebeurtenissen;
      if (!Array.isArray(rel) || rel.length > G.MAX.relaties) return "De relaties van het genogram zijn beschadigd.";
      if (!Array.isArray(geb) || geb.length > G.MAX.gebeurtenissen) return "De gebeurtenissen van het genogram zijn beschadigd.";
      var gezien = Object.create(null),
        relaties = [],
        gebeurtenissen = [];
      for (var j = 0; j < rel.length; j++) {
        var r = rel[j],
          welke = "Relatie " + (j + 1) + " van het genogram";
        if (!obj(r) || typeof r.id !== "string" || !/^[a-z0-9]{1,20}$/.test(r.id) || gezien[r.id])
          return welke + " is beschadigd of staat twee keer in het bestand.";
        if (!ids[r.van] || !ids[r.naar]) return welke + " noemt iemand die niet in het netwerk staat.";
        if (G.SOORTEN.indexOf(r.soort) < 0) return welke + " heeft een onbekende soort (‘" + String(r.soort).slice(0, 40) + "’).";
        var mis = G.fout(relaties, r.van, r.naar, r.soort);
        if (mis) return welke + " (" + namen[r.van] + " en " + namen[r.naar] + "): " + mis;
        gezien[r.id] = 1;
        relaties.push({ id: r.id, van: r.van, naar: r.naar, soort: r.soort });
      }
      for (var k = 0; k < geb.length; k++) {
        var g = geb[k],
          wat = "Gebeurtenis " + (k + 1) + " van het genogram";
        if (!obj(g) || typeof g.id !== "string" || !/^[a-z0-9]{1,20}$/.test(g.id) || gezien[g.id])
          return wat + " is beschadigd of staat twee keer in het bestand.";
        if (!ids[g.wie]) return wat + " gaat over iemand die niet in het netwerk staat.";
        if (!jaar(g.jaar)) return wat + " heeft geen jaar tussen " + G.JAAR[0] + " en " + G.JAAR[1] + ".";
        if (G.GEBEURTENIS.indexOf(g.soort) < 0) return wat + " heeft een onbekende soort (‘" + String(g.soort).slice(0, 40) + "’).";
        if (typeof g.tekst !== "string" || g.tekst.length > G.MAX.tekst)
          return "De tekst van " + wat.toLowerCase() + " is beschadigd of langer dan " + G.MAX.tekst + " tekens.";
        gezien[g.id] = 1;
        gebeurtenissen.push({ id: g.id, wie: g.wie, jaar: g.jaar, soort: g.soort, tekst: K.schoon(g.tekst) });
      }
      data.relaties = relaties;
      data.gebeurtenissen = gebeurtenissen;
      return "";
    },
    zet: function (data) {
      N.relaties = data.relaties || [];
      N.gebeurtenissen = data.gebeurtenissen || [];
    },
    /* Three-way by id, as the people: added on either side stays, removed on one side goes,
       changed on the other side only is taken; whatever names someone no longer there goes. */
    samenvoegen: function (basis, ander) {
      ["relaties", "gebeurtenissen"].forEach(function (veld) {
        function perId(l) {
          var m = Object.create(null);
          (l || []).forEach(function (x) {
            m[x.id] = x;
          });
          return m;
        }
        var B = perId(basis[veld]),
          A = perId(ander[veld]),
          uit = [];
        N[veld].forEach(function (m) {
          var a = A[m.id],
            b = B[m.id];
          if (a) uit.push(b && JSON.stringify(m) === JSON.stringify(b) ? a : m);
          else if (!b || JSON.stringify(m) !== JSON.stringify(b)) uit.push(m);
        });
        var M = perId(N[veld]);
        (ander[veld] || []).forEach(function (a) {
          if (!M[a.id] && !B[a.id]) uit.push(a);
        });
        N[veld] = uit;
      });
      var er = {};
      N.mensen.forEach(function (p) {
        er[p.id] = 1;
      });
      N.relaties = N.relaties.filter(function (r) {
        return er[r.van] && er[r.naar];
      });
      N.gebeurtenissen = N.gebeurtenissen.filter(function (g) {
        return er[g.wie];
      });
    },
    verwijder: function (p) {
      N.relaties = N.relaties.filter(function (r) {
        return r.van !== p.id && r.naar !== p.id;
      });
      N.gebeurtenissen = N.gebeurtenissen.filter(function (g) {
        return g.wie !== p.id;
      });
    }
  };
  N.delen.push(deel);

  /* ---------- Editing (the genogram page) ---------- */
  /* Put a person in the genogram (their fields empty the first time). */
  G.neemOp = function (p) {
    if (!p.genogram) p.genogram = G.leeg();
    return p.genogram;
  };
  /* Add a relation: the new relation, or a Dutch message why not. */
  G.relatie = function (van, naar, soort) {
    if (G.SOORTEN.indexOf(soort) < 0) return "Kies een soort relatie.";
    var mis = G.fout(N.relaties, van, naar, soort);
    if (mis) return mis + " Er is geen relatie toegevoegd.";
    [van, naar].forEach(function (id) {
      G.neemOp(N.persoon(id));
    });
    var r = { id: nieuwId("r", N.relaties), van: van, naar: naar, soort: soort };
    N.relaties.push(r);
    return r;
  };
  /* Add an event: the new event, or a Dutch message why not. */
  G.gebeurtenis = function (wie, j, soort, tekst) {
    if (!jaar(j)) return "Vul een jaar in tussen " + G.JAAR[0] + " en " + G.JAAR[1] + ".";
    if (G.GEBEURTENIS.indexOf(soort) < 0) return "Kies wat er gebeurde.";
    G.neemOp(N.persoon(wie));
    var g = { id: nieuwId("g", N.gebeurtenissen), wie: wie, jaar: j, soort: soort, tekst: K.schoon(tekst || "", G.MAX.tekst) };
    N.gebeurtenissen.push(g);
    return g;
  };
  G.jaar = jaar;
  /* Take a person out of the genogram (they stay in the network): their relations and events go too. */
  G.haalWeg = function (p) {
    delete p.genogram;
    deel.verwijder(p);
  };
})();
