/* The filter page ("Filtrera"): progressive enhancement of a complete HTML table.
 *
 * Without this script the page shows every row. With it:
 * - the filter form works (year, committee, organisation, programme, kind, status, amount); it
 *   is shown from the first paint by CSS (.register-js), so the page does not move now;
 * - every choice shows how many rows it would give, given the other filters;
 * - rows can be sorted by date or amount, and the table's caption says the order and count;
 * - the filters are kept in the address (?ar=2022&organisation=…), so a link can be shared;
 * - the shown rows can be downloaded, in the shown order, as a CSV file that Swedish Excel
 *   opens on double-click (UTF-8 with BOM, semicolons), built here from the rows themselves.
 * Each row carries its raw values in data-* attributes (register/templates/filter.html).
 * No dependencies, no requests, no storage.
 */
(function () {
  "use strict";

  function init() {
    var table = document.getElementById("register-filter-table");
    var form = document.getElementById("register-filter");
    if (!table || !form || form.dataset.ready) return; // not the filter page, or already set up
    form.dataset.ready = "1";

    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
    var min = form.elements.min, max = form.elements.max, sort = form.elements.sortera;
    var status = document.getElementById("register-filter-status");
    var sums = document.getElementById("register-filter-sums");
    var caption = document.getElementById("register-filter-caption");
    var ORDER = {
      "datum-nyast": "nyast först", "datum-aldst": "äldst först",
      "belopp-storst": "störst belopp först", "belopp-minst": "minst belopp först"
    };

    function values(row, facet) { return (row.getAttribute("data-" + facet) || "").split(" "); }
    function amount(row) { var a = row.getAttribute("data-amount"); return a ? Number(a) : null; }
    function number(input) { return input.value === "" ? null : Number(input.value); }
    function kronor(n) { return n.toLocaleString("sv-SE") + "\u00a0kr"; }

    // Does the row pass every filter, except (optionally) the one in `skip`?
    function matches(row, skip) {
      for (var i = 0; i < selects.length; i++) {
        var s = selects[i];
        if (s !== skip && s.value && values(row, s.dataset.facet).indexOf(s.value) < 0) return false;
      }
      var lo = number(min), hi = number(max), a = amount(row);
      if (lo !== null && (a === null || a < lo)) return false;
      if (hi !== null && (a === null || a > hi)) return false;
      return true;
    }

    // Counts beside each choice: rows that match the other filters and have that value.
    function updateCounts() {
      selects.forEach(function (s) {
        var counts = {}, all = 0;
        rows.forEach(function (row) {
          if (!matches(row, s)) return;
          all += 1;
          values(row, s.dataset.facet).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
        });
        Array.prototype.forEach.call(s.options, function (o) {
          o.textContent = o.dataset.label + " (" + (o.value ? counts[o.value] || 0 : all) + ")";
        });
      });
    }

    function sortRows() {
      var key = sort.value || "datum-nyast";
      var byAmount = key.indexOf("belopp") === 0, descending = /nyast|storst/.test(key);
      var sorted = rows.slice().sort(function (a, b) {
        var x = byAmount ? amount(a) : a.getAttribute("data-date");
        var y = byAmount ? amount(b) : b.getAttribute("data-date");
        if (!x && !y) return 0;
        if (!x) return 1; // unknown dates and amounts last, whichever the direction
        if (!y) return -1;
        return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
      });
      sorted.forEach(function (row) { body.appendChild(row); });
      table.querySelectorAll("th[data-sort]").forEach(function (th) {
        var active = (th.dataset.sort === "belopp") === byAmount;
        if (active) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        else th.removeAttribute("aria-sort");
      });
    }

    // Keep the filters in the address: only the ones that differ from the defaults (and an open
    // search's ?q=, which search.js keeps there).
    function updateAddress() {
      var params = new URLSearchParams();
      var searched = new URLSearchParams(location.search).get("q");
      if (searched) params.set("q", searched);
      selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
      if (min.value) params.set("min", min.value);
      if (max.value) params.set("max", max.value);
      if (sort.value && sort.value !== "datum-nyast") params.set("sortera", sort.value);
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }

    function readAddress() {
      var params = new URLSearchParams(location.search);
      selects.concat([sort]).forEach(function (s) {
        var v = params.get(s.name);
        if (v !== null && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
      });
      [min, max].forEach(function (input) {
        var v = params.get(input.name);
        if (v !== null && /^\d+$/.test(v)) input.value = v;
      });
    }

    // The sums of the shown rows: proposed, decided and transfers are never added together.
    function updateSums(shown) {
      var total = { decided: 0, proposed: 0, refused: 0, transfer: 0 };
      shown.forEach(function (row) {
        var kind = row.getAttribute("data-kind"), st = row.getAttribute("data-status"), a = amount(row) || 0;
        if (kind === "transfer") total.transfer += a;
        else if (st in total) total[st] += a;
      });
      sums.querySelectorAll("[data-sum]").forEach(function (el) { el.textContent = kronor(total[el.dataset.sum]); });
    }

    function update() {
      var shown = rows.filter(function (row) { var ok = matches(row); row.hidden = !ok; return ok; });
      updateCounts();
      sortRows();
      updateSums(shown);
      updateAddress();
      status.textContent = "Visar " + shown.length + " av " + rows.length + " rader.";
      var count = shown.length === rows.length ? rows.length + " rader" : shown.length + " av " + rows.length + " rader";
      if (caption) caption.textContent = "Ärenden och medel, " + (ORDER[sort.value] || ORDER["datum-nyast"]) + " (" + count + ")";
    }

    // CSV of the shown rows in their shown order, for a spreadsheet: semicolons (what Excel
    // expects with Swedish settings; the open-data CSVs stay comma-separated, for machines) and
    // RFC 4180 quoting. Cells starting with = + - @ are prefixed with ' so that a spreadsheet
    // does not run them as formulas. "beloppstyp" says känt, okänt or inga medel, so an empty
    // belopp_kr is never read as 0 kr.
    function csvCell(value) {
      var text = String(value == null ? "" : value);
      if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
      return /[";\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    function cellText(row, col) {
      var cell = row.querySelector('[data-col="' + col + '"]');
      if (!cell || cell.querySelector(".register-missing")) return "";
      var text = cell.textContent.replace(/\s+/g, " ").trim();
      return text === "–" ? "" : text;
    }
    function downloadCsv() {
      var header = ["datum", "diarienummer", "nämnd", "mottagare", "verksamhet", "slag", "år", "belopp_kr", "beloppstyp", "status", "adress"];
      var lines = [header.map(csvCell).join(";")];
      Array.prototype.filter.call(body.rows, function (row) { return !row.hidden; }).forEach(function (row) {
        var link = row.querySelector('[data-col="arende"] a');
        lines.push([
          row.getAttribute("data-date"), cellText(row, "arende"), cellText(row, "namnd"), cellText(row, "mottagare"),
          cellText(row, "verksamhet"), cellText(row, "slag"), cellText(row, "ar"), row.getAttribute("data-amount"),
          row.getAttribute("data-amount-kind"), cellText(row, "status"), link ? link.href : ""
        ].map(csvCell).join(";"));
      });
      // The byte order mark lets spreadsheet programs read å, ä and ö as UTF-8.
      var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "asn-register-urval.csv";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
    }

    // "input" alone: selects, boxes and fields all send it; "change" too would filter twice.
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(update, 0); });
    document.getElementById("register-filter-csv").addEventListener("click", downloadCsv);
    readAddress();
    update();
  }

  // Material's instant navigation (if turned on) swaps pages without reloading scripts.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
