/*
 * Wide tables scroll in their own box (.register-table-wrap). When Tab moves focus to a link in
 * such a box, Chrome scrolls only until part of the link shows, which can leave it clipped at the
 * box's edge. Bring the whole focused element into view, so keyboard focus is always seen
 * (WCAG 2.4.7).
 */
document.addEventListener("focusin", function (event) {
  var target = event.target;
  if (!(target instanceof Element) || target.classList.contains("register-table-wrap")) return;
  if (target.closest(".register-table-wrap")) {
    target.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
});
