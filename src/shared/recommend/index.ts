export * from './types';
export type { AlwaysUsefulMethod } from './reasons';
export {
  ALWAYS_USEFUL_METHODS,
  recommend,
  suggestCompetences,
  suggestMethods,
  suggestionScore,
} from './recommend';
