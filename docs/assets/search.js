/*
 * The register's search (overrides/partials/search.html): a field and a result list of its
 * own over Pagefind's JavaScript API (pagefind.js), served from the site itself.
 *
 * Nothing of Pagefind is fetched on a page load. When the reader shows intent (the button in
 * the header, the keys "/" and "s" as in Material, focus in a search form on the page such as
 * the start page's, or an address with ?q=…) the script loads pagefind.js, which fetches its
 * WebAssembly and the index's metadata; when pagefind/register-bundles.json lists more bundles
 * they are merged in (mergeIndex). The panel then carries data-state="ready". A query fetches
 * only the index chunks its words need, and the text of a result (its fragment) only when the
 * result is shown: ten at a time, "Visa fler träffar" for the next ten.
 *
 * While the reader types, the address follows (?q=…, replaced, not pushed), so a search can be
 * shared as a link. Esc ends the search (the field emptied) and gives focus back; a click
 * elsewhere only hides it. The number of hits is a status message ("ASN gav 3 träffar"), which
 * screen readers announce (WCAG 4.1.3).
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-register-search]");
  var toggle = document.querySelector("[data-register-search-toggle]");
  if (!root || !toggle) return;
  var box = root.querySelector("[data-register-search-input]");
  var status = root.querySelector("[data-register-search-status]");
  var list = root.querySelector("[data-register-search-results]");
  var more = root.querySelector("[data-register-search-more]");
  var bundle = new URL(root.getAttribute("data-bundle") || "pagefind/", document.baseURI).href;
  var site = bundle.replace(/pagefind\/$/, ""); // the site's root: bundles are listed from here
  var PAGE_SIZE = 10;
  var WAIT_MS = 80; // after the last key, before searching a query that is cheap to search
  var PAUSE_MS = 400; // before one that is not: it is searched only when the reader pauses
  var INDEX_OPTIONS = {
    // Result links are site paths ("/beslut/…/"): put the site's own path in front, so they
    // work when the site is published below a path (GitHub Pages project sites).
    baseUrl: new URL(site).pathname,
    excerptLength: 24
  };

  var FAILED = "Sökningen kunde inte laddas. Ladda om sidan och försök igen.";

  var loading = null; // a promise of Pagefind, ready to search
  var searched = 0; // the number of the latest search; an older one's answer is dropped
  var waiting = null;
  var shown = { query: "", results: [], count: 0 };

  // The bundles merged into pagefind/: pagefind/register-bundles.json, {"bundles": ["pagefind/b01/", …]},
  // paths relative to the site's root. Without the file (404) pagefind/ is searched alone.
  function mergedBundles() {
    return fetch(bundle + "register-bundles.json").then(function (response) {
      if (response.status === 404) return [];
      if (!response.ok) throw new Error("register-bundles.json: HTTP " + response.status);
      return response.json().then(function (listed) {
        if (!listed || !Array.isArray(listed.bundles)) throw new Error("register-bundles.json: no list \"bundles\"");
        return listed.bundles.map(function (path) {
          var url = new URL(String(path).replace(/\/?$/, "/"), site);
          if (url.origin !== new URL(site).origin || url.href.indexOf(site) !== 0) {
            throw new Error("register-bundles.json: " + path + " is not below the site");
          }
          return url.pathname;
        }).filter(function (path) { return path !== new URL(bundle).pathname; });
      });
    });
  }

  function load() {
    if (!loading) {
      root.setAttribute("data-state", "loading");
      loading = Promise.all([import(bundle + "pagefind.js"), mergedBundles()]).then(function (loaded) {
        var pagefind = loaded[0];
        // On the page's own thread: the worker (pagefind-worker.js) would be one more script
        // of 41 kB to fetch, and a search here takes milliseconds once its chunks are in.
        return pagefind.options(Object.assign({ noWorker: true }, INDEX_OPTIONS)).then(function () {
          return pagefind.init();
        }).then(function () {
          return Promise.all(loaded[1].map(function (path) { return pagefind.mergeIndex(path, INDEX_OPTIONS); }));
        }).then(function () {
          // Resolves once every bundle's metadata and the WebAssembly are in: an empty query
          // waits for them and fetches no index chunk.
          return pagefind.preload("");
        }).then(function () {
          root.setAttribute("data-state", "ready");
          return pagefind;
        });
      });
      // No second try on this page: Pagefind keeps its state in the module, once loaded.
      loading.catch(function (error) {
        root.setAttribute("data-state", "failed");
        say(FAILED);
        if (window.console) window.console.warn(error);
      });
    }
    return loading;
  }

  function say(message) {
    status.textContent = message;
  }

  function hits(query, count) {
    if (count === 0) return query + " gav inga träffar";
    return query + " gav " + count + (count === 1 ? " träff" : " träffar");
  }

  // Pagefind's excerpt is a run of the page's words (its text split at white space) with < and
  // > escaped, & not, and the query's words in <mark>. Parsed as HTML it would show a page's
  // literal "&lt;" as "<". So the words are taken from the page's text (data.content), found
  // where the excerpt's words are, and only the excerpt's marks are kept: nothing is parsed.
  function escaped(word) {
    return word.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function excerptNodes(data) {
    var tokens = String(data.excerpt || "").split(" ");
    var marked = tokens.map(function (token) { return /^<mark>.*<\/mark>$/.test(token); });
    var bare = tokens.map(function (token, i) { return marked[i] ? token.slice(6, -7) : token; });
    var words = String(data.content || "").split(/[\r\n\s]+/g);
    var asInExcerpt = words.map(escaped);
    var start = -1;
    for (var i = 0; start < 0 && i + bare.length <= words.length; i++) {
      var j = 0;
      while (j < bare.length && asInExcerpt[i + j] === bare[j]) j++;
      if (j === bare.length) start = i;
    }
    var nodes = [];
    var text = "";
    bare.forEach(function (token, k) {
      // Not found (another Pagefind version?): the excerpt's own words, unescaped, as text.
      var word = start >= 0 ? words[start + k] : token.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      if (k > 0) text += " ";
      if (!marked[k]) { text += word; return; }
      if (text) nodes.push(document.createTextNode(text));
      text = "";
      var mark = document.createElement("mark");
      mark.textContent = word;
      nodes.push(mark);
    });
    if (text) nodes.push(document.createTextNode(text));
    return nodes;
  }

  function resultItem(data) {
    var item = document.createElement("li");
    item.className = "register-search__result";
    var link = document.createElement("a");
    link.className = "register-search__link";
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    item.appendChild(link);
    if (data.meta && data.meta.slag) {
      var kind = document.createElement("p");
      kind.className = "register-search__kind";
      kind.textContent = "Slag: " + data.meta.slag; // what search.py and main.html write
      item.appendChild(kind);
    }
    var excerpt = document.createElement("p");
    excerpt.className = "register-search__excerpt";
    excerptNodes(data).forEach(function (node) { excerpt.appendChild(node); });
    item.appendChild(excerpt);
    return item;
  }

  // Fetch the next page of results' texts and show them; the first page with the count.
  function showMore(number) {
    var next = shown.results.slice(shown.count, shown.count + PAGE_SIZE);
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (number !== searched) return null;
      var first = shown.count === 0;
      if (first) list.textContent = "";
      var items = pages.map(resultItem);
      items.forEach(function (item) { list.appendChild(item); });
      shown.count += items.length;
      more.hidden = shown.count >= shown.results.length;
      if (first) say(hits(shown.query, shown.results.length));
      return items;
    });
  }

  // A case number as people type it ("ASN 2024-17401", "asn_2024-017401") is searched as the
  // register writes it, ASN-2024-17401 (the rule of register/core/identifiers.py's
  // canonical_case_number). Pagefind then looks up that one word, instead of "asn" and "2024",
  // which stand on nearly every page: thousands of weak hits, and seconds of scoring them.
  var CASE_NUMBER = /^([A-Za-zÅÄÖåäö]{2,6})[\s\-–_]+(\d{4})[\s\-–_]+(\d{1,6})$/;

  function asIndexed(query) {
    var parts = CASE_NUMBER.exec(query);
    return parts ? parts[1].toUpperCase() + "-" + parts[2] + "-" + parseInt(parts[3], 10) : query;
  }

  // Pagefind matches the query's last word as the start of words: a short start ("f", "för",
  // "ASN 20") needs many index chunks (a megabyte for "för" at 10 000 decisions) or scores
  // nearly every page (half a second for "asn"), and is only a step on the way while the reader
  // types. Such a query waits for a pause; a case number or a longer last word does not.
  var CASE_NUMBER_BEGUN = /^[A-Za-zÅÄÖåäö]{2,6}[\s\-–_]*\d/;

  function waitBefore(query) {
    if (CASE_NUMBER.test(query)) return WAIT_MS;
    var words = query.split(/\s+/);
    var last = words[words.length - 1].replace(/[^\p{L}\p{N}]/gu, "");
    return last.length < 4 || CASE_NUMBER_BEGUN.test(query) ? PAUSE_MS : WAIT_MS;
  }

  function search(query) {
    var number = ++searched;
    window.clearTimeout(waiting);
    if (!query) {
      shown = { query: "", results: [], count: 0 };
      list.textContent = "";
      more.hidden = true;
      say("");
      return;
    }
    load().then(function (pagefind) {
      return pagefind.search(asIndexed(query));
    }).then(function (found) {
      if (number !== searched || !found) return null;
      shown = { query: query, results: found.results, count: 0 };
      return showMore(number);
    }).catch(function (error) {
      if (number !== searched) return;
      say(FAILED);
      if (window.console) window.console.warn(error);
    });
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
    box.focus();
    load();
    if (query) box.value = query;
    query = box.value.trim();
    followInAddress(query);
    if (query && query !== shown.query) search(query);
  }

  function close(giveFocusBack) {
    if (root.hidden) return;
    root.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    followInAddress("");
    if (giveFocusBack) toggle.focus();
  }

  box.addEventListener("input", function () {
    var query = box.value.trim();
    followInAddress(query);
    window.clearTimeout(waiting);
    waiting = window.setTimeout(function () { search(query); }, query ? waitBefore(query) : 0);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { // no waiting for a query the reader says is complete
      event.preventDefault();
      if (box.value.trim() !== shown.query) search(box.value.trim());
    }
  });

  more.addEventListener("click", function () {
    showMore(searched).then(function (items) {
      // Keyboard and screen reader users go on from the first new hit.
      if (items && items.length) items[0].querySelector("a").focus();
    });
  });

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  toggle.addEventListener("click", function () {
    if (root.hidden) open(); else close(true);
  });
  // A search form on the page (the start page's): focus in it starts loading the search, and
  // its query opens the search here. Without JavaScript the form sends ?q=… to the same page,
  // which this script then reads.
  document.querySelectorAll("form[data-register-search-form]").forEach(function (form) {
    form.addEventListener("focusin", function () { load(); });
    form.addEventListener("submit", function (event) {
      var field = form.elements.q;
      event.preventDefault();
      open(field ? field.value.trim() : "");
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !root.hidden) {
      event.preventDefault();
      box.value = ""; // Esc ends the search; a click elsewhere only hides it
      search("");
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
