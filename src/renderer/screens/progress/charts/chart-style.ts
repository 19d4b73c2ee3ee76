import type { ActivityStatus } from '../../../../shared/model/enums';

/**
 * Colours and strokes as SVG presentation attributes, not CSS: an exported SVG or PNG must look
 * like the screen without the app's style sheet, and the CSP forbids inline <style>. Each status
 * differs by pattern and outline as well as colour, and every chart also says it in words.
 */
export const INK = '#1a1a1a';
export const INK_MUTED = '#545454';
export const LINE = '#bfbfbf';
export const LINE_LIGHT = '#dcdcdc';
export const ACCENT = '#0059b3';
export const FONT = "'IBM Plex Sans', Arial, sans-serif";

export interface Swatch {
  /** A solid colour, or a pattern drawn by `SvgPatterns` under this name. */
  fill: string | { pattern: string };
  stroke: string;
  dash?: string;
}

export const STATUS_SWATCH: Record<ActivityStatus, Swatch> = {
  idea: { fill: '#ffffff', stroke: INK_MUTED, dash: '4 3' },
  planned: { fill: { pattern: 'dots' }, stroke: INK_MUTED },
  'in-progress': { fill: { pattern: 'hatch-blue' }, stroke: ACCENT },
  done: { fill: '#2e7d3e', stroke: '#1d5a2a' },
  cancelled: { fill: { pattern: 'cross-red' }, stroke: '#a33a3a', dash: '2 2' },
};

/** The two amounts of a budget bar: planned is an outline with hatching, spent is solid. */
export const PLANNED_SWATCH: Swatch = { fill: { pattern: 'hatch-grey' }, stroke: INK_MUTED };
export const SPENT_SWATCH: Swatch = { fill: ACCENT, stroke: ACCENT };
export const REACHED_SWATCH: Swatch = SPENT_SWATCH;
export const BASELINE_SWATCH: Swatch = { fill: { pattern: 'hatch-grey' }, stroke: INK_MUTED };
export const FOLLOW_UP_SWATCH: Swatch = SPENT_SWATCH;
export const PROGRESS_SWATCH: Swatch = SPENT_SWATCH;
export const TRACK_SWATCH: Swatch = { fill: '#ffffff', stroke: LINE };

/** The fill attribute for a swatch inside a chart whose patterns carry `prefix`. */
export function fillOf(swatch: Swatch, prefix: string): string {
  return typeof swatch.fill === 'string' ? swatch.fill : `url(#${prefix}-${swatch.fill.pattern})`;
}

/** React's ids contain characters a `url(#…)` reference does not survive. */
export function svgIdPrefix(reactId: string): string {
  return `c${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
