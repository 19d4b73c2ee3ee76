import { foldForSearch } from '../catalog';
import { levelScale } from '../i18n/level-meanings';

/**
 * The words survey tools put on a five-step scale, lowest first, in Danish as SurveyXact and
 * Microsoft Forms offer them and in English. Each list is one scale; a step may have several
 * wordings (»Meget uenig« and »Helt uenig« are both the lowest step of agreement).
 */
const SCALES: readonly (readonly string[])[][] = [
  [
    ['Meget uenig', 'Helt uenig', 'Strongly disagree'],
    ['Uenig', 'Delvis uenig', 'Overvejende uenig', 'Disagree'],
    [
      'Hverken enig eller uenig',
      'Hverken uenig eller enig',
      'Neutral',
      'Neither agree nor disagree',
    ],
    ['Enig', 'Delvis enig', 'Overvejende enig', 'Agree'],
    ['Meget enig', 'Helt enig', 'Strongly agree'],
  ],
  [
    ['I meget lav grad', 'I meget ringe grad', 'Slet ikke', 'To a very small extent', 'Not at all'],
    ['I lav grad', 'I ringe grad', 'I mindre grad', 'To a small extent'],
    ['I nogen grad', 'I middel grad', 'To some extent'],
    ['I høj grad', 'To a large extent'],
    ['I meget høj grad', 'To a very large extent'],
  ],
  [
    ['Meget dårligt', 'Meget dårlig', 'Very poor'],
    ['Dårligt', 'Dårlig', 'Poor'],
    ['Hverken godt eller dårligt', 'Middel', 'Fair'],
    ['Godt', 'God', 'Good'],
    ['Meget godt', 'Meget god', 'Very good'],
  ],
];

/** Answers that say the respondent has no answer: left out of every figure, as a blank is. */
const NO_ANSWER = ['Ved ikke', 'Ikke relevant', 'Vil ikke svare', "Don't know", 'Not relevant'];

const fold = (text: string) =>
  foldForSearch(text)
    .replace(/[\s.,;:!–-]+/g, ' ')
    .trim();

/** A reader of one plan's answers: the scale words above plus the plan's own level names. */
export interface AnswerScale {
  /** The step 1–5 an answer gives, `null` for no answer, `undefined` for one it cannot read. */
  level(answer: string): number | null | undefined;
}

/**
 * The answer reader for a plan whose level scale is worded `levelMeanings` (step 1 first; an
 * empty text is the program's default). Numbers 1–5 read as themselves (»4«, »4,0«, »4 - Enig«);
 * other numbers are a tool's code for »no answer« (SurveyXact codes »Ved ikke« outside the scale)
 * and are left out, as blanks are.
 */
export function answerScale(levelMeanings: readonly string[]): AnswerScale {
  const words = new Map<string, number>();
  for (const scale of SCALES) {
    scale.forEach((wordings, i) => {
      for (const w of wordings) words.set(fold(w), i + 1);
    });
  }
  for (const language of ['da', 'en'] as const) {
    levelScale(levelMeanings, language).forEach((meaning, i) => words.set(fold(meaning), i + 1));
  }
  const none = new Set(NO_ANSWER.map(fold));
  return {
    level(answer) {
      const text = answer.trim();
      if (text === '') return null;
      const number = /^(-?\d+)(?:[.,]0+)?$/.exec(text);
      if (number) {
        const n = Number(number[1]);
        return n >= 1 && n <= 5 ? n : null;
      }
      // A coded answer with its words: »4 - Enig«, »4. I høj grad«.
      const coded = /^([1-5])\s*[-–.:)]\s*\D/.exec(text);
      if (coded) return Number(coded[1]);
      const folded = fold(text);
      if (none.has(folded)) return null;
      return words.get(folded);
    },
  };
}
