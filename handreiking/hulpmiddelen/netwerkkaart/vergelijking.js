/* Netwerkkaart, the network over time ("Momenten"): keep the network as it is now as a moment
   with a short label (N.legVast, basis/momenten.js), the list of moments (each removable), and
   the comparison of any two, or of a moment with now (N.vergelijk): who is new, who is gone and
   what changed, as a list in words with the data's names (printed after the map), and on the map
   a text mark beside each new or changed person (netwerkkaart.js asks merk(p)). Joined in front
   of netwerkkaart.js, which calls K.netwerkMomenten once with its shell and its redraw. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  /* ({root, M (build data), pagina (meld, veldFout), datumTekst(iso), teken() (the map again)}) ->
     {tekenLijst() (after any change from outside), tekenUitslag() (with each drawing), merk(p)} */
  K.netwerkMomenten = function (o) {
    var N = K.netwerk,
      el = K.el,
      root = o.root,
      M = o.M,
      meld = o.pagina.meld;
    function $(sel) {
      return root.querySelector(sel);
    }
    function naar(lijst) {
      var x = Object.create(null);
      lijst.forEach(function (i) {
        x[i.id] = i;
      });
      return x;
    }
    var namen = { gebied: naar(M.gebieden), contact: naar(M.contact), beleving: naar(M.beleving), biedt: naar(M.biedt) };
    var WOORD = { gebied: "levensgebied", contact: "contact", beleving: "beleving" };
    var keuze = null,
      uitslag = null; /* the pair compared ({van, naar: a moment's id or "nu"}) and its result */
    var veld = $("#nk-moment-naam"),
      van = $("[data-nk-van]"),
      tot = $("[data-nk-naar]"),
      blok = $("[data-nk-vergelijking]");

    function moment(id) {
      return id === "nu"
        ? N.nu()
        : N.momenten.filter(function (m) {
            return m.id === id;
          })[0] || null;
    }
    function noem(m) {
      return m.id === "nu" ? "nu" : "‘" + m.label + "’ (" + o.datumTekst(m.datum) + ")";
    }
    function naam(soort, id) {
      return namen[soort][id] ? namen[soort][id].naam : "nog niet ingevuld";
    }
    /* What changed of one person, in words: "contact van Wisselend naar Sterk; biedt nu ook …". */
    function wat(v) {
      return v.velden
        .map(function (s) {
          var a = v.van.kaart[s],
            b = v.persoon.kaart[s];
          if (s === "meedenken") return b ? "kan nu meedenken" : "kan niet meer meedenken";
          if (s !== "biedt") return WOORD[s] + " van " + naam(s, a) + " naar " + naam(s, b);
          var erbij = b.filter(function (x) {
              return a.indexOf(x) < 0;
            }),
            eraf = a.filter(function (x) {
              return b.indexOf(x) < 0;
            });
          function lijst(ids) {
            return ids
              .map(function (x) {
                return naam("biedt", x).toLowerCase();
              })
              .join(", ");
          }
          return [erbij.length ? "biedt nu ook " + lijst(erbij) : "", eraf.length ? "biedt niet meer " + lijst(eraf) : ""].filter(Boolean).join("; ");
        })
        .join("; ");
    }
    function groep(kop, lijst, tekst) {
      return lijst.length
        ? [
            el("h3", { text: kop + " (" + lijst.length + ")" }),
            el(
              "ul",
              {},
              lijst.map(function (x) {
                return el("li", { text: tekst(x) });
              })
            )
          ]
        : [];
    }

    /* The list of moments and the choices of the comparison. */
    function tekenLijst() {
      var ul = $("[data-nk-momenten]");
      ul.replaceChildren.apply(
        ul,
        N.momenten.map(function (m) {
          var tekst = o.datumTekst(m.datum) + ": " + m.label;
          return el("li", {}, [
            el("span", { text: tekst + " (" + K.aantal(m.mensen.length, "persoon", "mensen") + ")" }),
            " ",
            el("button", {
              type: "button",
              class: "md-button nk-weg",
              text: "Verwijder",
              "aria-label": "Verwijder moment " + tekst,
              onclick: function () {
                K.bevestig("Moment ‘" + m.label + "’ van " + o.datumTekst(m.datum) + " verwijderen? Het netwerk zelf blijft zoals het is.", function () {
                  N.verwijderMoment(m);
                  N.bewaar();
                  tekenLijst();
                  o.teken();
                  veld.focus();
                  meld("Moment ‘" + m.label + "’ is verwijderd.");
                });
              }
            })
          ]);
        })
      );
      ul.hidden = !N.momenten.length;
      $("[data-nk-momenten-leeg]").hidden = N.momenten.length > 0;
      function opties(sel, metNu, standaard) {
        var was = sel.value;
        sel.replaceChildren.apply(
          sel,
          N.momenten
            .map(function (m) {
              return el("option", { value: m.id, text: o.datumTekst(m.datum) + ": " + m.label });
            })
            .concat(metNu ? [el("option", { value: "nu", text: "Nu" })] : [])
        );
        sel.value = moment(was) ? was : standaard;
      }
      opties(van, false, N.momenten.length ? N.momenten[0].id : "");
      opties(tot, true, "nu");
      $("[data-nk-vergelijk]").hidden = !N.momenten.length;
      if (keuze && (!moment(keuze.van) || !moment(keuze.naar))) keuze = null;
    }
    /* The comparison as it stands (again after every change of the network), or none. */
    function tekenUitslag() {
      uitslag = keuze && N.vergelijk(moment(keuze.van), moment(keuze.naar));
      blok.hidden = !uitslag;
      var weg = $("[data-nk-weg]");
      weg.hidden = !(uitslag && keuze.naar === "nu" && uitslag.weg.length);
      weg.textContent = weg.hidden
        ? ""
        : "Niet meer in het netwerk sinds " +
          noem(moment(keuze.van)) +
          ": " +
          uitslag.weg
            .map(function (p) {
              return p.naam;
            })
            .join(", ") +
          ".";
      if (!uitslag) return;
      var a = moment(keuze.van),
        b = moment(keuze.naar),
        leeg = !uitslag.nieuw.length && !uitslag.weg.length && !uitslag.veranderd.length;
      $("[data-nk-vergelijking-kop]").textContent = "Vergelijking van " + noem(a) + " naar " + noem(b);
      var lijst = $("[data-nk-vergelijking-lijst]");
      lijst.replaceChildren.apply(
        lijst,
        [].concat(
          leeg ? [el("p", { text: "Tussen deze twee momenten is op de kaart niets veranderd." })] : [],
          groep("Nieuw in het netwerk", uitslag.nieuw, function (p) {
            return p.naam;
          }),
          groep("Niet meer in het netwerk", uitslag.weg, function (p) {
            return p.naam;
          }),
          groep("Veranderd", uitslag.veranderd, function (v) {
            return v.persoon.naam + ": " + wat(v) + ".";
          }),
          keuze.naar === "nu"
            ? [el("p", { class: "nk-hulp", text: "Op de kaart staat ‘nieuw’ of ‘veranderd’ bij wie erbij is gekomen of veranderd is." })]
            : [el("p", { class: "nk-hulp", text: "De kaart toont het netwerk van nu. Vergelijk met ‘Nu’ om ‘nieuw’ en ‘veranderd’ op de kaart te zien." })]
        )
      );
    }
    /* The map's mark of a person in a comparison with now: "nieuw", "veranderd" or "". */
    function merk(p) {
      if (!uitslag || keuze.naar !== "nu") return "";
      if (
        uitslag.nieuw.some(function (q) {
          return q.id === p.id;
        })
      )
        return "nieuw";
      return uitslag.veranderd.some(function (v) {
        return v.persoon.id === p.id;
      })
        ? "veranderd"
        : "";
    }

    $("[data-nk-moment]").addEventListener("submit", function (e) {
      e.preventDefault();
      var m = N.legVast(veld.value);
      if (typeof m === "string") {
        o.pagina.veldFout(veld, m);
        return;
      }
      N.bewaar();
      veld.value = "";
      tekenLijst();
      meld("Moment ‘" + m.label + "’ is vastgelegd: het netwerk van " + o.datumTekst(m.datum) + " met " + K.aantal(m.mensen.length, "persoon", "mensen") + ".");
    });
    $("[data-nk-vergelijk]").addEventListener("submit", function (e) {
      e.preventDefault();
      if (van.value === tot.value) {
        o.pagina.veldFout(tot, "Kies twee verschillende momenten om te vergelijken.");
        return;
      }
      keuze = { van: van.value, naar: tot.value };
      o.teken();
      var u = uitslag;
      meld(
        "Vergeleken: " +
          K.aantal(u.nieuw.length, "persoon", "mensen") +
          " nieuw, " +
          u.weg.length +
          " niet meer in het netwerk, " +
          u.veranderd.length +
          " veranderd. De vergelijking staat onder de kaart."
      );
      $("[data-nk-vergelijking-kop]").focus();
    });
    $("[data-nk-vergelijking-sluit]").addEventListener("click", function () {
      keuze = null;
      o.teken();
      van.focus();
    });
    return { tekenLijst: tekenLijst, tekenUitslag: tekenUitslag, merk: merk };
  };
})();
