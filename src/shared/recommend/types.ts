import type {
  CompetenceKey,
  DriverKey,
  LocalizedText,
  MethodKey,
  Strength,
} from '../catalog/types';

// The engine asks only for the fields it reads, so both the stored model and the JSON
// interchange format can be passed as they are.
export interface RecommendDriverInput {
  readonly id: string;
  readonly catalogKey: string | null;
}

export interface RecommendCompetenceInput {
  readonly id: string;
  readonly catalogKey: string | null;
  readonly driverIds: readonly string[];
  readonly methodIds: readonly string[];
}

export interface RecommendMethodInput {
  readonly id: string;
  readonly catalogKey: string | null;
}

export interface RecommendPlanInput {
  readonly drivers: readonly RecommendDriverInput[];
  readonly competences: readonly RecommendCompetenceInput[];
  readonly methods: readonly RecommendMethodInput[];
}

export type ReasonCode =
  /** The catalogue pairs the two; the text is the catalogue's rationale. */
  | 'catalogue-match'
  /** Suggested for a custom competence because it helps any effort. */
  | 'always-useful'
  /** Already linked: the method to this competence, or the competence to this driver. */
  | 'chosen'
  /** The plan already has the entry, linked elsewhere; reusing it is cheaper. */
  | 'in-plan'
  /** The method also fits other competences in the plan. */
  | 'also-fits'
  /** Other drivers in the plan suggest the same competence. */
  | 'shared-driver';

export interface SuggestionReason {
  code: ReasonCode;
  text: LocalizedText;
}

export interface MethodSuggestion {
  methodKey: MethodKey;
  /** The plan's method with this catalogue key, if the plan has one. */
  methodId: string | null;
  strength: Strength;
  /** Higher is better; orders the list together with catalogue order (see recommend.ts). */
  score: number;
  /** The competence already lists this method. */
  chosen: boolean;
  reasons: SuggestionReason[];
}

export interface CompetenceSuggestion {
  competenceKey: CompetenceKey;
  /** The plan's competence with this catalogue key, if the plan has one. */
  competenceId: string | null;
  strength: Strength;
  score: number;
  /** A plan competence with this key already lists this driver. */
  chosen: boolean;
  reasons: SuggestionReason[];
}

export interface CompetenceRecommendation {
  competenceId: string;
  /** Null for a custom competence, including one whose key this version does not know. */
  competenceKey: CompetenceKey | null;
  /** Set when the suggestions are limited, saying why. */
  notice: LocalizedText | null;
  methods: MethodSuggestion[];
}

export interface DriverRecommendation {
  driverId: string;
  driverKey: DriverKey | null;
  notice: LocalizedText | null;
  competences: CompetenceSuggestion[];
}

export interface Recommendations {
  /** In catalogue order of the competences' keys, custom ones last, ties by id. */
  competences: CompetenceRecommendation[];
  /** In catalogue order of the drivers' keys, custom ones last, ties by id. */
  drivers: DriverRecommendation[];
}
