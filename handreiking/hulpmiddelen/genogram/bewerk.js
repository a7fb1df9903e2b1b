/* The genogram's editor, every control a labelled form field (keyboard and phone): put someone of
   the network in the genogram or add someone new, per person gender, years and household,
   relations and events with a delete button each. Offers K.genogramEditor(root, o) -> {lijsten()}. */
(function () {
  "use strict";
  var K = window.handreikingKern, el = K.el;
  K.genogramEditor = function (root, o) {
    var N = o.N, G = o.G, M = o.M, meld = o.meld, pagina = o.pagina;
    function $(sel) { return root.querySelector(sel); }
    function klaar(zin, alles) { N.bewaar(); if (alles) lijsten(); o.teken(); meld(zin); }
    function opties(sel, lijst, leeg) {
      var was = sel.value;
      sel.replaceChildren.apply(sel, (leeg ? [el("option", { value: "", text: leeg })] : []).concat(lijst.map(function (p) { return el("option", { value: p.id, text: p.naam }); })));
      if (lijst.some(function (p) { return p.id === was; })) sel.value = was;
    }
    function jaarVeld(id, label, waarde, zet) {
      var input = el("input", { type: "number", id: id, min: G.JAAR[0], max: G.JAAR[1], inputmode: "numeric", "class": "gg-jaarveld", value: waarde || "", onchange: function () {
        var j = input.value.trim() === "" ? 0 : Number(input.value);
        if (j && !G.jaar(j)) { pagina.veldFout(input, "Vul een jaar in tussen " + G.JAAR[0] + " en " + G.JAAR[1] + ", of laat het leeg. Er is niets veranderd."); return; }
        zet(j);
      } });
      return el("p", {}, [el("label", { "for": id, text: label }), el("br"), input]);
    }
    function vink(tekst, aan, zet) {
      var input = el("input", { type: "checkbox", onchange: function () { zet(input.checked); } });
      input.checked = aan;
      return el("p", {}, [el("label", { "class": "gg-keuze" }, [input, " " + tekst])]);
    }
    /* One person: fields made when first opened. */
    function editor(p) {
      var d = el("details", { "class": "gg-persoon-invul", "data-id": p.id }, [el("summary", { text: p.naam })]);
      d.addEventListener("toggle", function () { if (d.open && d.childNodes.length === 1) d.append.apply(d, velden(p)); });
      return d;
    }
    function velden(p) {
      var g = G.neemOp.bind(null, p), id = p.id;
      var naam = el("input", { type: "text", id: "gg-n-" + id, maxlength: N.MAX.naam, autocomplete: "off", value: p.naam, onchange: function () {
        var oud = p.naam, mis = N.hernoem(p, naam.value);
        if (mis) { naam.value = p.naam; pagina.veldFout(naam, mis); return; }
        klaar(oud + " heet nu " + p.naam + ", ook op de netwerkkaart en in de veiligheidscirkels.", true);
        var terug = document.getElementById("gg-n-" + id);
        if (terug) { terug.closest("details").open = true; document.getElementById("gg-n-" + id).focus(); }
      } });
      var naamLabel = el("p", {}, [el("label", { "for": "gg-n-" + id, text: "Naam of rol" }), el("br"), naam]);
      var geslacht = el("fieldset", { "class": "gg-keuzes" }, [el("legend", { text: "Geslacht" })].concat(
        Object.keys(M.geslacht).map(function (k) { return [k, M.geslacht[k].naam]; }).concat([["", M.geenGeslacht]]).map(function (x) {
          var input = el("input", { type: "radio", name: "gg-s-" + id, value: x[0], onchange: function () { g().geslacht = x[0]; klaar(p.naam + ": " + x[1].toLowerCase() + "."); } });
          input.checked = (p.genogram ? p.genogram.geslacht : "") === x[0];
          return el("label", { "class": "gg-keuze" }, [input, " " + x[1]]);
        })));
      var weg = el("button", { type: "button", "class": "md-button", text: "Uit het genogram", "aria-label": "Haal " + p.naam + " uit het genogram", onclick: function () {
        G.haalWeg(p);
        p.huishouden = false;
        klaar(p.naam + " staat niet meer in het genogram (en niet in het huishouden), met de relaties en gebeurtenissen; in het netwerk staat " + p.naam + " nog wel.", true);
        $("#gg-kies").focus();
      } });
      var gx = p.genogram || G.leeg();
      return [naamLabel, geslacht,
        jaarVeld("gg-g-" + id, "Geboortejaar (mag leeg)", gx.geboren, function (j) { g().geboren = j; klaar(p.naam + ": " + (j ? "geboren in " + j : "geboortejaar leeg") + "."); }),
        vink("Overleden", gx.dood || !!gx.overleden, function (aan) { g().dood = aan; if (!aan) g().overleden = 0; klaar(p.naam + (aan ? ": overleden." : ": niet overleden.")); }),
        jaarVeld("gg-o-" + id, "Jaar van overlijden (mag leeg)", gx.overleden, function (j) { var x = g(); x.overleden = j; if (j) x.dood = true; klaar(p.naam + ": " + (j ? "overleden in " + j : "jaar van overlijden leeg") + "."); }),
        vink("Hoort bij het huishouden (woont in het gezin om wie het gaat)", p.huishouden, function (aan) { p.huishouden = aan; g(); klaar(p.naam + (aan ? " hoort bij het huishouden." : " hoort niet meer bij het huishouden.")); }),
        el("p", {}, [weg])];
    }
    function knopLijst(vak, items, tekst, weg, terug) {
      vak.replaceChildren.apply(vak, items.map(function (x) {
        var t = tekst(x);
        return el("li", {}, [t + " ", el("button", { type: "button", "class": "md-button gg-klein", text: "Verwijder", "aria-label": "Verwijder: " + t, onclick: function () {
          var i = items.indexOf(x);
          weg(x);
          klaar("Verwijderd: " + t, true);
          var rest = vak.querySelectorAll("button");
          (rest[Math.min(i, rest.length - 1)] || $(terug)).focus();
        } })]);
      }));
    }
    function lijsten() {
      var wie = o.mensen(), buiten = N.mensen.filter(function (p) { return !o.inGenogram(p); });
      opties($("[data-gg-kieslijst]"), buiten, buiten.length ? "" : "Iedereen van het netwerk staat erin");
      Array.prototype.forEach.call(root.querySelectorAll("[data-gg-personen]"), function (s) { opties(s, wie); });
      var open = {};
      Array.prototype.forEach.call(root.querySelectorAll(".gg-persoon-invul[open]"), function (d) { open[d.getAttribute("data-id")] = 1; });
      var vak = $("[data-gg-mensen]");
      vak.replaceChildren.apply(vak, wie.map(editor));
      Array.prototype.forEach.call(vak.querySelectorAll(".gg-persoon-invul"), function (d) { if (open[d.getAttribute("data-id")]) d.open = true; });
      $("[data-gg-leeg]").hidden = wie.length > 0;
      $("[data-gg-mensen-hulp]").hidden = !wie.length;
      knopLijst($("[data-gg-relaties]"), N.relaties, o.zin, function (r) { N.relaties.splice(N.relaties.indexOf(r), 1); }, "#gg-van");
      knopLijst($("[data-gg-gebeurtenissen]"), N.gebeurtenissen, function (x) { return x.jaar + ": " + o.wat[x.soort] + ", " + N.persoon(x.wie).naam + (x.tekst ? " (" + x.tekst + ")" : "") + "."; },
        function (x) { N.gebeurtenissen.splice(N.gebeurtenissen.indexOf(x), 1); }, "#gg-wie");
    }

    $("[data-gg-kies]").addEventListener("submit", function (e) {
      e.preventDefault();
      var p = N.persoon($("#gg-kies").value);
      if (!p) { pagina.veldFout($("#gg-kies"), "Kies eerst iemand uit het netwerk, of voeg hieronder iemand nieuw toe."); return; }
      G.neemOp(p);
      klaar(p.naam + " staat nu in het genogram. Open " + p.naam + " in de lijst om geslacht en jaren in te vullen.", true);
      $("#gg-kies").focus();
    });
    $("[data-gg-nieuw]").addEventListener("submit", function (e) {
      e.preventDefault();
      var p = N.voegToe($("#gg-naam").value, "");
      if (typeof p === "string") { pagina.veldFout($("#gg-naam"), p); return; }
      G.neemOp(p);
      $("#gg-naam").value = "";
      klaar(p.naam + " is toegevoegd aan het netwerk en staat in het genogram. Open " + p.naam + " in de lijst om meer in te vullen.", true);
      $("#gg-naam").focus();
    });
    $("[data-gg-relatie]").addEventListener("submit", function (e) {
      e.preventDefault();
      if (!$("#gg-van").value) { pagina.veldFout($("#gg-van"), "Zet eerst twee mensen in het genogram."); return; }
      var r = G.relatie($("#gg-van").value, $("#gg-naar").value, $("#gg-soort").value);
      if (typeof r === "string") { pagina.veldFout($("#gg-naar"), r); return; }
      klaar("Toegevoegd: " + o.zin(r), true);
    });
    $("[data-gg-gebeurtenis]").addEventListener("submit", function (e) {
      e.preventDefault();
      if (!$("#gg-wie").value) { pagina.veldFout($("#gg-wie"), "Zet eerst iemand in het genogram."); return; }
      var x = G.gebeurtenis($("#gg-wie").value, Number($("#gg-jaar").value), $("#gg-wat").value, $("#gg-tekst").value);
      if (typeof x === "string") { pagina.veldFout($("#gg-jaar"), x); return; }
      $("#gg-jaar").value = "";
      $("#gg-tekst").value = "";
      klaar("Toegevoegd: " + x.jaar + ", " + o.wat[x.soort].toLowerCase() + " van " + N.persoon(x.wie).naam + ".", true);
    });
    return { lijsten: lijsten };
  };
})();
