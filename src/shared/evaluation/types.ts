import type { LocalizedText } from '../i18n/localized';
import type { ActivityStatus, EffectLink } from '../model/enums';
import type { LevelPoint } from '../progress/level-change';
import type { BudgetTotals, ParticipantTotals, StatusCounts } from '../progress/types';

export interface EvaluationPeriod {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface EvaluationActivity {
  activityId: string;
  title: string;
  status: ActivityStatus;
  start: string | null;
  end: string | null;
  progress: number;
  budget: number;
  spent: number;
  participantsPlanned: number;
  participantsReached: number;
}

export interface EvaluationActivities {
  /** Activities whose end date falls in the period (or, with no end date, whose start does). */
  inPeriod: number;
  byStatus: StatusCounts;
  /** Done. */
  carriedOut: EvaluationActivity[];
  /** Idea, planned, in progress or cancelled: the committee should say why. */
  notCarriedOut: EvaluationActivity[];
  /** Started by the end of the period, ending after it, neither done nor cancelled: they carry over. */
  continuing: EvaluationActivity[];
  /** No start and no end date, so they belong to no period. */
  undated: EvaluationActivity[];
}

export interface EvaluationCost extends BudgetTotals {
  /** spent / planned, or null when nothing was planned. */
  share: number | null;
}

export interface LinkPairChange {
  competenceId: string;
  targetGroupId: string | null;
  baseline: LevelPoint;
  followUp: LevelPoint;
  change: number;
}

export interface LinkIndicator {
  measurementId: string;
  competenceId: string;
  targetGroupId: string | null;
  date: string;
  kind: 'baseline' | 'follow-up';
  indicator: string;
}

export interface EffectLinkFigures {
  link: EffectLink;
  label: LocalizedText;
  /** Measurements at this link dated in the period. */
  measurements: number;
  baselines: number;
  followUps: number;
  /**
   * Per competence and target group with a follow-up at this link in the period and a baseline
   * on or before it: the latest follow-up minus that baseline.
   */
  pairs: LinkPairChange[];
  /** The plain mean of the pairs' changes (each pair counts once), or null without pairs. */
  meanChange: number | null;
  /** What was measured when it was not a level. */
  indicators: LinkIndicator[];
}

export interface EvaluationCompetence {
  competenceId: string;
  title: string;
  gap: number | null;
  /** Overall change with follow-ups in the period; see progress' `groupChanges`. */
  baseline: number | null;
  followUp: number | null;
  change: number | null;
}

export interface EvaluationFigures {
  periodStart: string;
  periodEnd: string;
  activities: EvaluationActivities;
  cost: EvaluationCost;
  participants: ParticipantTotals;
  effectChain: EffectLinkFigures[];
  competences: EvaluationCompetence[];
}

/** The committee's own judgements: the figures are filled in, these are written. */
export interface EvaluationAnswers {
  /** How MUS (and GRUS) was used to follow up on competence development. */
  musFollowUp: string;
  conclusions: string;
  /** One decision per entry; next year's plan can start from them. */
  decisions: string[];
}

/** Kompetenceaftalen § 8, stk. 2: one per year, history kept. */
export interface AnnualEvaluation {
  year: number;
  periodStart: string;
  periodEnd: string;
  figures: EvaluationFigures;
  answers: EvaluationAnswers;
  createdAt: string;
}
