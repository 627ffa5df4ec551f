// OneOnOne.Journal theme script: small, local, no network. Progressive enhancement only.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest("[data-print]")) {
      window.print();
    }
  });
})();
