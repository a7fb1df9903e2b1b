/* The genogram's layout, plain functions without the page (tests/test_genogram_model.py runs them in
   Node). The approach of kinship2's align.pedigree (Therneau; also pedigreejs and madeline2), in
   three steps: (1) generations as kindepth does: a child one row below its lowest parent, partners
   on one row, a parent without parents of their own just above their children; (2) the order in a
   row by a depth-first walk from the oldest generation (partners side by side as one block, their
   children below them in birth order), then barycentre sweeps (Sugiyama) that keep the order with
   the fewest crossings; (3) positions: children centred under their parents and parents over their
   children, every row kept apart exactly by pooling adjacent violators (the least-squares
   optimum kinship2 gets from quadratic programming). Offers K.genogramIndeling and K.genogramKruisingen. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  var MAAT = { stap: 140, rij: 170, rand: 80 }; /* a person's width with their label, a row's height, the margin */

  function groep(soort) {
    return ["samen", "getrouwd", "uit-elkaar", "gescheiden"].indexOf(soort) >= 0
      ? "partner"
      : ["biologisch", "pleeg", "adoptie"].indexOf(soort) >= 0
        ? "ouder"
        : "anders";
  }

  /* (1) Row per person: kindepth with partners aligned; bounded, so a damaged file cannot loop. */
  function generaties(ids, ouders, kinderen, partners) {
    var g = {},
      n = ids.length;
    ids.forEach(function (id) {
      g[id] = 0;
    });
    for (var ronde = 0, veranderd = true; veranderd && ronde < 4 * n + 4; ronde++) {
      veranderd = false;
      ids.forEach(function (id) {
        var nu = g[id];
        (ouders[id] || []).forEach(function (o) {
          if (g[o.id] + 1 > g[id]) g[id] = g[o.id] + 1;
        });
        (partners[id] || []).forEach(function (p) {
          if (g[p] > g[id]) g[id] = g[p];
        });
        if (!(ouders[id] || []).length && (kinderen[id] || []).length) {
          var laagst =
            Math.min.apply(
              null,
              kinderen[id].map(function (k) {
                return g[k];
              })
            ) - 1;
          if (laagst > g[id]) g[id] = laagst;
        }
        if (g[id] !== nu) veranderd = true;
      });
    }
    var min = Math.min.apply(
      null,
      ids
        .map(function (id) {
          return g[id];
        })
        .concat([0])
    );
    ids.forEach(function (id) {
      g[id] -= min;
    });
    return g;
  }

  /* Isotonic regression with spacing: x[i] as near to want[i] (weight w[i]) as possible with
     x[i+1] - x[i] >= gap[i]; exact, in linear time. */
  function pav(want, w, gap) {
    var c = [0],
      blokken = [];
    for (var i = 1; i < want.length; i++) c[i] = c[i - 1] + gap[i - 1];
    want.forEach(function (d, i) {
      var b = { som: (d - c[i]) * w[i], w: w[i], n: 1 };
      blokken.push(b);
      while (blokken.length > 1) {
        var a = blokken[blokken.length - 2],
          z = blokken[blokken.length - 1];
        if (a.som / a.w < z.som / z.w) break;
        a.som += z.som;
        a.w += z.w;
        a.n += z.n;
        blokken.pop();
      }
    });
    var x = [],
      j = 0;
    blokken.forEach(function (b) {
      for (var k = 0; k < b.n; k++, j++) x[j] = b.som / b.w + c[j];
    });
    return x;
  }

  /* The layout of people [{id}] with relations [{van, naar, soort}]: {plek: id -> {x, y, rij},
     gezinnen: [{ouders, kinderen: [{id, soort}], x, y}], partners, anders, breedte, hoogte, rijen}. */
  K.genogramIndeling = function (invoer) {
    var maat = invoer.maat || MAAT,
      ids = invoer.mensen.map(function (p) {
        return p.id;
      }),
      er = {};
    ids.forEach(function (id, i) {
      er[id] = i + 1;
    });
    var jaar = {};
    invoer.mensen.forEach(function (p) {
      jaar[p.id] = p.geboren || 0;
    });
    var ouders = {},
      kinderen = {},
      partners = {},
      paren = [],
      anders = [];
    invoer.relaties.forEach(function (r) {
      if (!er[r.van] || !er[r.naar]) return;
      var s = groep(r.soort);
      if (s === "ouder") {
        (ouders[r.naar] = ouders[r.naar] || []).push({ id: r.van, soort: r.soort });
        (kinderen[r.van] = kinderen[r.van] || []).push(r.naar);
      } else if (s === "partner") {
        (partners[r.van] = partners[r.van] || []).push(r.naar);
        (partners[r.naar] = partners[r.naar] || []).push(r.van);
        paren.push(r);
      } else anders.push(r);
    });
    var g = generaties(ids, ouders, kinderen, partners);
    function zijnPartners(a, b) {
      return (partners[a] || []).indexOf(b) >= 0;
    }
    /* Families: a child's parents who are partners of each other hang it from their line together. */
    var gezinnen = [],
      perSleutel = {};
    ids.forEach(function (kind) {
      var os = ouders[kind] || [],
        gedaan = {};
      os.forEach(function (o) {
        if (gedaan[o.id]) return;
        var samen = os.filter(function (q) {
          return q.id !== o.id && !gedaan[q.id] && zijnPartners(o.id, q.id) && g[q.id] === g[o.id];
        })[0];
        var wie = samen ? [o.id, samen.id].sort() : [o.id];
        wie.forEach(function (id) {
          gedaan[id] = 1;
        });
        var sleutel = wie.join("+"),
          gz = perSleutel[sleutel];
        if (!gz) gezinnen.push((gz = perSleutel[sleutel] = { ouders: wie, kinderen: [] }));
        gz.kinderen.push({ id: kind, soort: samen && samen.soort !== o.soort ? (o.soort === "biologisch" ? samen.soort : o.soort) : o.soort });
      });
    });
    gezinnen.forEach(function (gz) {
      gz.kinderen.sort(function (a, b) {
        return (jaar[a.id] || 9999) - (jaar[b.id] || 9999) || er[a.id] - er[b.id];
      });
    });
    /* (2) Blocks: partners side by side (a chain: someone with two partners stands between them). */
    var blok = {},
      blokken = [];
    function keten(start) {
      /* the partners connected to start on their row, as a line from one end */
      var deel = [start],
        in_ = {};
      in_[start] = 1;
      for (var i = 0; i < deel.length; i++)
        (partners[deel[i]] || []).forEach(function (p) {
          if (!in_[p] && g[p] === g[start]) {
            in_[p] = 1;
            deel.push(p);
          }
        });
      function buren(x) {
        return (partners[x] || []).filter(function (p) {
          return in_[p];
        });
      }
      var eind = deel.filter(function (x) {
          return buren(x).length <= 1;
        })[0],
        rij = [],
        had = {};
      if (
        eind === undefined ||
        deel.some(function (x) {
          return buren(x).length > 2;
        })
      ) {
        /* not a line: the one with most partners in the middle */
        deel.sort(function (a, b) {
          return buren(b).length - buren(a).length;
        });
        deel.forEach(function (x, j) {
          if (j % 2) rij.unshift(x);
          else rij.push(x);
        });
      } else
        for (
          var x = eind;
          x !== undefined;
          x = buren(x).filter(function (p) {
            return !had[p];
          })[0]
        ) {
          had[x] = 1;
          rij.push(x);
        }
      rij.forEach(function (x) {
        blok[x] = rij;
      });
      return rij;
    }
    var rijen = [],
      gezien = {};
    function plaats(id) {
      if (gezien[id]) return;
      var b = blok[id] || keten(id);
      b.forEach(function (x) {
        gezien[x] = 1;
      });
      (rijen[g[id]] = rijen[g[id]] || []).push(b);
      blokken.push(b);
      gezinnen.forEach(function (gz) {
        if (b.indexOf(gz.ouders[0]) >= 0)
          gz.kinderen.forEach(function (k) {
            plaats(k.id);
          });
      });
    }
    var volgorde = ids.slice().sort(function (a, b) {
      return g[a] - g[b] || (invoer.mensen[er[b] - 1].huishouden ? 1 : 0) - (invoer.mensen[er[a] - 1].huishouden ? 1 : 0) || er[a] - er[b];
    });
    volgorde.forEach(function (id) {
      if (!(ouders[id] || []).length) plaats(id);
    });
    volgorde.forEach(plaats);
    for (var r = 0; r < rijen.length; r++) rijen[r] = rijen[r] || [];
    function rang() {
      var o = {};
      rijen.forEach(function (rij) {
        var i = 0;
        rij.forEach(function (b) {
          b.forEach(function (id) {
            o[id] = i++;
          });
        });
      });
      return o;
    }
    function kruis() {
      return K.genogramKruisingen({ plek: plekken(rang()), gezinnen: gezinnen });
    }
    function plekken(o) {
      var p = {};
      ids.forEach(function (id) {
        p[id] = { x: o[id], y: g[id], rij: g[id] };
      });
      return p;
    }
    function midden(b, o, naar) {
      /* barycentre of a block by its parents (naar "op") or its children */
      var som = 0,
        n = 0;
      b.forEach(function (id) {
        var buren =
          naar === "op"
            ? (ouders[id] || []).map(function (x) {
                return x.id;
              })
            : kinderen[id] || [];
        buren.forEach(function (x) {
          if (g[x] === g[id] + (naar === "op" ? -1 : 1)) {
            som += o[x];
            n++;
          }
        });
      });
      return n ? som / n : null;
    }
    var beste = kruis(),
      best = rijen.map(function (rij) {
        return rij.slice();
      });
    for (var sweep = 0; sweep < 6 && beste > 0; sweep++) {
      var op = sweep % 2 === 0,
        reeks = rijen.map(function (_, i) {
          return op ? i : rijen.length - 1 - i;
        });
      reeks.forEach(function (ri) {
        var o = rang(),
          rij = rijen[ri];
        var m = rij.map(function (b, i) {
          var v = midden(b, o, op ? "op" : "neer");
          return v === null ? i : v;
        });
        var idx = rij
          .map(function (_, i) {
            return i;
          })
          .sort(function (a, b) {
            return m[a] - m[b] || a - b;
          });
        rijen[ri] = idx.map(function (i) {
          return rij[i];
        });
      });
      var k = kruis();
      if (k < beste) {
        beste = k;
        best = rijen.map(function (rij) {
          return rij.slice();
        });
      }
    }
    rijen = best;
    /* (3) Positions: one value per block (its left end), rows kept apart by pav. */
    var x = {};
    rijen.forEach(function (rij) {
      var at = 0;
      rij.forEach(function (b) {
        b.forEach(function (id, i) {
          x[id] = at + i * maat.stap;
        });
        at += b.length * maat.stap;
      });
    });
    function unie(gz) {
      return (
        gz.ouders.reduce(function (s, id) {
          return s + x[id];
        }, 0) / gz.ouders.length
      );
    }
    function schuif(ri, wens) {
      /* wens: id -> wanted x (or undefined) */
      var rij = rijen[ri],
        want = [],
        w = [],
        gap = [];
      rij.forEach(function (b, i) {
        var som = 0,
          n = 0;
        b.forEach(function (id, j) {
          if (wens[id] !== undefined) {
            som += wens[id] - j * maat.stap;
            n++;
          }
        });
        want.push(n ? som / n : x[b[0]]);
        w.push(n ? n : 0.01);
        if (i) gap.push(rij[i - 1].length * maat.stap);
      });
      pav(want, w, gap).forEach(function (v, i) {
        rij[i].forEach(function (id, j) {
          x[id] = v + j * maat.stap;
        });
      });
    }
    function neer(ri) {
      var wens = {},
        n = {};
      gezinnen.forEach(function (gz) {
        var u = unie(gz);
        gz.kinderen.forEach(function (k) {
          if (g[k.id] === ri) {
            wens[k.id] = (wens[k.id] || 0) + u;
            n[k.id] = (n[k.id] || 0) + 1;
          }
        });
      });
      for (var id in wens) wens[id] /= n[id];
      schuif(ri, wens);
    }
    function opwaarts(ri) {
      var wens = {};
      gezinnen.forEach(function (gz) {
        if (g[gz.ouders[0]] !== ri) return;
        var m =
            gz.kinderen.reduce(function (s, k) {
              return s + x[k.id];
            }, 0) / gz.kinderen.length,
          u = unie(gz);
        gz.ouders.forEach(function (id) {
          wens[id] = x[id] + m - u;
        });
      });
      schuif(ri, wens);
    }
    for (var ronde = 0; ronde < 4; ronde++) {
      for (var a = 1; a < rijen.length; a++) neer(a);
      for (var b = rijen.length - 2; b >= 0; b--) opwaarts(b);
    }
    for (var c = 1; c < rijen.length; c++) neer(c);
    var links = Math.min.apply(
        null,
        ids
          .map(function (id) {
            return x[id];
          })
          .concat([0])
      ),
      rechts = -Infinity,
      plek = {};
    ids.forEach(function (id) {
      plek[id] = { x: x[id] - links + maat.rand, y: maat.rand + g[id] * maat.rij, rij: g[id] };
      rechts = Math.max(rechts, plek[id].x);
    });
    gezinnen.forEach(function (gz) {
      gz.x =
        gz.ouders.reduce(function (s, id) {
          return s + plek[id].x;
        }, 0) / gz.ouders.length;
      gz.y = plek[gz.ouders[0]].y;
    });
    return {
      plek: plek,
      gezinnen: gezinnen,
      rijen: rijen.length,
      kruisingen: beste,
      partners: paren.filter(function (r) {
        return g[r.van] === g[r.naar];
      }),
      anders: anders.concat(
        paren.filter(function (r) {
          return g[r.van] !== g[r.naar];
        })
      ),
      breedte: (ids.length ? rechts : 0) + 2 * maat.rand,
      hoogte: Math.max(1, rijen.length) * maat.rij + maat.rand
    };
  };

  /* How many pairs of parent-to-child lines cross (each line from the parents' middle to the child). */
  K.genogramKruisingen = function (I) {
    var lijnen = [];
    I.gezinnen.forEach(function (gz) {
      var u =
        gz.ouders.reduce(function (s, id) {
          return s + I.plek[id].x;
        }, 0) / gz.ouders.length;
      gz.kinderen.forEach(function (k) {
        lijnen.push({ rij: I.plek[gz.ouders[0]].rij, van: u, naar: I.plek[k.id].x, onder: I.plek[k.id].rij });
      });
    });
    var n = 0;
    for (var i = 0; i < lijnen.length; i++)
      for (var j = i + 1; j < lijnen.length; j++) {
        var a = lijnen[i],
          b = lijnen[j];
        if (a.rij !== b.rij || a.onder !== b.onder || a.van === b.van) continue;
        if ((a.van - b.van) * (a.naar - b.naar) < 0) n++;
      }
    return n;
  };
})();
