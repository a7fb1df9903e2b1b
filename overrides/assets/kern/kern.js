/* Shared core of every handout script, joined in front of each handout's file at build time
   (no ES modules: file:// must keep working). */
(function () {
  "use strict";
  window.handreikingKern = window.handreikingKern || {};
})();
