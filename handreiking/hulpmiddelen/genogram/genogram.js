/* Genogram (3.2.1): the family's own network (handreikingKern.netwerk, the same people as the
   netwerkkaart and the circles) in three or four generations, laid out by indeling.js and drawn
   in the usual notation (McGoldrick and Gerson), with the same in words. The model is in
   basis/genogram.js (N.genogram, N.relaties, N.gebeurtenissen); texts come from data/genogram.yml. */
(function () {
  "use strict";
  var K = window.handreikingKern, root = document.querySelector(".gg");
  var M = root && K.gegevens("genogram");
  if (!M) return;
  var N = K.netwerk, G = N.genogram, el = K.el, SVGNS = "http://www.w3.org/2000/svg";
  var soort = {};
  M.relaties.forEach(function (r) { soort[r.id] = r; });
  var wat = {};
  M.gebeurtenissen.forEach(function (e) { wat[e.id] = e.naam; });
  var R = 20, STAP = 140;  /* a symbol's half size; the layout's step between two people */
  function $(sel) { return root.querySelector(sel); }
  function svg(tag, attrs, tekst) {
    var n = document.createElementNS(SVGNS, tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (tekst != null) n.textContent = tekst;
    return n;
  }
  function stijl(attrs, s) { var st = M.lijnen[s]; for (var k in st) attrs[k] = st[k]; return attrs; }
  var pagina = N.pagina("gg", root, tekenAlles), meld = pagina.meld;
  function inGenogram(p) { return !!p.genogram || p.huishouden; }
  function mensen() { return N.mensen.filter(inGenogram); }
  function gg(p) { return p.genogram || G.leeg(); }
  function naam(id) { var p = N.persoon(id); return p ? p.naam : ""; }
  function kort(t, n) { return t.length > n ? t.slice(0, n - 1) + "…" : t; }
  function jaren(p) {
    var g = gg(p);
    if (g.geboren && (g.overleden || g.dood)) return g.geboren + "–" + (g.overleden || "†");
    return g.geboren ? "* " + g.geboren : g.overleden ? "† " + g.overleden : g.dood ? "†" : "";
  }

  /* ---------- The drawing ---------- */
  function vorm(p, x, y) {
    var g = gg(p), s = M.geslacht[g.geslacht], v = s ? s.symbool : "ruit", a = { fill: "#ffffff", stroke: "#000000", "stroke-width": 2, "class": "gg-symbool" };
    var e = v === "vierkant" ? svg("rect", Object.assign(a, { x: x - R, y: y - R, width: 2 * R, height: 2 * R }))
      : v === "cirkel" ? svg("circle", Object.assign(a, { cx: x, cy: y, r: R }))
      : svg("path", Object.assign(a, { d: "M" + x + " " + (y - R - 3) + "L" + (x + R + 3) + " " + y + "L" + x + " " + (y + R + 3) + "L" + (x - R - 3) + " " + y + "Z" }));
    return e;
  }
  function strepen(laag, x, y, n) {
    for (var i = 0; i < n; i++) laag.appendChild(svg("line", { x1: x - 5 + 8 * i, y1: y + 9, x2: x + 3 + 8 * i, y2: y - 9, stroke: "#000000", "stroke-width": 2 }));
  }
  /* A broken contact or a conflict between any two people: over the top of their row (or straight
     between rows), cut by two bars (breuk) or as a zigzag (conflict). */
  function anders(laag, r, I, hoogte) {
    var a = I.plek[r.van], b = I.plek[r.naar];
    if (!a || !b) return;
    var pts;
    if (a.rij === b.rij) { var top = a.y - R - 14 - 8 * hoogte; pts = [[a.x, a.y - R - 3], [a.x, top], [b.x, top], [b.x, b.y - R - 3]]; }
    else { var d = Math.hypot(b.x - a.x, b.y - a.y), ux = (b.x - a.x) / d, uy = (b.y - a.y) / d; pts = [[a.x + ux * (R + 4), a.y + uy * (R + 4)], [b.x - ux * (R + 4), b.y - uy * (R + 4)]]; }
    var m = pts.length === 4 ? 1 : 0, p = pts[m], q = pts[m + 1], len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1, vx = (q[0] - p[0]) / len, vy = (q[1] - p[1]) / len;
    var attrs = stijl({ fill: "none", stroke: "#000000", "class": "gg-lijn", "data-soort": r.soort }, r.soort);
    if (r.soort === "conflict") {  /* zigzag along the middle stretch */
      var zig = [p], stappen = Math.max(2, Math.floor(len / 10));
      for (var i = 1; i < stappen; i++) { var t = i / stappen, o = i % 2 ? 5 : -5; zig.push([p[0] + vx * len * t - vy * o, p[1] + vy * len * t + vx * o]); }
      pts = pts.slice(0, m + 1).concat(zig.slice(1), pts.slice(m + 1));
      laag.appendChild(svg("polyline", Object.assign(attrs, { points: pts.map(function (z) { return z.join(","); }).join(" ") })));
      return;
    }
    if (r.soort !== "breuk") {  /* partners the generations put on two rows: their own line, straight */
      laag.appendChild(svg("polyline", Object.assign(attrs, { points: pts.map(function (z) { return z.join(","); }).join(" ") })));
      return;
    }
    var mx = (p[0] + q[0]) / 2, my = (p[1] + q[1]) / 2;  /* breuk: a gap in the middle with a bar on each side */
    var eerst = pts.slice(0, m + 1).concat([[mx - vx * 6, my - vy * 6]]), dan = [[mx + vx * 6, my + vy * 6]].concat(pts.slice(m + 1));
    [eerst, dan].forEach(function (deel) { laag.appendChild(svg("polyline", Object.assign({}, attrs, { points: deel.map(function (z) { return z.join(","); }).join(" ") }))); });
    [-6, 6].forEach(function (o) { laag.appendChild(svg("line", { x1: mx + vx * o - vy * 8, y1: my + vy * o + vx * 8, x2: mx + vx * o + vy * 8, y2: my + vy * o - vx * 8, stroke: "#000000", "stroke-width": 2 })); });
  }
  function tekenTekening(lijst) {
    var vak = $("[data-gg-tekening]"), I = K.genogramIndeling({
      mensen: lijst.map(function (p) { return { id: p.id, geboren: gg(p).geboren, huishouden: p.huishouden }; }), relaties: N.relaties
    });
    vak.replaceChildren();
    var huis = svg("g", { "class": "gg-huislaag" }), lijnen = svg("g", { "class": "gg-lijnen" }), laag = svg("g", { "class": "gg-mensen" });
    vak.append(huis, lijnen, laag);
    /* the household: a dotted line around its members, row by row */
    var rijen = {};
    lijst.forEach(function (p) { if (!p.huishouden) return; var q = I.plek[p.id], r = rijen[q.rij] = rijen[q.rij] || { y: q.y, l: q.x, r: q.x }; r.l = Math.min(r.l, q.x); r.r = Math.max(r.r, q.x); });
    var rs = Object.keys(rijen).map(Number).sort(function (a, b) { return a - b; }).map(function (k) { return rijen[k]; });
    if (rs.length) {
      var rechts = [], links = [];
      rs.forEach(function (r) { rechts.push([r.r + 64, r.y - R - 12], [r.r + 64, r.y + 74]); links.unshift([r.l - 64, r.y + 74], [r.l - 64, r.y - R - 12]); });
      huis.appendChild(svg("polygon", { points: rechts.concat(links).map(function (z) { return z.join(","); }).join(" "), fill: "none", stroke: "#000000", "stroke-width": 2, "stroke-dasharray": "1 5", "stroke-linecap": "round", "stroke-linejoin": "round", "class": "gg-huishouden" }));
    }
    I.partners.forEach(function (r) {
      var a = I.plek[r.van], b = I.plek[r.naar], l = Math.min(a.x, b.x), rr = Math.max(a.x, b.x), naast = rr - l <= STAP + 0.5;
      var d = naast ? "M" + (l + R) + " " + a.y + "H" + (rr - R) : "M" + l + " " + (a.y + R) + "V" + (a.y + R + 10) + "H" + rr + "V" + (a.y + R);
      lijnen.appendChild(svg("path", stijl({ d: d, fill: "none", stroke: "#000000", "class": "gg-lijn", "data-soort": r.soort }, r.soort)));
      strepen(lijnen, naast ? l + (rr - l) / 3 : (l + rr) / 2 - 20, naast ? a.y : a.y + R + 10, M.strepen[r.soort] || 0);
    });
    I.gezinnen.forEach(function (gz) {
      var y = gz.y, bar = y + 96, xs = gz.kinderen.map(function (k) { return I.plek[k.id].x; }), x0 = gz.ouders.length > 1 ? gz.x : gz.x + STAP / 2;
      var d = gz.ouders.length > 1 ? "M" + x0 + " " + y + "V" + bar : "M" + (gz.x + R) + " " + y + "H" + x0 + "V" + bar;
      d += "M" + Math.min.apply(null, xs.concat([x0])) + " " + bar + "H" + Math.max.apply(null, xs.concat([x0]));
      lijnen.appendChild(svg("path", { d: d, fill: "none", stroke: "#000000", "stroke-width": 2, "class": "gg-lijn" }));
      gz.kinderen.forEach(function (k) {
        var q = I.plek[k.id];
        lijnen.appendChild(svg("line", stijl({ x1: q.x, y1: bar, x2: q.x, y2: q.y - R - 3, stroke: "#000000", "class": "gg-lijn", "data-soort": k.soort }, k.soort)));
        if (k.soort === "adoptie") laag.appendChild(svg("path", { d: "M" + (q.x - R - 4) + " " + (q.y - R - 6) + "h-5v" + (2 * R + 12) + "h5M" + (q.x + R + 4) + " " + (q.y - R - 6) + "h5v" + (2 * R + 12) + "h-5", fill: "none", stroke: "#000000", "stroke-width": 2 }));
      });
    });
    var hoog = {};
    I.anders.forEach(function (r) { var k = I.plek[r.van] ? I.plek[r.van].rij : 0; hoog[k] = (hoog[k] || 0) + 1; anders(lijnen, r, I, hoog[k] - 1); });
    lijst.forEach(function (p) {
      var q = I.plek[p.id], g = svg("g", { "class": "gg-persoon", "data-id": p.id });
      g.appendChild(vorm(p, q.x, q.y));
      if (gg(p).dood || gg(p).overleden) g.appendChild(svg("path", { d: "M" + (q.x - 13) + " " + (q.y - 13) + "L" + (q.x + 13) + " " + (q.y + 13) + "M" + (q.x + 13) + " " + (q.y - 13) + "L" + (q.x - 13) + " " + (q.y + 13), stroke: "#000000", "stroke-width": 2.5, "class": "gg-kruis" }));
      g.appendChild(svg("text", { x: q.x, y: q.y + R + 17, "text-anchor": "middle", "font-size": 13, "font-weight": "bold", fill: "#000000", "class": "gg-naam" }, kort(p.naam, 18)));
      var j = jaren(p);
      if (j) g.appendChild(svg("text", { x: q.x, y: q.y + R + 32, "text-anchor": "middle", "font-size": 12, fill: "#000000" }, j));
      var e = N.gebeurtenissen.filter(function (x) { return x.wie === p.id && x.soort !== "geboorte" && x.soort !== "overlijden"; });
      if (e.length) g.appendChild(svg("text", { x: q.x, y: q.y + R + 46, "text-anchor": "middle", "font-size": 11, fill: "#000000" }, kort(e.map(function (x) { return wat[x.soort].split(" ")[0].toLowerCase() + " " + x.jaar; }).join(", "), 22)));
      laag.appendChild(g);
    });
    var t = $(".gg-tekening");
    t.setAttribute("viewBox", "0 0 " + Math.max(300, I.breedte) + " " + I.hoogte);
    t.setAttribute("data-breedte", Math.round(I.breedte));
    t.setAttribute("width", Math.round(Math.max(300, I.breedte) * 0.6));  /* a narrow screen scrolls the drawing in its frame at this size */
    t.setAttribute("height", Math.round(I.hoogte * 0.6));
    return I;
  }

  /* ---------- In words: per generation, per person; relations and events in sentences ---------- */
  function zin(r) { return soort[r.soort].zin.replace("{a}", naam(r.van)).replace("{b}", naam(r.naar)); }
  function overPersoon(p) {
    var g = gg(p), s = M.geslacht[g.geslacht], d = [s ? s.naam : M.geenGeslacht];
    if (g.geboren) d.push("geboren in " + g.geboren);
    if (g.overleden) d.push("overleden in " + g.overleden); else if (g.dood) d.push("overleden");
    if (p.huishouden) d.push("hoort bij het huishouden");
    return p.naam + (p.relatie ? " (" + p.relatie + ")" : "") + ": " + d.join(", ") + ".";
  }
  function woorden(lijst, I) {
    var vak = $("[data-gg-woorden-lijst]"), n = I.rijen, delen = [];
    for (var r = 0; r < n; r++) {
      var wie = lijst.filter(function (p) { return I.plek[p.id].rij === r; }).sort(function (a, b) { return I.plek[a.id].x - I.plek[b.id].x; });
      delen.push(el("h4", { text: "Generatie " + (r + 1) + (r === 0 && n > 1 ? " (de oudste)" : "") }), el("ul", {}, wie.map(function (p) { return el("li", { text: overPersoon(p) }); })));
    }
    if (N.relaties.length) delen.push(el("h4", { text: "Relaties" }), el("ul", {}, N.relaties.map(function (r) { return el("li", { text: zin(r) }); })));
    var e = N.gebeurtenissen.slice().sort(function (a, b) { return a.jaar - b.jaar; });
    if (e.length) delen.push(el("h4", { text: "Gebeurtenissen" }), el("ul", {}, e.map(function (x) { return el("li", { text: x.jaar + ": " + wat[x.soort] + ", " + naam(x.wie) + (x.tekst ? " (" + x.tekst + ")" : "") + "." }); })));
    vak.replaceChildren.apply(vak, delen);
    $("[data-gg-woorden]").hidden = !lijst.length;
  }
  function teken() {
    var lijst = mensen(), I = tekenTekening(lijst);
    woorden(lijst, I);
    $("[data-gg-bijschrift]").hidden = lijst.length > 0;
    $("[data-gg-toon-midden]").textContent = N.midden;
    $("[data-gg-toon-datum]").textContent = N.datum;
  }
  var E = K.genogramEditor(root, { N: N, G: G, M: M, meld: meld, pagina: pagina, mensen: mensen, gg: gg, zin: zin, wat: wat, teken: teken, inGenogram: inGenogram });
  function tekenAlles() { E.lijsten(); teken(); }
  pagina.start();
})();
