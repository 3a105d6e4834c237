/*
 * The register's search (overrides/partials/search.html). Pagefind's interface and index are
 * served from the site itself and loaded only when the reader opens the search: by the button
 * in the header, the keys "/" and "s" as in Material, a search form on the page (the start
 * page's, [data-register-search-form]) or an address with ?q=…, which opens the search with
 * that query and its results. While the reader types, the address follows (?q=…, replaced,
 * not pushed), so a search can be shared as a link. Esc closes it and gives focus back.
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-register-search]");
  var toggle = document.querySelector("[data-register-search-toggle]");
  if (!root || !toggle) return;
  var bundle = new URL(root.getAttribute("data-bundle") || "pagefind/", document.baseURI).href;
  var loading = null;
  var ui = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var style = document.createElement("link");
        style.rel = "stylesheet";
        style.href = bundle + "pagefind-ui.css";
        document.head.appendChild(style);
        // The record pages' index is in parts (register/site/search_parts.py), listed in
        // pagefind/register-bundles.json and merged into the search of the main bundle.
        var site = new URL(bundle + "../").href;
        var parts = window.fetch(bundle + "register-bundles.json").then(function (response) {
          return response.ok ? response.json() : { bundles: [] };
        }).then(function (listed) {
          return (listed.bundles || []).map(function (path) { return { bundlePath: new URL(path, site).href }; });
        }, function () { return []; });
        var script = document.createElement("script");
        script.src = bundle + "pagefind-ui.js";
        script.onload = function () { parts.then(start); };
        function start(merged) {
          ui = new window.PagefindUI({
            mergeIndex: merged,
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
        }
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

  // The address follows the query: ?q=… while there is one, without it when there is none;
  // the page's other parameters (the filter page's) and its #fragment are kept.
  function followInAddress(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
  }

  function open(query) {
    root.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    load().then(function () {
      if (query) {
        ui.triggerSearch(query);
        followInAddress(query);
      }
      focusInput(60);
    }, function (error) {
      root.querySelector("#register-search-ui").textContent = error.message;
    });
  }

  function close(giveFocusBack) {
    if (root.hidden) return;
    root.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    followInAddress("");
    if (giveFocusBack) toggle.focus();
  }

  root.addEventListener("input", function (event) {
    if (event.target === input()) followInAddress(event.target.value.trim());
  });

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  toggle.addEventListener("click", function () {
    if (root.hidden) open(); else close(true);
  });
  // A search form on the page (the start page's): its query opens the search here. Without
  // JavaScript the form sends ?q=… to the same page, which this script then reads.
  document.querySelectorAll("form[data-register-search-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var field = form.elements.q;
      event.preventDefault();
      open(field ? field.value.trim() : "");
    });
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
    if (!root.hidden && !root.contains(event.target) && !toggle.contains(event.target) &&
        !event.target.closest("form[data-register-search-form]")) close(false);
  });

  var shared = new URLSearchParams(window.location.search).get("q");
  if (shared && shared.trim()) open(shared.trim());
})();
