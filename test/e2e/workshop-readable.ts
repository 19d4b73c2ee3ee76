// The readability check workshop mode's browser tests share: large type and high contrast for
// the back of the room. Its own module, as a test file cannot import another test file without
// running its tests too.

/**
 * Every visible text node in the workshop, with its computed size and its contrast against the
 * background it is drawn on (the first opaque one up the tree, with any translucent layers
 * between blended in), by WCAG's relative luminance. Returns those under 24 px or 7:1, those
 * cut off at the side by a box they overflow, those cut off by the window's edge, and those
 * drawn over another text, each as a line saying which and why. A script for the page, as the
 * other browser tests write theirs: this file is compiled without the DOM's types.
 */
export const unreadableTexts = (selector = 'dialog.workshop') => `(() => {
  const parse = (colour) => {
    const parts = (colour.match(/[\\d.]+/g) || []).map(Number);
    return [parts[0] || 0, parts[1] || 0, parts[2] || 0, parts.length > 3 ? parts[3] : 1];
  };
  const over = (top, bottom) =>
    [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const background = (element) => {
    const layers = [];
    for (let at = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let result = [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // Whether a box around the text can be scrolled to bring it up (-1) or down (1) into the
  // window. The page's own scroll never does: the workshop is a dialog fixed to the window.
  const scrollsInto = (element, direction) => {
    for (let at = element; at; at = at.parentElement) {
      if (!/auto|scroll/.test(getComputedStyle(at).overflowY)) continue;
      if (direction < 0 ? at.scrollTop > 0 : at.scrollTop + at.clientHeight < at.scrollHeight - 1) {
        return true;
      }
    }
    return false;
  };
  const root = document.querySelector(${JSON.stringify(selector)});
  if (!root) throw new Error(${JSON.stringify(selector)} + ' is not shown');
  const found = [];
  const drawn = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent || '').trim();
    const element = node.parentElement;
    if (text === '' || !element) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const style = getComputedStyle(element);
    // Not drawn: hidden (a closed <details> still lays out its content), or clipped to a pixel
    // for a screen reader only.
    const own = element.getBoundingClientRect();
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    if (box.width <= 1 || box.height <= 1 || own.width <= 1 || own.height <= 1) continue;
    const bg = background(element);
    const fg = over(parse(style.color), bg);
    const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const contrast = (light + 0.05) / (dark + 0.05);
    const fontSize = parseFloat(style.fontSize);
    if (fontSize < 24 || contrast < 7) {
      found.push(text + ': ' + fontSize + ' px, ' + contrast.toFixed(2) + ':1');
    }
    // The window's edge clips like any box, but nothing scrolls sideways in the room, and up
    // or down only where a box around the text scrolls.
    if (box.left < -1 || box.right > innerWidth + 1) {
      found.push(text + ': cut off by the window at the side');
    }
    if (
      (box.top < -1 && !scrollsInto(element, -1)) ||
      (box.bottom > innerHeight + 1 && !scrollsInto(element, 1))
    ) {
      found.push(text + ': cut off by the window at the ' + (box.top < -1 ? 'top' : 'bottom'));
    }
    // What of the text shows through the boxes that clip it (a scrolled step shows a part).
    let lines = Array.from(range.getClientRects());
    for (let at = element; at && at !== root; at = at.parentElement) {
      if (getComputedStyle(at).overflowX === 'visible') continue;
      const frame = at.getBoundingClientRect();
      if (box.left < frame.left - 1 || box.right > frame.right + 1) {
        found.push(text + ': cut off at the side');
      }
      lines = lines
        .map((line) => {
          const top = Math.max(line.top, frame.top);
          const bottom = Math.min(line.bottom, frame.bottom);
          return new DOMRect(line.left, top, line.width, bottom - top);
        })
        .filter((line) => line.height > 0);
    }
    drawn.push({ text, element, lines });
  }
  // What lies under an opaque box above it (the timer that stays at the top of a scrolled step,
  // a panel opened over the step) is not drawn over but hidden: at that point some box the page
  // paints above the text's own box, and not one it sits in, is opaque. Text that has run out
  // of its own box is never hidden so: it is cut off by what lies over it.
  const hiddenAt = (element, x, y) => {
    const stack = document.elementsFromPoint(x, y);
    const at = stack.findIndex((e) => e === element || element.contains(e));
    return (
      at >= 0 &&
      stack
        .slice(0, at)
        .some((e) => !e.contains(element) && parse(getComputedStyle(e).backgroundColor)[3] >= 1)
    );
  };
  // A glyph box reaches a little above and below its line, so lines that merely touch are not
  // counted: over a third of the lower line's height is.
  const overlap = (a, b) => {
    const left = Math.max(a.left, b.left);
    const right = Math.min(a.right, b.right);
    const top = Math.max(a.top, b.top);
    const bottom = Math.min(a.bottom, b.bottom);
    return right - left > 1 && bottom - top > Math.min(a.height, b.height) / 3
      ? { x: (left + right) / 2, y: (top + bottom) / 2 }
      : null;
  };
  drawn.forEach((a, i) =>
    drawn.slice(i + 1).forEach((b) => {
      const over = a.lines.some((line) =>
        b.lines.some((other) => {
          const point = overlap(line, other);
          return (
            point !== null &&
            !hiddenAt(a.element, point.x, point.y) &&
            !hiddenAt(b.element, point.x, point.y)
          );
        }),
      );
      if (over) found.push(a.text + ': drawn over ' + b.text);
    }),
  );
  return found;
})()`;

/** The check over workshop mode's own dialog. */
export const UNREADABLE_TEXTS = unreadableTexts();
