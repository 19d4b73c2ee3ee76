/** The element of a bar an event happened in, and whether it was the bar itself or its end. */
export function barTarget(
  target: EventTarget,
): { key: string; part: 'bar' | 'end' | 'row' } | null {
  if (!(target instanceof Element)) return null;
  const bar = target.closest('[data-bar-key]');
  const key = bar?.getAttribute('data-bar-key');
  if (!key) return null;
  const part = target.closest('[data-handle="end"]')
    ? 'end'
    : target.closest('[data-part="bar"]')
      ? 'bar'
      : 'row';
  return { key, part };
}
