import type { PlanDocument } from '../model/document';
import type { Measurement } from '../model/entities';
import { EFFECT_LINKS, type EffectLink } from '../model/enums';
import type {
  EffectLinkFigures,
  EvaluationCompetence,
  LinkIndicator,
  LinkPairChange,
} from '../model/stored/evaluation-figures';
import { competenceGap, groupChanges } from '../progress/competence-effect';
import { effectLinkInfo } from '../progress/effect-links';
import { levelChange } from '../progress/level-change';
import type { EvaluationPeriod } from './types';

const inPeriod = (m: Measurement, p: EvaluationPeriod) => m.date >= p.from && m.date <= p.to;

/** Measurements grouped per competence and target group, in first-seen order. */
function pairsOf(measurements: readonly Measurement[]): Measurement[][] {
  const pairs = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.competenceId}|${m.targetGroupId ?? ''}`;
    pairs.set(key, [...(pairs.get(key) ?? []), m]);
  }
  return [...pairs.values()];
}

function linkFigures(
  link: EffectLink,
  measurements: readonly Measurement[],
  period: EvaluationPeriod,
): EffectLinkFigures {
  const at = measurements.filter((m) => m.effectLink === link && inPeriod(m, period));
  const pairs: LinkPairChange[] = [];
  for (const pair of pairsOf(measurements)) {
    const first = pair[0];
    if (!first) continue;
    const found = levelChange(pair, { followUpLink: link, from: period.from, to: period.to });
    if (found.baseline && found.followUp && found.change !== null) {
      pairs.push({
        competenceId: first.competenceId,
        targetGroupId: first.targetGroupId,
        baseline: found.baseline,
        followUp: found.followUp,
        change: found.change,
      });
    }
  }
  const indicators: LinkIndicator[] = at.flatMap((m) =>
    m.indicator === null || m.indicator.trim() === ''
      ? []
      : [
          {
            measurementId: m.id,
            competenceId: m.competenceId,
            targetGroupId: m.targetGroupId,
            date: m.date,
            kind: m.kind,
            indicator: m.indicator,
          },
        ],
  );
  const baselines = at.filter((m) => m.kind === 'baseline').length;
  return {
    link,
    label: effectLinkInfo(link).label,
    measurements: at.length,
    baselines,
    followUps: at.length - baselines,
    pairs,
    meanChange: pairs.length === 0 ? null : pairs.reduce((s, p) => s + p.change, 0) / pairs.length,
    indicators,
  };
}

/**
 * What the measurements show along the effect chain in the period, link by link. A follow-up
 * counts at the link it was recorded at; its baseline is the same competence and target group's
 * latest baseline on or before it, whatever the link and even before the period, since that is
 * where the effort started from.
 */
export function effectChainFigures(
  measurements: readonly Measurement[],
  period: EvaluationPeriod,
): EffectLinkFigures[] {
  return EFFECT_LINKS.map((link) => linkFigures(link, measurements, period));
}

export function competenceFigures(
  doc: Pick<PlanDocument, 'competences' | 'targetGroups' | 'measurements'>,
  period: EvaluationPeriod,
): EvaluationCompetence[] {
  const groupIds = doc.targetGroups.map((t) => t.id);
  return doc.competences.map((c) => {
    const { overall } = groupChanges(
      doc.measurements.filter((m) => m.competenceId === c.id),
      groupIds,
      { from: period.from, to: period.to },
    );
    return {
      competenceId: c.id,
      title: c.title,
      gap: competenceGap(c),
      baseline: overall?.baseline ?? null,
      followUp: overall?.followUp ?? null,
      change: overall?.change ?? null,
    };
  });
}
