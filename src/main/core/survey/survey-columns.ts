import { foldForSearch } from '../../../shared/catalog';
import { foldName } from '../../../shared/survey/fold-name';
import type { Plan, TargetGroup } from '../../../shared/model/entities';
import { answerScale } from '../../../shared/survey/answer-scale';
import type { SurveyTable } from '../../../shared/survey/survey-figures';
import type { SurveyColumn, SurveyFile } from '../../../shared/survey/survey-schemas';

/**
 * The survey tools' own columns about a response, folded: SurveyXact's respondent id and status,
 * Microsoft Forms' id, times, e-mail and name. They are never offered as questions.
 */
const ABOUT =
  /^(id|respondent.*|status.*|e ?mail.*|.*e-?mail.*|mail|name|navn|fulde navn|.*time|.*tidspunkt.*|ip.*|sprog|language|link|token|reference)$/;

/** Most of a question's answers are on the scale (blanks and »Ved ikke« aside). */
const QUESTION_SHARE = 0.8;

/** A column's distinct answers are sent when it has at most this many: a group column's groups. */
const MAX_VALUES = 30;

/**
 * What the dialog is shown of a survey file: each column with its role, the values of columns
 * that could name target groups, and the column that names most of the plan's target groups.
 * Free text and e-mail addresses stay here: a column with nearly one value per row sends none.
 */
export function describeSurvey(
  name: string,
  table: SurveyTable,
  plan: Pick<Plan, 'levelMeanings'>,
  targetGroups: readonly Pick<TargetGroup, 'name'>[],
): SurveyFile {
  const scale = answerScale(plan.levelMeanings);
  const groupNames = new Set(targetGroups.map((g) => foldName(g.name)));
  let groupColumn: number | null = null;
  let bestMatches = 0;
  const columns = table.headers.map((header, index): SurveyColumn => {
    const answers = table.rows.map((row) => (row[index] ?? '').trim()).filter((a) => a !== '');
    const distinct = [...new Set(answers)];
    if (ABOUT.test(foldForSearch(header).trim()))
      return { index, header, role: 'about', values: [] };
    const levels = answers.map((a) => scale.level(a));
    const read = levels.filter((l) => l !== undefined).length;
    if (levels.some((l) => typeof l === 'number') && read >= answers.length * QUESTION_SHARE) {
      return { index, header, role: 'question', values: [] };
    }
    const few = distinct.length <= MAX_VALUES && distinct.length * 2 <= answers.length;
    const values = few ? distinct.sort((a, b) => a.localeCompare(b, 'da')) : [];
    const matches = values.filter((v) => groupNames.has(foldName(v))).length;
    if (matches > bestMatches) {
      bestMatches = matches;
      groupColumn = index;
    }
    return { index, header, role: 'other', values };
  });
  return { name, respondents: table.rows.length, columns, groupColumn };
}
