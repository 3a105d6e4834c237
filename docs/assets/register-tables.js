/*
 * Wide tables scroll in their own box (.register-table-wrap). When Tab moves focus to a link in
 * such a box, Chrome scrolls only until part of the link shows, which can leave it clipped at the
 * box's edge. Bring the whole focused element into view, so keyboard focus is always seen
 * (WCAG 2.4.7), and not under Material's fixed header or its "back to top" button, which shows
 * as soon as the page scrolls up (WCAG 2.2's 2.4.11, focus not obscured).
 */
document.addEventListener("focusin", function (event) {
  var target = event.target;
  if (!(target instanceof Element) || target.classList.contains("register-table-wrap")) return;
  if (target.closest(".register-table-wrap")) {
    target.scrollIntoView({ block: "nearest", inline: "nearest" });
    var clear = 0;
    document.querySelectorAll(".md-header, .md-top").forEach(function (fixed) {
      clear = Math.max(clear, fixed.getBoundingClientRect().bottom);
    });
    var top = target.getBoundingClientRect().top;
    if (top < clear + 8) window.scrollBy(0, top - clear - 8);
  }
});
