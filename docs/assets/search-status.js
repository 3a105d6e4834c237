// Pagefind writes the number of hits ("ASN gav 3 träffar") into .pagefind-ui__message, but
// does not mark it as a status message, so screen readers never announce it (WCAG 4.1.3).
// Mark each such element as a polite live status as soon as Pagefind's interface creates it.
(function () {
  "use strict";
  function mark(root) {
    root.querySelectorAll(".pagefind-ui__message:not([role])").forEach(function (message) {
      message.setAttribute("role", "status");
      message.setAttribute("aria-live", "polite");
    });
  }
  var target = document.getElementById("register-search-ui");
  if (!target) return;
  new MutationObserver(function () { mark(target); }).observe(target, { childList: true, subtree: true });
})();
