/* Netwerkkaart layout: where every person's box, every life area's name and every line go, for
   any number of people. Plain maths (the width of a text is asked of a function), so the tests
   run it without a page.

   The idea: all boxes lie around a rectangle R with the family in its middle, touching R from
   outside; every person's line runs from the middle to the point where their box touches R. R is
   convex, so each line stays inside R and no line can pass under any box. Along each side of R
   the boxes stand in one row (top, bottom) or column (left, right), clockwise in the order of the
   life areas, each area's name at the start of its run (at its end, first in reading order, where
   the round goes right to left or upwards and the run fits on that side), areas parted by a
   border from the middle to R.
   When they do not fit, R grows (first in width, up to what prints on A4 with names of 8 pt,
   then in height), so the drawing grows with the case. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  var REGEL = 16, WRAP = 140, MET = 50;  /* line height; longest line of a name (bold 13); the marks (12) may make it this much longer */
  var TUSSEN_RIJ = 6, TUSSEN_KOLOM = 3, GRENS = 16;  /* gaps between boxes in a row, in a column, between two areas */
  var RAND_RIJ = 3, HOEK = 30, KLEM = 12;  /* rows stand this far from R; a row's box overlaps R's side by HOEK; contact point not nearer to a corner than KLEM */
  var MARGE = 10, MIN = [960, 600], MAX_B = 1220;  /* free edge; smallest drawing; wider than MAX_B it only grows in height (a page wide at 8 pt names on A4) */

  /* A person's box (lines 16 apart, padding 6): the name in lines of at most WRAP wide, broken at
     spaces, inside a word only when the word alone is too long (the lines joined give the name
     back exactly); the marks after the last line or on a line of their own. */
  function persoonDoos(p, meet) {
    var r = [], regel = "", b = 0;
    function maat(t) { return meet(t.replace(/ $/, ""), "naam"); }
    function af(t) { r.push(t); b = Math.max(b, maat(t)); }
    p.naam.split(" ").forEach(function (w, i, ws) {
      if (regel && maat(regel + w) > WRAP) { af(regel); regel = ""; }
      while (!regel && maat(w) > WRAP) {  /* as many characters as fit, repeatedly */
        for (var c = w.length - 1; c > 1 && maat(w.slice(0, c)) > WRAP; c--);
        af(w.slice(0, c));
        w = w.slice(c);
      }
      regel += w + (i < ws.length - 1 ? " " : "");
    });
    af(regel);
    var n = r.length, laatst = maat(regel), tekens = null;
    if (p.tekens) {
      var tb = meet(p.tekens, "tekens");
      if (laatst + 8 + tb <= WRAP + MET) { tekens = { x: 14 + laatst, y: REGEL * n - 1 }; b = Math.max(b, laatst + 8 + tb); }
      else { tekens = { x: 6, y: REGEL * ++n - 1 }; b = Math.max(b, tb); }
    }
    return { id: p.id, b: Math.ceil(Math.max(b + 12, 40)), h: REGEL * n + 6, naam: r, tekens: tekens };
  }

  /* One attempt at a given R (half width A, half height B): null when the items do not fit in one
     round. Positions u run round R's border clockwise from its top-left corner (sides 0 top, 1
     right, 2 bottom, 3 left); an item stands on a side at t, its leading edge from the side's
     start. Rows (top, bottom) may stick out past R's corners, columns stay between them. The
     first area starts at u0, area a no earlier than u0 + d[a] (d: null for right after the one
     before). */
  function plaats(gebieden, A, B, u0, d) {
    var L = [2 * A, 2 * B, 2 * A, 2 * B], O = [0, L[0], L[0] + L[1], 2 * L[0] + L[1]], P = 2 * L[0] + 2 * L[1];
    var u = u0, vol = false, uit = { dozen: [], gebieden: [], van: [], tot: [] };
    function kant(v) { var r = v % P, k = 3; while (r < O[k]) k--; return k; }
    function punt(k, t) { t = Math.min(Math.max(t, 0), L[k]); return [[-A + t, -B], [A, -B + t], [A - t, B], [-A, B - t]][k]; }
    for (var a = 0; a < gebieden.length; a++) {
      if (d[a] != null) u = Math.max(u, u0 + d[a]);
      uit.van.push(u);
      var k = kant(u), vak = { id: gebieden[a].id, rand: punt(k, u - Math.floor(u / P) * P - O[k] + GRENS / 2) };
      u += GRENS;
      var items = gebieden[a].items, rest = L[k] - (u - Math.floor(u / P) * P - O[k]) + (k % 2 ? 0 : items[0].b - HOEK);
      items.forEach(function (it) { rest -= k % 2 ? it.h + TUSSEN_KOLOM : it.b + TUSSEN_RIJ; });
      (k > 1 && rest > 0 ? items.slice(1).concat(items[0]) : items).forEach(function (it) {
        var rij, tt, lang, tus, basis = Math.floor(u / P) * P + O[(k = kant(u))];
        for (;;) {
          rij = k % 2 === 0; lang = rij ? it.b : it.h; tus = rij ? TUSSEN_RIJ : TUSSEN_KOLOM;
          tt = Math.max(u - basis, rij ? HOEK - it.b : RAND_RIJ);
          if (tt <= (rij ? L[k] - HOEK : L[k] - RAND_RIJ - it.h)) break;
          u = basis += L[k];  /* on to the next side */
          k = (k + 1) % 4;
        }
        vol = vol || basis + tt + lang > u0 + P - TUSSEN_RIJ;  /* it would run into the first area */
        var x = [-A + tt, A, A - tt - it.b, -A - it.b][k], y = [-B - RAND_RIJ - it.h, -B + tt, B + RAND_RIJ, B - tt - it.h][k];
        var px = rij ? Math.min(Math.max(x + it.b / 2, -A + KLEM), A - KLEM) : k === 1 ? A : -A;
        if (it.label) vak.label = { x: x, y: y, b: it.b, h: it.h };
        else uit.dozen.push({ id: it.id, x: x, y: y, b: it.b, h: it.h, naam: it.naam, tekens: it.tekens, steunt: it.steunt || [], px: px, py: rij ? (k ? B + RAND_RIJ : -B - RAND_RIJ) : y + it.h / 2 });
        u = basis + tt + lang + tus;
      });
      if (vol) return null;
      uit.tot.push(u);
      uit.gebieden.push(vak);
    }
    return uit;
  }

  /* Everything at one size of R, or null: each area in its own wedge (equal lengths round R, the
     first starting 1.5 wedges before the top, as on the paper map) and centred in it where there
     is room; else packed. */
  function probeer(gebieden, A, B) {
    var n = gebieden.length, P = 4 * A + 4 * B, u0 = (A - (1.5 * P) / n + P) % P;
    var dicht = plaats(gebieden, A, B, u0, []);
    if (!dicht) return null;
    var vrij = dicht.van.map(function (v, a) { return Math.max(0, P / n - dicht.tot[a] + v) / 2; });
    return plaats(gebieden, A, B, u0 + vrij[0], vrij.map(function (w, a) { return (a * P) / n + w - vrij[0]; })) || dicht;
  }

  /* The household in the middle (each member their own box, no marks): one row, two when there
     are more than three, the first row on top; the frame H around them at HUIS from every box,
     so a line can run along H without touching a box. Returns {dozen, half: [w/2, h/2]} around 0 0. */
  var HUIS = 14, TUSSEN_HUIS = 24;
  function huisIndeling(leden, meet) {
    var dozen = leden.map(function (p) { return persoonDoos({ id: p.id, naam: p.naam, tekens: p.tekens }, meet); });
    var n = dozen.length, rijen = n > 3 ? [dozen.slice(0, Math.ceil(n / 2)), dozen.slice(Math.ceil(n / 2))] : [dozen];
    var breed = rijen.map(function (r) { return r.reduce(function (s, d) { return s + d.b; }, 0) + TUSSEN_HUIS * (r.length - 1); });
    var hoog = rijen.map(function (r) { return Math.max.apply(null, r.map(function (d) { return d.h; })); });
    var W = Math.max.apply(null, breed) + 2 * HUIS, H = hoog.reduce(function (s, h) { return s + h; }, 0) + TUSSEN_HUIS * (rijen.length - 1) + 2 * HUIS;
    rijen.forEach(function (r, i) {
      var x = -breed[i] / 2;
      r.forEach(function (d) {
        d.x = x; x += d.b + TUSSEN_HUIS;
        d.y = i === 0 ? -H / 2 + HUIS : H / 2 - HUIS - d.h;  /* the top row against H's top, the bottom row against its bottom */
        d.boven = i === 0; d.onder = i === rijen.length - 1;
      });
    });
    return { dozen: dozen, half: [Math.ceil(W / 2), Math.ceil(H / 2)] };
  }
  /* Whether the segment a-b passes through rectangle r (x, y, b, h) grown by m (Liang-Barsky). */
  function snijdt(a, b, r, m) {
    var dx = b[0] - a[0], dy = b[1] - a[1], lo = 0, hi = 1;
    var pq = [[-dx, a[0] - r.x + m], [dx, r.x + r.b + m - a[0]], [-dy, a[1] - r.y + m], [dy, r.y + r.h + m - a[1]]];
    for (var i = 0; i < 4; i++) {
      var p = pq[i][0], q = pq[i][1];
      if (p === 0) { if (q < 0) return false; continue; }
      var t = q / p;
      if (p < 0) lo = Math.max(lo, t); else hi = Math.min(hi, t);
      if (lo > hi) return false;
    }
    return true;
  }
  /* The lines of one person P (on R's border) when the household is in the middle: to each member
     they support (steunt), else to the frame H (the whole family), each as points from P to its
     end. Straight to the side of the member's box that faces P when no other box is in the way;
     else towards the middle up to H, along H (outside every box) and straight into the member's
     box from above or below, with every corner cut that leaves the way free. */
  function lijnenNaarHuis(P, steunt, huis, Hr, kader) {
    var C = [Hr.x + Hr.b / 2, Hr.y + Hr.h / 2];
    function opRand(Q, R) {  /* where the way from Q to the middle meets rectangle R around it */
      var dx = Q[0] - C[0], dy = Q[1] - C[1];
      var s = Math.min(dx ? R.b / 2 / Math.abs(dx) : Infinity, dy ? R.h / 2 / Math.abs(dy) : Infinity);
      return [C[0] + s * dx, C[1] + s * dy];
    }
    var E = opRand(P, Hr), hoeken = [[Hr.x, Hr.y], [Hr.x + Hr.b, Hr.y], [Hr.x + Hr.b, Hr.y + Hr.h], [Hr.x, Hr.y + Hr.h]];
    var O = 2 * Hr.b + 2 * Hr.h;
    function u(Q) {  /* a point of H's border as its distance clockwise from the top-left corner */
      if (Math.abs(Q[1] - Hr.y) < 0.01) return Q[0] - Hr.x;
      if (Math.abs(Q[0] - Hr.x - Hr.b) < 0.01) return Hr.b + Q[1] - Hr.y;
      if (Math.abs(Q[1] - Hr.y - Hr.h) < 0.01) return Hr.b + Hr.h + Hr.x + Hr.b - Q[0];
      return 2 * Hr.b + Hr.h + Hr.y + Hr.h - Q[1];
    }
    function langs(A, B) {  /* the shorter way along H from A to B: the corners in between */
      var ua = u(A), ub = u(B), cw = (ub - ua + O) % O, hu = [0, Hr.b, Hr.b + Hr.h, 2 * Hr.b + Hr.h];
      var mee = cw <= O / 2, uit = [];
      var volg = hoeken.map(function (h, i) { return { h: h, d: mee ? (hu[i] - ua + O) % O : (ua - hu[i] + O) % O }; });
      volg.filter(function (x) { return x.d > 0 && x.d < (mee ? cw : O - cw); }).sort(function (a, b) { return a.d - b.d; }).forEach(function (x) { uit.push(x.h); });
      return { punten: uit, lengte: mee ? cw : O - cw };
    }
    var F = opRand(P, kader);  /* the drawn frame, halfway between H and the boxes: lines along H stay in view */
    if (!steunt.length) return [{ naar: null, punten: [P[0], P[1], F[0], F[1]] }];
    return steunt.map(function (id) {
      var T = huis.filter(function (d) { return d.id === id; })[0], anderen = huis.filter(function (d) { return d !== T; });
      var mx = T.x + T.b / 2, my = T.y + T.h / 2, kanten = [];
      if (P[1] < T.y) kanten.push([mx, T.y]);
      if (P[1] > T.y + T.h) kanten.push([mx, T.y + T.h]);
      if (P[0] < T.x) kanten.push([T.x, my]);
      if (P[0] > T.x + T.b) kanten.push([T.x + T.b, my]);
      kanten.sort(function (a, b) { return Math.hypot(a[0] - P[0], a[1] - P[1]) - Math.hypot(b[0] - P[0], b[1] - P[1]); });
      for (var i = 0; i < kanten.length; i++) {
        var Q = kanten[i];
        if (!anderen.some(function (d) { return snijdt(P, Q, d, 3); })) return { naar: id, punten: [P[0], P[1], Q[0], Q[1]] };
      }
      var beste = null;
      [T.boven ? [[mx, Hr.y], [mx, T.y]] : null, T.onder ? [[mx, Hr.y + Hr.h], [mx, T.y + T.h]] : null].forEach(function (w) {
        if (!w) return;
        var l = langs(E, w[0]);
        if (!beste || l.lengte < beste.lengte) beste = { lengte: l.lengte, punten: [P, E].concat(l.punten, w) };
      });
      /* then as straight as it goes: from each point on to the furthest one in free view */
      var w = beste.punten, uit = [w[0]];
      function vrij(a, b) { return !snijdt(a, b, T, -1) && !anderen.some(function (d) { return snijdt(a, b, d, 3); }); }
      for (var j, k = 0; k < w.length - 1; k = j) {
        for (j = w.length - 1; j > k + 1 && !vrij(w[k], w[j]); j--);
        uit.push(w[j]);
      }
      return { naar: id, punten: [].concat.apply([], uit) };
    });
  }

  /* K.netwerkIndeling({gebieden: [{id, naam}], mensen: [{id, naam, gebied, tekens}], meet(tekst,
     soort) -> width in drawing units ("naam": bold 13, "tekens": 12, "gebied": bold 15), gezin:
     [rx, ry]}) -> {breedte, hoogte, midden: [x, y], dozen: [{id, x, y, b, h, naam: [lines, the
     first baseline at 15, then every 16], tekens: {x, y} | null, lijn: [x1, y1, x2, y2]}], gebieden: [{id, label:
     {x, y, b, h}, rand: [x1, y1, x2, y2]}]}, in the drawing's units, its top-left corner at 0 0;
     a label's y is its baseline. People whose area is not among the areas are left out.
     With huishouden: [{id, naam}] (the household, each in their own box in the middle) and each
     person's steunt: [ids of members] (empty: the whole family), also huis: [{id, x, y, b, h,
     naam}], huisrand: {x, y, b, h} (the frame around them), each person's lijnen: [{naar: member
     id or null (the frame), punten: [x, y, ...] from the person to where it ends}] and each
     area's border starts at the frame; without a household huis is [], huisrand null and each
     person has one line to the middle (lijnen as lijn). */
  K.netwerkIndeling = function (o) {
    var meet = o.meet, leden = o.huishouden || [], huis = leden.length ? huisIndeling(leden, meet) : null;
    var gezin = huis ? huis.half : o.gezin || [100, 52], bekend = Object.create(null), alle = [];
    o.gebieden.forEach(function (g) { bekend[g.id] = []; });
    var lid = Object.create(null);
    leden.forEach(function (p) { lid[p.id] = 1; });
    o.mensen.forEach(function (p) {
      if (!bekend[p.gebied] || lid[p.id]) return;
      var d = persoonDoos(p, meet);
      d.steunt = (p.steunt || []).filter(function (id) { return lid[id]; });
      bekend[p.gebied].push(d); alle.push(d);
    });
    var gebieden = o.gebieden.map(function (g) {
      var label = { label: true, b: Math.ceil(meet(g.naam, "gebied")), h: 20 };
      alle.push(label);
      return { id: g.id, items: [label].concat(bekend[g.id]) };
    });
    var D = Math.max.apply(null, alle.map(function (d) { return d.b; }));  /* widest item: the depth of a column */
    var Hr = Math.max(38, Math.max.apply(null, alle.map(function (d) { return d.h; })));
    var A = Math.max(gezin[0] + 70, (MIN[0] - 2 * D - 2 * MARGE) / 2), B = Math.max(gezin[1] + 60, (MIN[1] - 2 * (Hr + RAND_RIJ) - 2 * MARGE) / 2);
    var Amax = Math.max(A, (MAX_B - 2 * D - 2 * MARGE) / 2), r = null;
    while (!(r = probeer(gebieden, A, B)) && A < Amax) A = Math.min(Amax, A * 1.05 + 10);  /* wider first: width is free up to a page, height costs pages */
    if (!r) {  /* then the lowest height that fits, to within 8 units: doubling, then halving the step */
      for (var lo = B; !(r = probeer(gebieden, A, (B *= 2))); ) lo = B;
      while (B - lo > 8) { var mid = (lo + B) / 2, m = probeer(gebieden, A, mid); if (m) { r = m; B = mid; } else lo = mid; }
    }
    return teken(r, A, B, huis, gezin);
  };

  /* The result moved so that the drawing's top-left corner is at 0 0 (and at least MIN). */
  function teken(r, A, B, huis, gezin) {
    var x0 = -A, y0 = -B, x1 = A, y1 = B, alle = r.dozen.concat(r.gebieden.map(function (g) { return g.label; }));
    alle.forEach(function (d) { x0 = Math.min(x0, d.x); y0 = Math.min(y0, d.y); x1 = Math.max(x1, d.x + d.b); y1 = Math.max(y1, d.y + d.h); });
    var W = Math.max(x1 - x0 + 2 * MARGE, MIN[0]), H = Math.max(y1 - y0 + 2 * MARGE, MIN[1]);
    var dx = Math.round((W - x1 - x0) / 2), dy = Math.round((H - y1 - y0) / 2);
    alle.forEach(function (d) { d.x += dx; d.y += dy; });
    var weg = huis ? { x: dx - gezin[0], y: dy - gezin[1], b: 2 * gezin[0], h: 2 * gezin[1] } : null;
    var rand = huis ? { x: weg.x + HUIS / 2, y: weg.y + HUIS / 2, b: weg.b - HUIS, h: weg.h - HUIS } : null;
    if (huis) huis.dozen.forEach(function (d) { d.x += dx; d.y += dy; });
    r.dozen.forEach(function (d) {
      d.lijn = [dx, dy, d.px + dx, d.py + dy];
      d.lijnen = huis ? lijnenNaarHuis([d.px + dx, d.py + dy], d.steunt, huis.dozen, weg, rand) : [{ naar: null, punten: [d.px + dx, d.py + dy, dx, dy] }];
    });
    r.gebieden.forEach(function (g) {
      g.label.y += 15;
      var x = g.rand[0], y = g.rand[1], s = huis ? Math.min(x ? gezin[0] / Math.abs(x) : Infinity, y ? gezin[1] / Math.abs(y) : Infinity) : 0;
      g.rand = [dx + s * x, dy + s * y, x + dx, y + dy];  /* from the frame around the household, or the middle */
    });
    return { breedte: Math.ceil(W), hoogte: Math.ceil(H), midden: [dx, dy], dozen: r.dozen, gebieden: r.gebieden, huis: huis ? huis.dozen : [], huisrand: rand };
  }
})();
