import type { SectionContext } from './context';

/** A date range in words; either end may be missing. */
export function periodText(
  ctx: SectionContext,
  start: string | null,
  end: string | null,
  style: 'long' | 'short' = 'long',
): string | null {
  const date = style === 'long' ? ctx.f.date : ctx.f.shortDate;
  if (start && end) return ctx.t.document.range(date(start), date(end));
  if (start) return ctx.t.document.from(date(start));
  if (end) return ctx.t.document.until(date(end));
  return null;
}
