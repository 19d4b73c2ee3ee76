import {
  catalogIndex,
  competencesForDriver,
  isCompetenceKey,
  isDriverKey,
  isMethodKey,
  methodsForCompetence,
} from '../catalog';
import type { CompetenceKey, MethodKey, Strength } from '../catalog/types';
import type { AlwaysUsefulMethod } from './reasons';
import {
  ALWAYS_USEFUL_REASONS,
  CHOSEN_COMPETENCE,
  CHOSEN_METHOD,
  COMPETENCE_IN_PLAN,
  CUSTOM_COMPETENCE_NOTICE,
  CUSTOM_DRIVER_NOTICE,
  competenceSharedDriver,
  methodAlsoFits,
  methodInPlan,
} from './reasons';
import type {
  CompetenceRecommendation,
  CompetenceSuggestion,
  DriverRecommendation,
  MethodSuggestion,
  Recommendations,
  RecommendCompetenceInput,
  RecommendDriverInput,
  RecommendPlanInput,
  SuggestionReason,
} from './types';

/**
 * The ranking rule, for method suggestions per competence and competence suggestions per driver
 * alike:
 *
 * 1. Strength: the catalogue's "fits well" before "fits" before "can support".
 * 2. Already in the plan before not in the plan. A method the committee already runs (for this
 *    competence or another) or a competence it already works on is cheaper to reuse than a new
 *    one, and says so in its reasons.
 * 3. Support elsewhere in the plan, most first. For a method: how many of the plan's other
 *    competences the catalogue also pairs it with, since one activity can then lift several
 *    competences. For a competence: how many of the plan's other drivers also suggest it, since
 *    several reasons point the same way.
 * 4. Catalogue order, so the result never depends on the order of the input arrays.
 *
 * `score` encodes 1–3 as one number (higher is better), so the UI can compare suggestions
 * without re-deriving the rule; rule 4 breaks the remaining ties.
 */
export function suggestionScore(strength: Strength, inPlan: boolean, support: number): number {
  return (4 - strength) * 1000 + (inPlan ? 100 : 0) + Math.min(Math.max(support, 0), 99);
}

/** Methods suggested for a competence that is not from the catalogue: they help any effort. */
export const ALWAYS_USEFUL_METHODS: readonly AlwaysUsefulMethod[] = [
  'needs-assessment',
  'learning-objectives',
];
const ALWAYS_USEFUL_STRENGTH: Strength = 2;

interface Ranked<T extends { score: number }> {
  suggestion: T;
  /** Catalogue position of the suggested entry: the last tie-break. */
  order: number;
}

function rank<T extends { score: number }>(items: Ranked<T>[]): T[] {
  return items
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map((item) => item.suggestion);
}

// Plain code-unit comparison: localeCompare would make the order depend on the machine.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCatalogueThenId(kind: 'driver' | 'competence') {
  const position = (key: string | null): number => {
    const index = catalogIndex(kind, key);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (
    a: { id: string; catalogKey: string | null },
    b: { id: string; catalogKey: string | null },
  ): number => position(a.catalogKey) - position(b.catalogKey) || compareIds(a.id, b.id);
}

function pushAll<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class PlanIndex {
  /** Plan method ids per catalogue key, sorted so the pick among duplicates is stable. */
  readonly methodIdsByKey = new Map<MethodKey, string[]>();
  /** Plan competences per catalogue key, sorted by id. */
  readonly competencesByKey = new Map<CompetenceKey, RecommendCompetenceInput[]>();
  readonly competences: RecommendCompetenceInput[];
  readonly drivers: RecommendDriverInput[];

  constructor(plan: RecommendPlanInput) {
    for (const method of [...plan.methods].sort((a, b) => compareIds(a.id, b.id))) {
      if (isMethodKey(method.catalogKey)) {
        pushAll(this.methodIdsByKey, method.catalogKey, method.id);
      }
    }
    this.competences = [...plan.competences].sort(byCatalogueThenId('competence'));
    for (const competence of [...plan.competences].sort((a, b) => compareIds(a.id, b.id))) {
      if (isCompetenceKey(competence.catalogKey)) {
        pushAll(this.competencesByKey, competence.catalogKey, competence);
      }
    }
    this.drivers = [...plan.drivers].sort(byCatalogueThenId('driver'));
  }

  /** How many plan competences other than `self` the catalogue pairs with the method. */
  alsoFits(method: MethodKey, self: RecommendCompetenceInput): number {
    return this.competences.filter(
      (other) =>
        other.id !== self.id &&
        isCompetenceKey(other.catalogKey) &&
        methodsForCompetence(other.catalogKey).some((match) => match.method === method),
    ).length;
  }

  /** How many plan competences other than `self` already list one of these method ids. */
  usedByOthers(methodIds: readonly string[], self: RecommendCompetenceInput): number {
    return this.competences.filter(
      (other) => other.id !== self.id && other.methodIds.some((id) => methodIds.includes(id)),
    ).length;
  }

  /** How many plan drivers other than `self` the catalogue has suggesting the competence. */
  sharedDrivers(competence: CompetenceKey, self: RecommendDriverInput): number {
    return this.drivers.filter(
      (other) =>
        other.id !== self.id &&
        isDriverKey(other.catalogKey) &&
        competencesForDriver(other.catalogKey).some((match) => match.competence === competence),
    ).length;
  }
}

function suggestMethod(
  index: PlanIndex,
  competence: RecommendCompetenceInput,
  methodKey: MethodKey,
  strength: Strength,
  fitReason: SuggestionReason,
): Ranked<MethodSuggestion> {
  const planIds = index.methodIdsByKey.get(methodKey) ?? [];
  const chosenId = planIds.find((id) => competence.methodIds.includes(id));
  const methodId = chosenId ?? planIds[0] ?? null;
  const inPlan = methodId !== null;
  const alsoFits = index.alsoFits(methodKey, competence);
  const reasons: SuggestionReason[] = [fitReason];
  if (chosenId !== undefined) {
    reasons.push({ code: 'chosen', text: CHOSEN_METHOD });
  } else if (inPlan) {
    reasons.push({ code: 'in-plan', text: methodInPlan(index.usedByOthers(planIds, competence)) });
  }
  if (alsoFits > 0) {
    reasons.push({ code: 'also-fits', text: methodAlsoFits(alsoFits) });
  }
  return {
    suggestion: {
      methodKey,
      methodId,
      strength,
      score: suggestionScore(strength, inPlan, alsoFits),
      chosen: chosenId !== undefined,
      reasons,
    },
    order: catalogIndex('method', methodKey),
  };
}

function recommendForCompetence(
  index: PlanIndex,
  competence: RecommendCompetenceInput,
): CompetenceRecommendation {
  const key = isCompetenceKey(competence.catalogKey) ? competence.catalogKey : null;
  const ranked =
    key === null
      ? ALWAYS_USEFUL_METHODS.map((methodKey) =>
          suggestMethod(index, competence, methodKey, ALWAYS_USEFUL_STRENGTH, {
            code: 'always-useful',
            text: ALWAYS_USEFUL_REASONS[methodKey],
          }),
        )
      : methodsForCompetence(key).map((match) =>
          suggestMethod(index, competence, match.method, match.strength, {
            code: 'catalogue-match',
            text: match.rationale,
          }),
        );
  return {
    competenceId: competence.id,
    competenceKey: key,
    notice: key === null ? CUSTOM_COMPETENCE_NOTICE : null,
    methods: rank(ranked),
  };
}

function recommendForDriver(index: PlanIndex, driver: RecommendDriverInput): DriverRecommendation {
  const key = isDriverKey(driver.catalogKey) ? driver.catalogKey : null;
  if (key === null) {
    return { driverId: driver.id, driverKey: null, notice: CUSTOM_DRIVER_NOTICE, competences: [] };
  }
  const ranked = competencesForDriver(key).map((match): Ranked<CompetenceSuggestion> => {
    const planCompetences = index.competencesByKey.get(match.competence) ?? [];
    const chosen = planCompetences.find((c) => c.driverIds.includes(driver.id));
    const competenceId = (chosen ?? planCompetences[0])?.id ?? null;
    const inPlan = competenceId !== null;
    const shared = index.sharedDrivers(match.competence, driver);
    const reasons: SuggestionReason[] = [{ code: 'catalogue-match', text: match.rationale }];
    if (chosen) {
      reasons.push({ code: 'chosen', text: CHOSEN_COMPETENCE });
    } else if (inPlan) {
      reasons.push({ code: 'in-plan', text: COMPETENCE_IN_PLAN });
    }
    if (shared > 0) {
      reasons.push({ code: 'shared-driver', text: competenceSharedDriver(shared) });
    }
    return {
      suggestion: {
        competenceKey: match.competence,
        competenceId,
        strength: match.strength,
        score: suggestionScore(match.strength, inPlan, shared),
        chosen: chosen !== undefined,
        reasons,
      },
      order: catalogIndex('competence', match.competence),
    };
  });
  return {
    driverId: driver.id,
    driverKey: key,
    notice: null,
    competences: rank(ranked),
  };
}

/**
 * Ranked suggestions for every competence (methods) and every driver (competences) in a plan.
 * Pure and deterministic: the same plan in any array order gives the same result. Keys the
 * catalogue does not know are treated as custom entries. Ids are assumed unique.
 */
export function recommend(plan: RecommendPlanInput): Recommendations {
  const index = new PlanIndex(plan);
  return {
    competences: index.competences.map((competence) => recommendForCompetence(index, competence)),
    drivers: index.drivers.map((driver) => recommendForDriver(index, driver)),
  };
}

/** The method suggestions for one competence of the plan, or undefined for an unknown id. */
export function suggestMethods(
  plan: RecommendPlanInput,
  competenceId: string,
): CompetenceRecommendation | undefined {
  const competence = plan.competences.find((c) => c.id === competenceId);
  return competence && recommendForCompetence(new PlanIndex(plan), competence);
}

/** The competence suggestions for one driver of the plan, or undefined for an unknown id. */
export function suggestCompetences(
  plan: RecommendPlanInput,
  driverId: string,
): DriverRecommendation | undefined {
  const driver = plan.drivers.find((d) => d.id === driverId);
  return driver && recommendForDriver(new PlanIndex(plan), driver);
}
