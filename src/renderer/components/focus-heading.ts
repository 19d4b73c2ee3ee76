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
