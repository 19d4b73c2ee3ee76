import type { Measurement } from '../model/entities';
import type { LevelPoint } from '../model/stored/figures';

export interface WeightedValue {
  value: number;
  weight: number | null;
}

/**
 * The mean of values, weighted by their weights when every one has a weight above zero, and the
 * plain mean otherwise: mixing weighted and unweighted values has no honest answer, and a survey
 * answered by 70 should not be outweighed by a note with no count.
 */
export function weightedMean(values: readonly WeightedValue[]): {
  mean: number;
  weighted: boolean;
} | null {
  if (values.length === 0) return null;
  const weighted = values.every((v) => v.weight !== null && v.weight > 0);
  if (weighted) {
    const total = values.reduce((s, v) => s + (v.weight ?? 0), 0);
    return { mean: values.reduce((s, v) => s + v.value * (v.weight ?? 0), 0) / total, weighted };
  }
  return { mean: values.reduce((s, v) => s + v.value, 0) / values.length, weighted };
}

type Leveled = Measurement & { level: number };

export const hasLevel = (m: Measurement): m is Leveled => m.level !== null;

/** Several measurements on one day (a survey and a GRUS, say) are one point. */
function pointOf(sameDay: readonly Leveled[]): LevelPoint | null {
  const first = sameDay[0];
  const mean = weightedMean(sameDay.map((m) => ({ value: m.level, weight: m.respondents })));
  if (!first || !mean) return null;
  const counted = sameDay.every((m) => m.respondents !== null);
  return {
    level: mean.mean,
    date: first.date,
    respondents: counted ? sameDay.reduce((s, m) => s + (m.respondents ?? 0), 0) : null,
    measurementIds: sameDay.map((m) => m.id),
    weighted: mean.weighted,
  };
}

function latest(measurements: readonly Leveled[]): LevelPoint | null {
  let date: string | null = null;
  for (const m of measurements) if (date === null || m.date > date) date = m.date;
  return date === null ? null : pointOf(measurements.filter((m) => m.date === date));
}

export interface ChangeFilter {
  /** Only follow-ups at this link count; the baseline may be at any link. */
  followUpLink?: Measurement['effectLink'];
  /** Only follow-ups dated inside this inclusive range count. */
  from?: string;
  to?: string;
}

export interface LevelChange {
  /**
   * The latest baseline dated on or before the follow-up (a new baseline before a new round
   * replaces the old one); without a follow-up, the latest baseline.
   */
  baseline: LevelPoint | null;
  followUp: LevelPoint | null;
  /** followUp − baseline, or null when either is missing. */
  change: number | null;
}

/**
 * The change measured for one competence and one target group. `measurements` must already be
 * narrowed to that pair; those without a level (indicator only) are ignored here.
 */
export function levelChange(
  measurements: readonly Measurement[],
  filter: ChangeFilter = {},
): LevelChange {
  const leveled = measurements.filter(hasLevel);
  const followUp = latest(
    leveled.filter(
      (m) =>
        m.kind === 'follow-up' &&
        (filter.followUpLink === undefined || m.effectLink === filter.followUpLink) &&
        (filter.from === undefined || m.date >= filter.from) &&
        (filter.to === undefined || m.date <= filter.to),
    ),
  );
  const baseline = latest(
    leveled.filter((m) => m.kind === 'baseline' && (followUp === null || m.date <= followUp.date)),
  );
  return {
    baseline,
    followUp,
    change: baseline && followUp ? followUp.level - baseline.level : null,
  };
}
