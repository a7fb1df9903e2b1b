/* A worksheet's file: saved encrypted with a password by default, or readable, and opened again.
   Joined after kern.js in front of the worksheets' scripts only (handreiking/bouwstappen/skripts.py; the card
   builder keeps no family data and saves plainly). Offers on handreikingKern:
   exporteer(naam, data, klaar) asks in a dialog "Met wachtwoord versleuteld" (default) or "Zonder
   wachtwoord", then saves (klaar(versleuteld) after); leesBestand(file, h) reads a chosen file,
   asks the password when it is encrypted and hands the text to the worksheet's own check.
   Web Crypto: AES-GCM 256, key from PBKDF2-SHA-256 (600 000 iterations), random 16-byte salt and
   12-byte IV, both in the file; the format is in README.md. No password is kept anywhere. */
(function () {
  "use strict";
  var K = window.handreikingKern, W = window, D = document, el = K.el;
  if (K.exporteer) return;
  var SOORT = "handreiking-versleuteld", VERSIE = 1, ALGORITME = "AES-256-GCM", ITERATIES = 600000, MIN = 12;
  var MAX_BYTES = 1024 * 1024, GEEN = " Er is niets veranderd.";
  /* Web Crypto exists only in a secure context: https, localhost or a file on this computer. */
  var subtle = W.isSecureContext && W.crypto && W.crypto.subtle;
  var HIER = "Dat kan alleen als de site geopend is via een beveiligd adres (dat begint met https://) of vanaf deze computer zelf; deze site is geopend via " + location.protocol + "//" + location.host + ".";
  var NAMEN = { "casus": "een casus (het netwerk, de cirkels, de netwerkkaart en de werkbladen van een gezin)", "netwerk": "het netwerk van een gezin (veiligheidscirkels en netwerkkaart)", "veiligheidscirkels": "de veiligheidscirkels", "family-finding-werkbladen": "de Family Finding-werkbladen" };

  function b64(u) {
    for (var s = "", i = 0; i < u.length; i += 32768) s += String.fromCharCode.apply(null, u.subarray(i, i + 32768));
    return btoa(s);
  }
  function bytes(t) {
    if (typeof t !== "string") throw new TypeError();
    var s = atob(t), u = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
    return u;
  }
  /* The AES key from the password (UTF-8, Unicode NFC) and the salt. */
  function sleutel(wachtwoord, zout, iteraties) {
    return subtle.importKey("raw", new TextEncoder().encode(wachtwoord.normalize("NFC")), "PBKDF2", false, ["deriveKey"])
      .then(function (basis) {
        return subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: zout, iterations: iteraties }, basis,
          { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
      });
  }
  /* The encrypted file's text for a worksheet's text (its kind `inhoud` stays readable). */
  function versleutel(tekst, wachtwoord, inhoud) {
    var zout = W.crypto.getRandomValues(new Uint8Array(16)), iv = W.crypto.getRandomValues(new Uint8Array(12));
    return sleutel(wachtwoord, zout, ITERATIES).then(function (k) {
      return subtle.encrypt({ name: "AES-GCM", iv: iv }, k, new TextEncoder().encode(tekst));
    }).then(function (c) {
      return JSON.stringify({ soort: SOORT, versie: VERSIE, inhoud: inhoud, algoritme: ALGORITME,
        kdf: { naam: "PBKDF2", hash: "SHA-256", iteraties: ITERATIES, zout: b64(zout) },
        iv: b64(iv), gegevens: b64(new Uint8Array(c)) }, null, 1);
    });
  }
  /* An encrypted file read: null when the text is not one, {fout} when it is damaged or newer. */
  function omslag(tekst) {
    var d;
    try { d = JSON.parse(tekst); } catch (e) { return null; }
    if (!d || typeof d !== "object" || d.soort !== SOORT) return null;
    function kapot(wat) { return { fout: "Dit versleutelde bestand is beschadigd: " + wat + "." + GEEN }; }
    if (typeof d.versie !== "number" || d.versie % 1 !== 0 || d.versie < 1) return kapot("het versienummer ontbreekt");
    if (d.versie > VERSIE) return { fout: "Dit bestand is versleuteld met een nieuwere versie van deze site (versie " + d.versie + "); deze pagina kent versie " + VERSIE + ". Open het op de site waarop het is gemaakt." + GEEN };
    var k = d.kdf || {}, r = { inhoud: d.inhoud, iteraties: k.iteraties };
    if (d.algoritme !== ALGORITME || k.naam !== "PBKDF2" || k.hash !== "SHA-256") return kapot("de manier van versleutelen is onbekend");
    if (typeof r.iteraties !== "number" || r.iteraties % 1 !== 0 || r.iteraties < ITERATIES || r.iteraties > 1e7) return kapot("het aantal rondes klopt niet");
    try { r.zout = bytes(k.zout); r.iv = bytes(d.iv); r.gegevens = bytes(d.gegevens); } catch (e) { return kapot("een deel is geen geldige tekst"); }
    if (r.zout.length < 16 || r.iv.length !== 12 || r.gegevens.length < 16) return kapot("een deel is te kort");
    return r;
  }

  /* A modal dialog (native <dialog>: focus stays inside, Escape closes; one at a time, so fixed
     ids) with a heading, content, an error line read out at once, and the buttons; focus goes
     back where it was on closing. */
  function venster(kop, inhoud, knop, verstuur) {
    var id = "kd-kop", terug = D.activeElement;
    var fout = el("p", { "class": "kd-fout", id: "kd-fout", role: "alert" });
    var ok = el("button", { type: "submit", "class": "md-button md-button--primary", text: knop });
    var form = el("form", { "class": "kd-form", novalidate: "" }, [el("h2", { id: id, text: kop })].concat(inhoud, [fout,
      el("p", { "class": "kd-knoppen" }, [ok, " ", el("button", { type: "button", "class": "md-button", text: "Annuleren", onclick: function () { v.sluit(); } })])]));
    var d = el("dialog", { "class": "md-typeset kd", "aria-labelledby": id }, [form]);
    var v = {
      fout: function (t, veld) {
        form.querySelectorAll("[aria-invalid]").forEach(function (n) { n.removeAttribute("aria-invalid"); });
        fout.textContent = t;
        if (veld) { veld.setAttribute("aria-invalid", "true"); veld.focus(); veld.select(); }
      },
      bezig: function (t) { ok.disabled = !!t; ok.textContent = t || knop; },
      sluit: function () { if (d.open) d.close(); }
    };
    d.addEventListener("close", function () { d.remove(); (terug && terug.isConnected ? terug : D.body).focus(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); if (!ok.disabled) verstuur(v); });
    (D.querySelector("main") || D.body).append(d);
    d.showModal();
    return v;
  }
  /* A password field with its label and hint; the error line describes it too. */
  function wachtwoord(id, label, hint, auto) {
    var veld = el("input", { type: "password", id: id, autocomplete: auto, spellcheck: "false",
      "aria-describedby": (hint ? id + "-hint " : "") + "kd-fout" });
    return { veld: veld, blok: el("p", {}, [el("label", { "for": id, text: label }), el("br"), veld,
      hint ? el("span", { "class": "kd-hint", id: id + "-hint", text: hint }) : null]) };
  }

  /* Save `data` as a file named `naam` (…json): asks how first; klaar(versleuteld) once saved. */
  K.exporteer = function (naam, data, klaar) {
    var tekst = JSON.stringify(data, null, 1);
    function keuze(waarde, label, uitleg) {
      var r = el("input", { type: "radio", name: "kd-hoe", value: waarde, id: "kd-" + waarde, "aria-describedby": "kd-" + waarde + "-uitleg" });
      return { r: r, blok: el("p", { "class": "kd-keuze" }, [el("label", { "for": r.id }, [r, " " + label]),
        el("span", { "class": "kd-hint", id: r.id + "-uitleg", text: uitleg })]) };
    }
    var met = keuze("versleuteld", "Met wachtwoord versleuteld", "Alleen wie het wachtwoord kent, kan het openen. Het wachtwoord wordt nergens bewaard: ben je het kwijt, dan gaat het bestand niet meer open.");
    var zonder = keuze("leesbaar", "Zonder wachtwoord (leesbaar bestand)", "Iedereen die het bestand krijgt, kan alles lezen wat erin staat.");
    var w1 = wachtwoord("kd-wachtwoord", "Wachtwoord", "Minstens " + MIN + " tekens; bijvoorbeeld drie of vier losse woorden.", "new-password");
    var w2 = wachtwoord("kd-herhaal", "Typ het wachtwoord nog een keer", "", "new-password");
    var velden = el("div", { "class": "kd-velden" }, [w1.blok, w2.blok]);
    var kies = [el("legend", { text: "Hoe wil je het bewaren?" }), met.blok, zonder.blok];
    if (!subtle) kies.push(el("p", { "class": "kd-let-op" }, [el("strong", { text: "Versleutelen kan hier niet." }), " " + HIER + " Je kunt hier alleen een leesbaar bestand bewaren; vraag wie de site beheert om een beveiligd adres."]));
    met.r.checked = !!subtle;
    met.r.disabled = !subtle;
    zonder.r.checked = !subtle;
    velden.hidden = !subtle;
    [met.r, zonder.r].forEach(function (r) { r.addEventListener("change", function () { velden.hidden = !met.r.checked; }); });
    venster("Bewaar als bestand", [el("p", { text: "Het bestand bevat alles wat je hebt ingevuld, ook namen. Bewaar het alleen waar het dossier ook mag staan." }),
      el("fieldset", { "class": "kd-hoe" }, kies), velden], "Bewaar", function (v) {
      if (!met.r.checked) { K.bestand(naam, tekst); v.sluit(); klaar(false); return; }
      if (Array.from(w1.veld.value).length < MIN) return v.fout("Het wachtwoord is te kort: gebruik minstens " + MIN + " tekens.", w1.veld);
      if (w2.veld.value !== w1.veld.value) return v.fout("De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.", w2.veld);
      v.fout("");
      v.bezig("Bezig met versleutelen…");
      versleutel(tekst, w1.veld.value, data.soort).then(function (inhoud) {
        K.bestand(naam.replace(/\.json$/, "") + "-versleuteld.json", inhoud);
        v.sluit();
        klaar(true);
      }, function () { v.bezig(""); v.fout("Versleutelen lukte niet in deze browser. Probeer het opnieuw, of bewaar zonder wachtwoord."); });
    });
    (subtle ? met : zonder).r.focus();
  };

  /* Open a chosen file: h = {soort (the kind, or the kinds, an encrypted file may hold to open here), controleer(text) -> {fout} or {data},
     klaar(data), fout(text)}. An encrypted file asks its password first; a wrong password, a
     damaged or another kind of file says so in Dutch and hands nothing on. */
  K.leesBestand = function (file, h) {
    if (file.size > MAX_BYTES) { h.fout("Het bestand is groter dan 1 MB; een werkblad is veel kleiner." + GEEN); return; }
    function geef(tekst) { var r = h.controleer(tekst); if (r.fout) h.fout(r.fout); else h.klaar(r.data); }
    file.text().then(function (tekst) {
      var o = omslag(tekst);
      if (!o) return geef(tekst);
      if (o.fout) return h.fout(o.fout);
      if ([].concat(h.soort).indexOf(o.inhoud) < 0) return h.fout("Dit versleutelde bestand hoort niet bij deze pagina: het bevat " + (typeof o.inhoud === "string" && Object.prototype.hasOwnProperty.call(NAMEN, o.inhoud) ? NAMEN[o.inhoud] : "iets anders") + ". Open het op de pagina waar het is gemaakt." + GEEN);
      if (!subtle) return h.fout("Dit bestand is met een wachtwoord versleuteld, maar openen kan hier niet. " + HIER + GEEN);
      var w = wachtwoord("kd-open", "Wachtwoord", "", "current-password");
      venster("Versleuteld bestand openen", [el("p", { text: "‘" + file.name + "’ is met een wachtwoord versleuteld. Typ het wachtwoord waarmee het is bewaard." }), w.blok], "Openen", function (v) {
        if (!w.veld.value) return v.fout("Typ het wachtwoord.", w.veld);
        v.fout("");
        v.bezig("Bezig met openen…");
        sleutel(w.veld.value, o.zout, o.iteraties).then(function (k) {
          return subtle.decrypt({ name: "AES-GCM", iv: o.iv }, k, o.gegevens);
        }).then(function (platte) {
          v.sluit();
          geef(new TextDecoder().decode(platte));
        }, function () {
          v.bezig("");
          v.fout("Dit wachtwoord past niet bij dit bestand, of het bestand is beschadigd. Probeer het opnieuw." + GEEN, w.veld);
        });
      });
      w.veld.focus();
    }, function () { h.fout("Het bestand kon niet worden gelezen." + GEEN); });
  };
})();
