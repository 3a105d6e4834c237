// Material writes the number of search results ("3 träffar") into .md-search-result__meta but
// does not mark it as a status message, so screen readers never announce it (WCAG 4.1.3).
// role="status" makes it a polite live region; Material keeps the element and only changes its
// text, so setting the role once per page is enough.
document.querySelectorAll(".md-search-result__meta").forEach(function (meta) {
  meta.setAttribute("role", "status");
});
