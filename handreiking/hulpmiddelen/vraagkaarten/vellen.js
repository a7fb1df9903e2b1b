/* Vraagkaarten, the printed sheets: fronts with crop marks or cut lines and mirrored backs, laid out
   with the geometry the PDFs use (from the build), and the calibration sheet. Joined in front of
   vraagkaarten.js (the builder), which calls K.vraagkaartVellen(ctx) once with what the sheets need:
   ctx.geo (geometry), ctx.ijkvel (the calibration sheet's static markup), ctx.staat() (the builder's
   state: layout, backs, cut lines, offset) and ctx.komma (a number as Dutch text). */
(function () {
  "use strict";
  var K = window.handreikingKern;
  K.vraagkaartVellen = function (ctx) {
    var geo = ctx.geo, komma = ctx.komma, $ = K.een, $$ = K.alle, state;
    function el(tag, cls, tekst) { return K.el(tag, { "class": cls, text: tekst }); }
    /* Size class of a card's text on a sheet: measured at build time for the decks' cards (kaartmaat.py,
       as in the PDFs); "Mijn vragen" are not known then, so their length decides. */
    function maat(k) {
      var gemeten = geo.gemeten[k.id];
      if (gemeten) return gemeten[state.layout];
      var lengte = k.tekst.length + k.toelichting.length + (k.titel ? geo.titelgewicht : 0);
      for (var i = 0; i < geo.maten.length; i++) if (lengte <= geo.maten[i][1]) return geo.maten[i][0];
      return geo.maten[geo.maten.length - 1][0];
    }
    /* A deck name with its last two words kept together (as kaart.html does): a wrap never leaves one alone. */
    function stapelNaam(t) { return t.replace(/ (\S+)$/, "\u00a0$1"); }
    /* A card's front on a sheet: the same markup as partials/vraagkaarten/kaart.html (the PDFs). */
    function voorkant(k) {
      var kaart = el("div", "vk-kaart vk-" + maat(k));
      kaart.style.setProperty("--vk-kleur", k.kleur);
      var label = el("p", "vk-kaart__stapel");
      var staal = el("span", "vk-staal vk-patroon-" + k.patroon);
      staal.setAttribute("aria-hidden", "true");
      label.appendChild(staal);
      label.appendChild(document.createTextNode(stapelNaam(k.stapelTitel)));
      kaart.appendChild(label);
      if (k.titel) kaart.appendChild(el("p", "vk-kaart__titel", k.titel));
      kaart.appendChild(el("p", "vk-kaart__tekst", k.tekst));
      if (k.toelichting) kaart.appendChild(el("p", "vk-kaart__toelichting", k.toelichting));
      return kaart;
    }

    /* Print sheets, laid out like the PDFs: fronts with crop marks, mirrored backs with offset. */
    var print = el("div", "vk-print");
    document.body.appendChild(print);
    function zet(e, x, y, b, h) {
      e.style.left = x + "mm"; e.style.top = y + "mm";
      if (b != null) e.style.width = b + "mm";
      if (h != null) e.style.height = h + "mm";
      return e;
    }
    function achterkant(k) {
      var a = el("div", "vk-achter vk-patroon-" + k.patroon + (k.eigen ? " vk-eigen-kleur" : ""));
      a.style.setProperty("--vk-kleur", k.kleur);
      var label = el("p", "vk-achter__label");
      label.appendChild(el("span", "vk-achter__stapel", stapelNaam(k.stapelTitel)));
      label.appendChild(el("span", "vk-achter__site", geo.site));
      a.appendChild(label);
      return a;
    }
    /* A sheet with the PDFs' small print in its margin (geo.vakken, geo.marge): which sheet of how many,
       which side, how to print, the 50 mm scale bar and the site's edition, so a trainer can tell an old
       print from a new one. */
    function vel(laag, soort, n, m) {
      var v = el("div", "vk-vel vk-vel--" + laag.per_vel + " vk-vel--" + soort);
      var tekst = geo.marge[soort === "achter" ? "achter" : state.achter ? "voor" : "enkel"];
      laag.vakken.forEach(function (box) {
        var vak = zet(el("div", "vk-marge"), box.x, box.y, box.b, box.h);
        box.stukken.forEach(function (stuk) {
          var s = el("span", "vk-marge__" + stuk, stuk === "editie" ? geo.editie : tekst[stuk].replace("{n}", n).replace("{m}", m));
          if (stuk === "schaal") s.insertBefore(el("span", "vk-schaal"), s.firstChild);
          vak.appendChild(s);
        });
        v.appendChild(vak);
      });
      print.appendChild(v);
      return v;
    }
    /* Fronts fill their cut boxes, with crop marks or (snijlijnen) full cut lines; backs are mirrored
       (long-edge duplex), moved by the offset and paint geo.afloop mm past every cut line. */
    function vellen(lijst) {
      print.textContent = "";
      document.body.classList.toggle("vk-print-aan", lijst.length > 0);
      var laag = geo.lagen[state.layout], a = geo.afloop, totaal = Math.ceil(lijst.length / laag.per_vel);
      for (var start = 0; start < lijst.length; start += laag.per_vel) {
        var deel = lijst.slice(start, start + laag.per_vel), nummer = start / laag.per_vel + 1;
        var voor = vel(laag, "voor", nummer, totaal);
        (state.snijlijnen ? laag.lijnen : laag.marks).forEach(function (m) {
          voor.appendChild(zet(el("span", (state.snijlijnen ? "vk-snijlijn vk-snijlijn--" : "vk-snij vk-snij--") + m.r), m.x, m.y, m.b, m.h));
        });
        deel.forEach(function (k, i) {
          var plek = zet(el("div", "vk-plek vk-plek--voor"), laag.x[i % laag.kolommen], laag.y[Math.floor(i / laag.kolommen)], laag.breedte, laag.hoogte);
          plek.appendChild(voorkant(k));
          voor.appendChild(plek);
        });
        if (!state.achter) continue;
        var achter = vel(laag, "achter", nummer, totaal);
        deel.forEach(function (k, i) {
          var kol = laag.kolommen - 1 - (i % laag.kolommen);
          var plek = zet(el("div", "vk-plek vk-plek--achter"), laag.x[kol] - a + state.dx, laag.y[Math.floor(i / laag.kolommen)] - a + state.dy,
            laag.breedte + 2 * a, laag.hoogte + 2 * a);
          plek.appendChild(achterkant(k));
          achter.appendChild(plek);
        });
      }
      $$("[id]", print).forEach(function (e) { e.removeAttribute("id"); });
    }
    /* The calibration sheet (handreiking/druk/ijkvel.py): static markup from the build, its back pattern
       moved by the offset in use and each label raised by it (ijkvel.label), so the label of the
       straight box is always the offset to fill in. */
    function teken(w) {
      w = Math.round(w * 100) / 100;
      return w === 0 ? "0" : (w > 0 ? "+" : "\u2212") + String(Math.abs(w)).replace(".", ",");
    }
    function kalibratie() {
      print.textContent = "";
      document.body.classList.add("vk-print-aan");
      print.insertAdjacentHTML("beforeend", ctx.ijkvel);
      /* The build gives each place as data-mm="left top [width height]" (no style attributes, which
         the site's CSP refuses): set through the CSSOM, which it allows. */
      $$("[data-mm]", print).forEach(function (e) {
        var mm = e.getAttribute("data-mm").split(" ").map(parseFloat);
        zet(e, mm[0], mm[1], mm[2], mm[3]);
      });
      var d = { x: state.dx, y: state.dy }, patroon = $(".vk-ijk-patroon", print);
      patroon.style.left = state.dx + "mm";
      patroon.style.top = state.dy + "mm";
      $$(".vk-ijk-getal", print).forEach(function (g) {
        g.textContent = teken(parseFloat(g.getAttribute("data-waarde")) + d[g.getAttribute("data-as")]);
      });
      $$("[data-nu]", print).forEach(function (s) { s.textContent = komma(d[s.getAttribute("data-nu")]); });
    }
    function nu() { state = ctx.staat(); }
    return {
      vellen: function (lijst) { nu(); vellen(lijst); },
      kalibratie: function () { nu(); kalibratie(); }
    };
  };
})();
