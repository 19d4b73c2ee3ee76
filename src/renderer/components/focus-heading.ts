/**
 * Focus on a heading or landmark when the screen changes, without the layout a plain `focus()`
 * forces at once to scroll it into view: right after a large screen is put in the page, that
 * layout took seconds. The heading is scrolled into view with the next frame instead, whose
 * layout the browser does anyway, and only when it lies outside the window.
 */
export function focusHeading(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    if (!element.isConnected || typeof element.scrollIntoView !== 'function') return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: 'start' });
  });
}

/** Focus on the current screen's heading, found by its id. */
export function focusHeadingById(id: string): void {
  focusHeading(document.getElementById(id));
}

/**
 * Focus on a screen's heading once the screen has been drawn, found then by its id: `focus()`
 * brings the page's styles up to date before it can tell whether the element may take focus,
 * and called right after a large screen is put in the page, that was the whole screen's style
 * work inside the task that put it there (most of a long task at 20,000 activities). After the
 * next frame the browser has done that work anyway. Focus the user moved meanwhile stays.
 */
export function focusHeadingWhenDrawn(id: string): void {
  focusWhenDrawn(() => document.getElementById(id));
}

/** As `focusHeadingWhenDrawn`, for the element `find` gives once the frame is drawn. */
export function focusWhenDrawn(find: () => HTMLElement | null): void {
  const before = document.activeElement;
  // In a task of its own after the frame: a callback of `requestAnimationFrame` runs before the
  // frame's style and layout work, in the same task.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const now = document.activeElement;
      if (now !== before && now !== null && now !== document.body) return;
      focusHeading(find());
    }, 0),
  );
}
