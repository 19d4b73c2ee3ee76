import { fieldPathLabel } from './field-path-labels';
import type { LocalizedText } from './localized';

/** A problem as the error carries it (`FieldIssue`), without the rule it broke. */
interface Problem {
  path: string;
  message: LocalizedText;
}

/** What each problem's line starts with, so a screen can show the lines as a list. */
export const PROBLEM_MARK = '– ';

/** As many problems as a person fixes in one go; the rest are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 20;

function problemLine(issue: Problem, language: keyof LocalizedText): string {
  const label = fieldPathLabel(issue.path);
  const where = label ? `»${issue.path}« (${label[language]})` : `»${issue.path}«`;
  return `${PROBLEM_MARK}${where}: ${issue.message[language]}`;
}

/**
 * Why a plan file is refused, every problem on a line of its own: where it is, both as the path
 * in the file and in the editor's words, and what is wrong. The first 20 are listed and the
 * others counted, so a file from a tool that got the format wrong throughout stays readable.
 */
export function describeFileProblems(issues: readonly Problem[]): LocalizedText {
  const n = issues.length;
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS);
  const rest = n - listed.length;
  const da = [
    n === 1
      ? 'Filen kan ikke importeres, fordi der er et problem i den:'
      : `Filen kan ikke importeres, fordi der er ${n} problemer i den:`,
    ...listed.map((issue) => problemLine(issue, 'da')),
    ...(rest > 0 ? [`… og ${rest} ${rest === 1 ? 'andet problem' : 'andre problemer'}.`] : []),
  ];
  const en = [
    n === 1
      ? 'The file cannot be imported because it has a problem:'
      : `The file cannot be imported because it has ${n} problems:`,
    ...listed.map((issue) => problemLine(issue, 'en')),
    ...(rest > 0 ? [`… and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`] : []),
  ];
  return { da: da.join('\n'), en: en.join('\n') };
}
