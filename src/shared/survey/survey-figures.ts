import { foldName } from './fold-name';
import type { Plan, TargetGroup } from '../model/entities';
import type { LevelDistribution } from '../model/stored/level-distribution';
import { answerScale } from './answer-scale';
import { surveyMessages } from './survey-messages';
import type { SurveyFigure, SurveyMapping, SurveyPreview } from './survey-schemas';

/** A survey export as read: the header row, then one row of answers per respondent. */
export interface SurveyTable {
  headers: string[];
  rows: string[][];
}

interface Tally {
  competenceId: string;
  targetGroupId: string | null;
  distribution: LevelDistribution;
  respondents: Set<number>;
}

/**
 * The group-level figures a survey gives the plan: per competence × target group, the mean level,
 * how many answers fell on each step, and how many respondents answered. A respondent answering
 * several questions mapped to one competence counts once among the respondents, and each answer
 * counts in the distribution and the mean. A group with fewer respondents than the plan's
 * anonymity threshold is refused, with why. Nothing about a single respondent leaves here.
 */
export function surveyFigures(
  table: SurveyTable,
  mapping: SurveyMapping,
  plan: Pick<Plan, 'levelMeanings' | 'anonymityThreshold'>,
  targetGroups: readonly Pick<TargetGroup, 'id' | 'name'>[],
): SurveyPreview {
  const scale = answerScale(plan.levelMeanings);
  const byName = new Map(targetGroups.map((g) => [foldName(g.name), g.id]));
  const tallies = new Map<string, Tally>();
  const unmatched = new Map<string, number>();
  const unreadable = new Map<number, number>();
  let rowsWithoutGroup = 0;

  table.rows.forEach((row, r) => {
    let groupId: string | null;
    if (mapping.group.by === 'one') {
      groupId = mapping.group.targetGroupId;
    } else {
      const value = (row[mapping.group.column] ?? '').trim();
      if (value === '') {
        rowsWithoutGroup += 1;
        return;
      }
      const found = byName.get(foldName(value));
      if (found === undefined) {
        unmatched.set(value, (unmatched.get(value) ?? 0) + 1);
        return;
      }
      groupId = found;
    }
    for (const { column, competenceId } of mapping.questions) {
      const level = scale.level(row[column] ?? '');
      if (level === undefined) unreadable.set(column, (unreadable.get(column) ?? 0) + 1);
      if (level === null || level === undefined) continue;
      const key = `${competenceId}|${groupId ?? ''}`;
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          competenceId,
          targetGroupId: groupId,
          distribution: [0, 0, 0, 0, 0],
          respondents: new Set(),
        };
        tallies.set(key, tally);
      }
      tally.distribution[level - 1]! += 1;
      tally.respondents.add(r);
    }
  });

  const threshold = plan.anonymityThreshold;
  const figures: SurveyFigure[] = [];
  const refused: SurveyPreview['refused'] = [];
  for (const t of orderedTallies(tallies, mapping, targetGroups)) {
    const respondents = t.respondents.size;
    if (respondents < threshold) {
      refused.push({
        competenceId: t.competenceId,
        targetGroupId: t.targetGroupId,
        respondents,
        why: surveyMessages.tooFew(respondents, threshold),
      });
      continue;
    }
    figures.push({
      competenceId: t.competenceId,
      targetGroupId: t.targetGroupId,
      level: meanLevel(t.distribution),
      distribution: t.distribution,
      respondents,
    });
  }
  return {
    figures,
    refused,
    unmatchedGroups: [...unmatched]
      .map(([value, rows]) => ({ value, rows }))
      .sort((a, b) => a.value.localeCompare(b.value, 'da')),
    rowsWithoutGroup,
    unreadable: mapping.questions
      .filter((q) => (unreadable.get(q.column) ?? 0) > 0)
      .map((q) => ({
        column: q.column,
        header: table.headers[q.column] ?? '',
        count: unreadable.get(q.column)!,
      })),
    threshold,
  };
}

/** The mean of the answers, to two decimals: the level a measurement records. */
export function meanLevel(distribution: LevelDistribution): number {
  const answers = distribution.reduce((sum, n) => sum + n, 0);
  const total = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0);
  return Math.round((total / answers) * 100) / 100;
}

/** In the order of the mapping's competences, then of the plan's target groups (all first). */
function orderedTallies(
  tallies: Map<string, Tally>,
  mapping: SurveyMapping,
  targetGroups: readonly Pick<TargetGroup, 'id'>[],
): Tally[] {
  const competenceOrder = new Map<string, number>();
  mapping.questions.forEach((q) => {
    if (!competenceOrder.has(q.competenceId))
      competenceOrder.set(q.competenceId, competenceOrder.size);
  });
  const groupOrder = new Map(targetGroups.map((g, i) => [g.id, i]));
  return [...tallies.values()].sort(
    (a, b) =>
      competenceOrder.get(a.competenceId)! - competenceOrder.get(b.competenceId)! ||
      (a.targetGroupId === null ? -1 : (groupOrder.get(a.targetGroupId) ?? 0)) -
        (b.targetGroupId === null ? -1 : (groupOrder.get(b.targetGroupId) ?? 0)),
  );
}
