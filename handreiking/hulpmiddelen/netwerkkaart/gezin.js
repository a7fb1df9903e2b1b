/* Netwerkkaart, the print for the family ("Afdrukken voor het gezin"): a sheet in plain Dutch,
   in large type, to hand to the family: who is around them per life area, what each person
   offers and how the contact is, in words (no letters or signs). Its sentences come from the
   build data (data/netwerkkaart.yml: voor_het_gezin and each choice's `gezin`); the people from
   the case (handreikingKern.netwerk). Two choices, both on by default: leave out whoever is marked
   as a burden (and the experience sentence of "partly"), and leave out the notes. The sheet is
   built as text (textContent) into [data-nk-gezinblad], printed alone while the page carries the
   class nk-gezin-afdruk (netwerkkaart.css), and that class goes when printing ends. Joined in
   front of netwerkkaart.js. */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector(".nk");
  var M = root && K.gegevens("netwerkkaart");
  if (!M || !M.gezin) return;
  var N = K.netwerk, el = K.el, T = M.gezin, KLASSE = "nk-gezin-afdruk", html = document.documentElement;
  var knop = root.querySelector("[data-nk-gezin]"), blad = root.querySelector("[data-nk-gezinblad]");
  if (!knop || !blad) return;
  /* How much the sheet holds, in characters (each person and each area counts a line extra):
     above VEEL a smaller step of large type (12.5 pt), above HEEL_VEEL the smallest (12 pt). One
     A4 then holds about 25 people with an offer, a contact and an experience each, or 6 with
     every mark, a relation and a note (measured in Chromium); more goes on to a second page. */
  var VEEL = 1750, HEEL_VEEL = 2500, PERSOON = 25, GEBIED = 40;
  function naar(lijst) { var o = Object.create(null); lijst.forEach(function (x) { o[x.id] = x; }); return o; }
  var contact = naar(M.contact), beleving = naar(M.beleving);

  /* The sentences about one person, or null when the person is left out. */
  function zinnen(p, zonderLast) {
    var k = p.kaart, b = beleving[k.beleving], c = contact[k.contact], z = [];
    if (zonderLast && b && b.belastend === "ja") return null;
    k.biedt.forEach(function (id) { if (T.biedt[id]) z.push(T.biedt[id]); });
    if (c) z.push(c.gezin);
    if (b && !(zonderLast && b.belastend)) z.push(b.gezin);
    var wie = (k.steunt || []).map(function (id) { return N.persoon(id); }).filter(Boolean).map(function (q) { return q.naam; });
    if (wie.length) z.push(T.steunt + " " + (wie.length > 1 ? wie.slice(0, -1).join(", ") + " en " + wie[wie.length - 1] : wie[0]) + ".");
    if (k.vroeger) z.push(T.vroeger);
    if (k.meedenken) z.push(T.meedenken);
    return z;
  }

  /* The whole sheet, from the case as it is now. */
  function maak(zonderLast, zonderNotities) {
    var gewicht = 0, gebieden = [];
    /* Per life area, in the map's order; whoever has none yet comes last, under its own heading. */
    M.gebieden.concat([{ id: "", naam: T.zonder_gebied }]).forEach(function (g) {
      var items = [];
      N.mensen.forEach(function (p) {
        if (p.kaart.gebied !== g.id || p.huishouden) return;  /* the household is "jullie": the sheet is about the people around them */
        var z = zinnen(p, zonderLast);
        if (!z) return;
        var notitie = !zonderNotities && p.notitie ? T.notitie + " " + p.notitie : "";
        gewicht += PERSOON + p.naam.length + p.relatie.length + z.join(" ").length + notitie.length;
        items.push(el("li", { "class": "nk-gezin-persoon" }, [
          el("strong", { text: p.naam }), p.relatie ? " (" + p.relatie + ")" : null,
          z.length ? " " : null, z.length ? el("span", { "class": "nk-gezin-zinnen", text: z.join(" ") }) : null,
          notitie ? el("span", { "class": "nk-gezin-notitie", text: notitie }) : null
        ]));
      });
      if (items.length) gewicht += GEBIED;
      if (items.length) gebieden.push(el("section", { "class": "nk-gezin-gebied" }, [el("h3", { text: g.naam }), el("ul", {}, items)]));
    });
    var midden = N.midden.trim();
    blad.className = "nk-gezinblad" + (gewicht > HEEL_VEEL ? " nk-gezinblad--heel-veel" : gewicht > VEEL ? " nk-gezinblad--veel" : "");
    blad.replaceChildren(
      el("h2", { text: T.titel }),
      el("p", { "class": "nk-gezin-kop" }, [midden ? el("span", { text: midden }) : null, el("span", { text: T.datum + " " + K.datum(new Date()) })]),
      el("p", { "class": "nk-gezin-inleiding", text: T.inleiding.join(" ") }),
      gebieden.length ? el("div", { "class": "nk-gezin-gebieden" }, gebieden) : el("p", { text: T.niemand }),
      el("p", { "class": "nk-gezin-slot", text: T.slot })
    );
  }

  knop.addEventListener("click", function () {
    maak(root.querySelector("[data-nk-gezin-zonder-last]").checked, root.querySelector("[data-nk-gezin-zonder-notities]").checked);
    html.classList.add(KLASSE);
    window.print();
  });
  /* Printing has ended (or was cancelled): the page's own print is the map again. */
  window.addEventListener("afterprint", function () { html.classList.remove(KLASSE); });
})();
