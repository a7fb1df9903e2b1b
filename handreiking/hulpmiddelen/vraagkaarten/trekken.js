/* Vraagkaarten, "Trek een kaart": one card at a time, full screen, by keyboard (arrows, Space, S, O,
   Escape; on a short screen arrow up/down and Space scroll instead) or buttons. Joined in front of vraagkaarten.js (the builder), which calls
   K.vraagkaartTrekken(ctx) once: ctx.kaarten (id -> card), ctx.ids() (every card id in order),
   ctx.staat() (chosen and favourites), ctx.zeg (the announcer). Returns {open(bron)}. */
(function () {
  "use strict";
  var K = window.handreikingKern;
  K.vraagkaartTrekken = function (ctx) {
    var kaarten = ctx.kaarten, zeg = ctx.zeg, $ = K.een, $$ = K.alle;
    function el(tag, cls, tekst) { return K.el(tag, { "class": cls, text: tekst }); }
    function heeft(lijst, id) { return lijst.indexOf(id) >= 0; }
    /* "Trek een kaart": one card at a time, full screen. */
    var trek = $("#vk-trek"), trekLijst = [], trekOrde = [], trekPlek = 0, opener = null;
    function trekBron(bron) {
      var ids = ctx.ids(), state = ctx.staat();
      if (bron === "gekozen") return ids.filter(function (id) { return heeft(state.gekozen, id); });
      if (bron === "favorieten") return ids.filter(function (id) { return heeft(state.favorieten, id); });
      if (bron === "alle") return ids;
      return ids.filter(function (id) { return kaarten[id].stapel === bron; });
    }
    function trekToon() {
      var k = kaarten[trekLijst[trekPlek]], vak = $("#vk-trek-kaart");
      vak.textContent = "";
      vak.style.setProperty("--vk-kleur", k.kleur);
      vak.appendChild(el("p", "vk-trek__stapel", k.stapelTitel));
      if (k.titel) vak.appendChild(el("p", "vk-trek__titel", k.titel));
      vak.appendChild(el("p", "vk-trek__tekst" + (k.tekst.length > 140 ? " vk-lang" : ""), k.tekst));
      if (k.toelichting) vak.appendChild(el("p", "vk-trek__toelichting", k.toelichting));
      var positie = $("#vk-trek-positie");
      positie.textContent = "Kaart " + (trekPlek + 1) + " van " + trekLijst.length;
      positie.appendChild(el("span", "vk-sr", ": " + k.tekst));
      trekPas();
      /* A short screen: the dialog scrolls; the question itself comes into view, whatever stands above it. */
      if (trek.scrollHeight > trek.clientHeight + 1) $(".vk-trek__tekst", vak).scrollIntoView({ block: "start", behavior: "instant" });
    }
    /* A long card shrinks its text until it fits the screen, so the buttons stay in view. */
    function trekPas() {
      var vak = $("#vk-trek-kaart"), delen = $$("p", vak);
      var basis = delen.map(function (p) { p.style.fontSize = ""; return parseFloat(getComputedStyle(p).fontSize); });
      for (var maat = 0.95; maat > 0.3 && vak.scrollHeight > vak.clientHeight + 1; maat -= 0.05) {
        delen.forEach(function (p, i) { p.style.fontSize = Math.max(14, basis[i] * maat) + "px"; });
      }
    }
    window.addEventListener("resize", function () { if (!trek.hidden) trekPas(); });
    function trekOpen(bron) {
      trekOrde = trekBron(bron);
      if (!trekOrde.length) { zeg("Geen kaarten om te trekken: kies kaarten, favorieten of een stapel."); return; }
      opener = document.activeElement;
      trek.hidden = false;
      document.body.classList.add("vk-trek-open");
      schudden();  /* drawn, not dealt in order: "Op volgorde" puts them back */
      $('[data-actie="volgende"]', trek).focus();
      if (trek.requestFullscreen) trek.requestFullscreen().catch(function () { /* a window is fine too */ });
    }
    function trekDicht() {
      if (trek.hidden) return;
      trek.hidden = true;
      document.body.classList.remove("vk-trek-open");
      var terug = function () { if (opener && opener.focus) opener.focus(); };
      terug();
      if (document.fullscreenElement) document.exitFullscreen().then(terug, terug);
    }
    function trekStap(d) {
      trekPlek = (trekPlek + d + trekLijst.length) % trekLijst.length;
      trekToon();
    }
    function opVolgorde() {
      trekLijst = trekOrde.slice();
      trekPlek = 0;
      trekToon();
    }
    function schudden() {
      trekLijst = trekOrde.slice();
      for (var i = trekLijst.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1)), t = trekLijst[i];
        trekLijst[i] = trekLijst[j];
        trekLijst[j] = t;
      }
      trekPlek = 0;
      trekToon();
    }
    var trekActies = { vorige: function () { trekStap(-1); }, volgende: function () { trekStap(1); }, schudden: schudden, volgorde: opVolgorde, sluiten: trekDicht };
    trek.addEventListener("click", function (e) {
      var knop = e.target.closest("[data-actie]");
      if (knop) trekActies[knop.getAttribute("data-actie")]();
    });
    document.addEventListener("fullscreenchange", function () { if (!document.fullscreenElement) trekDicht(); });
    window.addEventListener("keydown", function (e) {
      if (trek.hidden) return;
      var knop = e.target.closest && e.target.closest("button");
      var doe = { ArrowRight: "volgende", ArrowDown: "volgende", PageDown: "volgende", ArrowLeft: "vorige", ArrowUp: "vorige",
        PageUp: "vorige", s: "schudden", S: "schudden", o: "volgorde", O: "volgorde", Escape: "sluiten" }[e.key];
      if (e.key === " " && !knop) doe = "volgende";
      /* When the dialog scrolls (a short screen), arrow up and down and Space scroll it, as anywhere; done
         here, not left to the browser, which may scroll another box or nothing from a focused button. */
      var schuift = trek.scrollHeight > trek.clientHeight + 1;
      if (schuift && (e.key === "ArrowUp" || e.key === "ArrowDown" || (e.key === " " && !knop)) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        var stap = e.key === "ArrowUp" ? -40 : e.key === "ArrowDown" ? 40 : (e.shiftKey ? -0.9 : 0.9) * trek.clientHeight;
        e.preventDefault();
        e.stopImmediatePropagation();
        trek.scrollTop += stap;
        return;
      }
      if (e.key === "Tab") {
        var knoppen = $$("button", trek), eerste = knoppen[0], laatste = knoppen[knoppen.length - 1];
        if (e.shiftKey && document.activeElement === eerste) { laatste.focus(); e.preventDefault(); }
        else if (!e.shiftKey && document.activeElement === laatste) { eerste.focus(); e.preventDefault(); }
        else if (!trek.contains(document.activeElement)) { eerste.focus(); e.preventDefault(); }
      }
      if (!doe || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      trekActies[doe]();
    }, true);
    return { open: trekOpen };
  };
})();
