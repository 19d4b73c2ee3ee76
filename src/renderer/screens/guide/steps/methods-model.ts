import type { MethodKey, Strength } from '../../../../shared/catalog';
import type { LocalizedText } from '../../../../shared/i18n/localized';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Competence } from '../../../../shared/model/entities';
import { suggestMethods } from '../../../../shared/recommend';
import type { GuideRecord } from '../guide-record';
import { createdRows } from '../guide-progress';

/** One method suggested for one competence. */
export interface MethodOption {
  /** `<competence id>|<method key>`: one tick per pair. */
  key: string;
  methodKey: MethodKey;
  strength: Strength;
  /** The plan's method with this key: the linked one when linked, else the first. */
  methodId: string | null;
  linked: boolean;
  /** The catalogue's reason first, then what the plan adds (in use elsewhere, fits others too). */
  reasons: LocalizedText[];
  preselected: boolean;
}

export interface MethodGroup {
  competence: Competence;
  notice: LocalizedText | null;
  options: MethodOption[];
}

export const pairKey = (competenceId: string, methodKey: string): string =>
  `${competenceId}|${methodKey}`;

/** The methods suggested for each competence the guide made, in the recommender's order. */
export function methodGroups(doc: WindowDocument, record: GuideRecord): MethodGroup[] {
  const offered = new Set(record.offered.methods);
  return createdRows(doc.competences, record.created.competence).map((competence) => {
    const recommendation = suggestMethods(doc, competence.id);
    return {
      competence,
      notice: recommendation?.notice ?? null,
      options: (recommendation?.methods ?? []).map((s) => {
        const key = pairKey(competence.id, s.methodKey);
        return {
          key,
          methodKey: s.methodKey,
          strength: s.strength,
          methodId: s.methodId,
          linked: s.chosen,
          // "Chosen" is what the tick says; repeating it as a reason would only add noise.
          reasons: s.reasons.filter((r) => r.code !== 'chosen').map((r) => r.text),
          preselected: s.strength === 1 && !offered.has(key),
        };
      }),
    };
  });
}

export function isTicked(option: MethodOption, changes: Record<string, boolean>): boolean {
  return changes[option.key] ?? (option.linked || option.preselected);
}
