import { differences } from './compare';
import type { DamagedFile } from './damage-kinds';
import type { Answer, Way } from './ways-in';

/**
 * What a way in did with a damaged file, judged against the intact plan:
 * - `refused`: a typed error (for the commands: exit code 2 and one line on stderr);
 * - `flagged`: opened, with a notice about the content (that it may not be what Omstil wrote);
 * - `intact`: opened, and what it shows equals the intact plan;
 * - `changed`: opened, showing something else, without a word about it;
 * - `unverifiable`: the same, in a plan written by an older version, before plans carried
 *   content checksums: nothing in such a file can tell (shown, so the loss is seen; not forbidden);
 * - `crash`: anything else (an untyped exception, an "unexpected error", a stack trace).
 */
export const OUTCOMES = [
  'refused',
  'flagged',
  'intact',
  'changed',
  'unverifiable',
  'crash',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Notices about something other than the content: why a plan is read-only (a newer version, a
 * lock, a folder), or what was done with a journal beside it. One of these on a plan that reads
 * differently is still a silent change. Any other notice, and any line a command says beside
 * its line of success that no way in gave a code, counts as telling the user about the content.
 */
export const NOTICES_NOT_ABOUT_CONTENT: ReadonlySet<string> = new Set([
  'newer-version',
  'locked',
  'lock-lost',
  'folder-read-only',
  'read-only',
  'journal-moved-aside',
  'journal-recovered',
]);

/**
 * Files Omstil documents that it keeps beside a plan (named for a plan called `plan.omstil`).
 * Anything else that appears beside the plan during a call is a leftover.
 */
export const KEPT_BESIDE: readonly { why: string; name: RegExp }[] = [
  {
    why: 'the copy kept before a migration',
    name: /^plan \(sikkerhedskopi v\d+( \d+)?\)\.omstil$/,
  },
  {
    why: 'the plan and its journal as they were before a rollback',
    name: /^plan \(før gendannelse( \d+)?\)\.omstil(-journal)?$/,
  },
  {
    why: 'a journal that did not belong to the plan, moved aside unused',
    name: /^plan \(fremmed journal( \d+)?\)\.omstil-journal$/,
  },
];

export interface Judgement {
  outcome: Outcome;
  detail: string;
  /** Told the caller the file is from a newer Omstil: not a verdict on damage. */
  newerVersion: boolean;
}

/**
 * `canTell`: the plan was written by this version of Omstil, so a change made outside it can be
 * found; for an older version's file a silent change is `unverifiable` rather than `changed`.
 */
export function judge(
  way: Way,
  answer: Answer,
  reference: unknown,
  contentChanged: () => boolean,
  canTell: boolean,
): Judgement {
  if (answer.kind === 'crashed') {
    return { outcome: 'crash', detail: answer.text, newerVersion: false };
  }
  if (answer.kind === 'refused') {
    return {
      outcome: 'refused',
      detail: answer.code ? `${answer.code}: ${answer.text}` : answer.text,
      newerVersion: answer.code === 'newer-version',
    };
  }
  const newerVersion = answer.notices.some((n) => n.code === 'newer-version');
  const told = answer.notices.filter((n) => !NOTICES_NOT_ABOUT_CONTENT.has(n.code));
  if (told.length > 0) {
    const detail = told.map((n) => `${n.code}: ${n.text}`).join('; ');
    return { outcome: 'flagged', detail, newerVersion };
  }
  const changed = canTell ? 'changed' : 'unverifiable';
  if (way === 'check') {
    return contentChanged()
      ? { outcome: changed, detail: 'check passed a plan whose tables differ', newerVersion }
      : { outcome: 'intact', detail: '', newerVersion };
  }
  const found = differences(reference, answer.content);
  return found.length > 0
    ? { outcome: changed, detail: found.join('; '), newerVersion }
    : { outcome: 'intact', detail: '', newerVersion };
}

/**
 * Whether a call harmed an intact plan that had a journal beside it which did not belong to it:
 * it refused the plan, lost it, showed something else, or changed its bytes (`keepsBytes`: the
 * way leaves the intact plan's bytes alone; opening an older plan for editing migrates it).
 * In an older version's file (`canTell` false) a journal rolled back in whole can look like a
 * crash's, and only a refusal or a lost plan is held against the program.
 */
export function harmedByJournal(
  file: DamagedFile,
  judgement: Judgement,
  keepsBytes: boolean,
  canTell: boolean,
  before: Buffer,
  after: Buffer | null,
): boolean {
  if (!file.strayJournal) return false;
  if (judgement.outcome === 'refused' || after === null) return true;
  if (!canTell) return false;
  return judgement.outcome === 'changed' || (keepsBytes && !before.equals(after));
}

/** What one file's ways in agree on: accepted (opened silently) or declined (refused or flagged). */
export function disagree(judgements: readonly Judgement[]): boolean {
  if (judgements.some((j) => j.newerVersion)) return false;
  const verdicts = new Set(
    judgements
      .filter((j) => j.outcome !== 'crash')
      .map((j) => (j.outcome === 'refused' || j.outcome === 'flagged' ? 'declined' : 'accepted')),
  );
  return verdicts.size > 1;
}
