/*
 * The register's search (overrides/partials/search.html). Pagefind's interface and index are
 * served from the site itself and loaded only when the reader opens the search: by the button
 * in the header, or the keys "/" and "s" as in Material. Esc closes it and gives focus back.
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-register-search]");
  var toggle = document.querySelector("[data-register-search-toggle]");
  if (!root || !toggle) return;
  var bundle = new URL(root.getAttribute("data-bundle") || "pagefind/", document.baseURI).href;
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = bundle + "pagefind-ui.css";
        document.head.appendChild(style);
        var script = document.createElement("script");
        script.src = bundle + "pagefind-ui.js";
        script.onload = function () {
          new window.PagefindUI({
            element: "#register-search-ui",
            bundlePath: bundle,
            // Result links are site paths ("/beslut/…/"): put the site's own path in front, so
            // they work when the site is published below a path (GitHub Pages project sites).
            baseUrl: new URL(bundle).pathname.replace(/pagefind\/$/, ""),
            showImages: false,
            showSubResults: false,
            resetStyles: false,
            debounceTimeoutMs: 60,
            excerptLength: 24,
            translations: { placeholder: "Sök i registret", search_label: "Sök i registret" }
          });
          resolve();
        };
        script.onerror = function () { loading = null; reject(new Error("Sökningen kunde inte laddas")); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function input() {
    return root.querySelector("input[type='text'], input[type='search']");
  }

  function focusInput(tries) {
    var box = input();
    if (box) { box.focus(); return; }
    if (tries > 0) window.requestAnimationFrame(function () { focusInput(tries - 1); });
  }

  function open() {
    root.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    load().then(function () { focusInput(60); }, function (error) {
      root.querySelector("#register-search-ui").textContent = error.message;
    });
  }

  function close(giveFocusBack) {
    if (root.hidden) return;
    root.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    if (giveFocusBack) toggle.focus();
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  toggle.addEventListener("click", function () {
    if (root.hidden) open(); else close(true);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !root.hidden) {
      event.preventDefault();
      close(true);
    } else if ((event.key === "/" || event.key === "s" || event.key === "S") && !event.ctrlKey &&
               !event.metaKey && !event.altKey && !typing(event.target)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      open();
    }
  }, true);
  document.addEventListener("click", function (event) {
    if (!root.hidden && !root.contains(event.target) && !toggle.contains(event.target)) close(false);
  });
})();
