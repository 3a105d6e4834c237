// Used by test_keyboard.py: what a keyboard user sees of the focused element.
// Loaded into the page as `window.registerKeyboard`.
window.registerKeyboard = (() => {
  const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, ' +
    '[tabindex], [contenteditable=""], [contenteditable="true"]';

  function describe(el) {
    const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().replace(/\s+/g, " ");
    const what = el.getAttribute("href") || el.getAttribute("type") || el.getAttribute("role") || "";
    const cls = el.classList.length ? "." + [...el.classList].filter(c => c !== "focus-visible").join(".") : "";
    return `<${el.tagName.toLowerCase()}${cls}${what ? " " + what : ""}> «${text.slice(0, 40)}»`;
  }

  function rgba(value) {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  }

  function over(top, bottom) {  // `top` painted over an opaque `bottom`
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1);
  }

  function luminance(c) {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  // The colour painted at (x, y) under `el`: the backgrounds of what lies beneath, composited.
  function backdrop(el, x, y, includeSelf) {
    const stack = document.elementsFromPoint(x, y).filter(e =>
      !(e === el ? !includeSelf : el.contains(e)));
    let colour = [255, 255, 255, 1];
    for (const e of stack.reverse()) colour = over(rgba(getComputedStyle(e).backgroundColor), colour);
    return colour;
  }

  // The part of the element's box that lies inside the viewport, or null.
  function onScreen(r) {
    const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
    const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
    return right - left >= 1 && bottom - top >= 1 ? { left, right, top, bottom } : null;
  }

  function visibleAt(el) {
    // Not transparent, and some part of it on screen and on top (not clipped, covered, off canvas).
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    if (opacity < 0.5) return false;
    for (const rect of el.getClientRects()) {
      const r = onScreen(rect);
      if (!r) continue;
      const top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      if (top && (top === el || el.contains(top))) return true;
    }
    return false;
  }

  return {
    // Every element a keyboard user should be able to reach; remembers how each looks unfocused.
    candidates() {
      window.__kbdBefore = new Map();
      const found = [];
      document.querySelectorAll(FOCUSABLE).forEach((el, i) => {
        el.dataset.kbd = String(i);
        if (el.tabIndex < 0 || el.disabled || el.closest("[hidden], [inert]")) return;
        if (!el.checkVisibility({ visibilityProperty: true })) return;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        const s = getComputedStyle(el);
        window.__kbdBefore.set(el.dataset.kbd, { outline: s.outlineStyle + s.outlineWidth + s.outlineColor, shadow: s.boxShadow });
        found.push({ id: el.dataset.kbd, label: describe(el) });
      });
      return found;
    },

    // The focused element and how its focus is shown (the test turns transitions off first).
    async focused() {
      // Let the page's own focus handlers run first (Material opens the search on focus).
      for (let i = 0; i < 2; i++) await new Promise(done => setTimeout(done, 0));
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const s = getComputedStyle(el);
      const before = window.__kbdBefore.get(el.dataset.kbd) || { outline: "", shadow: "none" };
      const width = parseFloat(s.outlineWidth) || 0;
      const offset = parseFloat(s.outlineOffset) || 0;
      const ring = s.outlineStyle !== "none" && width >= 1 && rgba(s.outlineColor)[3] > 0;
      const shadow = s.boxShadow !== "none" && s.boxShadow !== before.shadow;
      let ringContrast = null;
      if (ring) {
        // Sample the ring's backdrop on each side of the element (where the ring is drawn).
        const box = el.getBoundingClientRect(), r = onScreen(box) || box, d = offset + width / 2;
        const midX = (r.left + r.right) / 2, midY = (r.top + r.bottom) / 2;
        const sides = [[box.left - d, midY], [box.right + d, midY], [midX, box.top - d], [midX, box.bottom + d]]
          .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
        const values = sides.map(([x, y]) => {
          const behind = backdrop(el, x, y, offset < 0);
          return contrast(over(rgba(s.outlineColor), behind), behind);
        });
        ringContrast = values.length ? Math.max(...values) : 0;
      }
      return {
        id: el.dataset.kbd || null, label: describe(el), visible: visibleAt(el),
        ring, ringChanged: ring && (s.outlineStyle + s.outlineWidth + s.outlineColor) !== before.outline,
        ringContrast, shadow,
      };
    },
  };
})();
