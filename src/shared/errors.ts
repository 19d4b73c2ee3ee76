import type { LocalizedText } from './i18n/localized';
import { describeOutsideChanges, type OutsideChangeSummary } from './i18n/outside-changes';
import { validationMessage } from './i18n/validation';
import { describeFileProblems } from './i18n/file-problems';

export const ERROR_CODES = [
  'not-found',
  'already-exists',
  'not-a-plan',
  'corrupt',
  'newer-version',
  'foreign-schema',
  'changed-outside',
  'too-large',
  'io-error',
  'journal-moved-aside',
  'journal-recovered',
  'recovery-failed',
  'no-plan-open',
  'read-only',
  'invalid-input',
  'invalid-json',
  'wrong-format',
  'unsupported-version',
  'unknown-key',
  'dangling-reference',
  'entity-not-found',
  'nothing-to-undo',
  'nothing-to-redo',
  'not-supported',
  'internal',
  'locked',
  'lock-lost',
  'folder-read-only',
  'same-file',
  'different-plans',
  'merge-outdated',
  'merge-unresolved',
  'wrong-extension',
  'access-denied',
  'already-promoted',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `activities[3].end` or `end`. */
  path: string;
  rule: string;
  message: LocalizedText;
}

export interface AppError {
  code: ErrorCode;
  message: LocalizedText;
  issues?: FieldIssue[];
}

/**
 * Thrown inside the core and turned into a `Result` at every transport, so callers on the other
 * side of IPC or HTTP see the code and both languages' messages rather than a stack trace.
 */
export class OmstilError extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(appError.message.en);
    this.name = 'OmstilError';
    this.appError = appError;
  }
}

export function isOmstilError(e: unknown): e is OmstilError {
  return e instanceof OmstilError;
}

const t = (da: string, en: string): LocalizedText => ({ da, en });

/**
 * Why a journal found beside a plan is not rolled back into it; the rule is in
 * `src/main/core/plan-file/journal-belongs.ts`.
 */
export type JournalMismatch =
  'not-a-journal' | 'damaged' | 'not-ours' | 'other-database' | 'other-version';

const journalMismatchText: Record<JournalMismatch, LocalizedText> = {
  'not-a-journal': t('den er ikke en SQLite-journal', 'it is not an SQLite journal'),
  damaged: t('den er ufuldstændig eller beskadiget', 'it is incomplete or damaged'),
  'not-ours': t('den er skrevet af et andet program', 'it was written by another program'),
  'other-database': t('den hører til en anden database', 'it belongs to another database'),
  'other-version': t(
    'den hører til en anden udgave af planen',
    'it belongs to another version of the plan',
  ),
};

/** The plan and journal kept before a rollback, by their file names. */
export interface KeptNames {
  plan: string;
  journal: string;
}

/** Builders, one per error code, so the same situation is always worded the same way. */
export const errors = {
  notFound: (path: string) =>
    make('not-found', t(`Filen findes ikke: ${path}`, `The file does not exist: ${path}`)),
  alreadyExists: (path: string) =>
    make(
      'already-exists',
      t(
        `Der findes allerede en fil med navnet ${path}. Vælg et andet navn; den eksisterende fil er ikke ændret.`,
        `A file named ${path} already exists. Choose another name; the existing file was not changed.`,
      ),
    ),
  notAPlan: (path: string, why: LocalizedText) =>
    make(
      'not-a-plan',
      t(`${path} er ikke en Omstil-plan: ${why.da}`, `${path} is not an Omstil plan: ${why.en}`),
    ),
  corrupt: (path: string, detail: string | LocalizedText) => {
    const d = typeof detail === 'string' ? t(detail, detail) : detail;
    return make(
      'corrupt',
      t(
        `Planen ${path} er beskadiget og kan ikke åbnes (${d.da}). Brug en tidligere kopi af filen.`,
        `The plan ${path} is damaged and cannot be opened (${d.en}). Use an earlier copy of the file.`,
      ),
    );
  },
  newerVersion: (path: string, fileVersion: number, appVersion: number) =>
    make(
      'newer-version',
      t(
        `Planen ${path} er gemt af en nyere udgave af Omstil (filformat ${fileVersion}; denne udgave kender til og med ${appVersion}). Opdatér Omstil for at redigere den.`,
        `The plan ${path} was saved by a newer Omstil (file format ${fileVersion}; this version knows up to ${appVersion}). Update Omstil to edit it.`,
      ),
    ),
  foreignSchema: (path: string, objects: string[]) =>
    make(
      'foreign-schema',
      t(
        `Planen ${path} indeholder noget, Omstil ikke selv har skrevet (${objects.join(', ')}), og åbnes derfor ikke til redigering. Du kan lave en ren kopi af indholdet.`,
        `The plan ${path} contains something Omstil did not write (${objects.join(', ')}), so it is not opened for editing. You can make a clean copy of its contents.`,
      ),
    ),
  /**
   * A plan whose checksums show changes made without Omstil. `viewable`: its content still keeps
   * the model's rules, so it can be shown read-only, and the user may accept it as it is.
   */
  changedOutside: (path: string, summary: OutsideChangeSummary, viewable: boolean) => {
    const what = describeOutsideChanges(summary);
    return make(
      'changed-outside',
      viewable
        ? t(
            `Planen ${path} kan kun åbnes skrivebeskyttet, fordi ${what.da} uden for Omstil. Lav en ren kopi uden de ændrede oplysninger, eller godkend indholdet, som det er, hvis ændringen er foretaget med vilje.`,
            `The plan ${path} can only be opened read-only, because ${what.en} outside Omstil. Make a clean copy without the changed entries, or accept the content as it is if the change was made on purpose.`,
          )
        : t(
            `Planen ${path} kan ikke åbnes, fordi ${what.da} uden for Omstil, og planen ikke længere følger Omstils regler. Lav en ren kopi uden de ændrede oplysninger.`,
            `The plan ${path} cannot be opened, because ${what.en} outside Omstil, and the plan no longer keeps to Omstil’s rules. Make a clean copy without the changed entries.`,
          ),
    );
  },
  unreadableStep: (path: string, step: number) =>
    errors.corrupt(
      path,
      t(
        `trin nr. ${step} i fortrydelseshistorikken kan ikke læses`,
        `step no. ${step} of the undo history cannot be read`,
      ),
    ),
  unreadableLogEntry: (path: string, entry: number) =>
    errors.corrupt(
      path,
      t(
        `post nr. ${entry} i ændringsloggen kan ikke læses`,
        `entry no. ${entry} of the change log cannot be read`,
      ),
    ),
  /**
   * An older plan that cannot be migrated: `brokenRule` when SQLite refused a value (a constraint
   * the newer tables hold), which only a change made outside Omstil can have put there.
   */
  notMigratable: (path: string, from: number, to: number, brokenRule: boolean, detail: string) =>
    errors.corrupt(
      path,
      brokenRule
        ? t(
            `filen kan ikke føres fra filformat ${from} til ${to}, fordi en værdi i den bryder planens regler: ${detail}`,
            `the file cannot be brought from file format ${from} to ${to}, because a value in it breaks the plan’s rules: ${detail}`,
          )
        : t(
            `filen kan ikke føres fra filformat ${from} til ${to}: ${detail}`,
            `the file cannot be brought from file format ${from} to ${to}: ${detail}`,
          ),
    ),
  planRows: (path: string, count: number) =>
    errors.corrupt(
      path,
      t(
        count === 0 ? 'filen har ingen plan' : `filen har ${count} planer i stedet for én`,
        count === 0 ? 'the file holds no plan' : `the file holds ${count} plans instead of one`,
      ),
    ),
  tooLarge: (path: string, megabytes: number, limit: number) =>
    make(
      'too-large',
      t(
        `Filen ${path} fylder ${megabytes} MB; en plan må højst fylde ${limit} MB.`,
        `The file ${path} is ${megabytes} MB; a plan may be at most ${limit} MB.`,
      ),
    ),
  io: (path: string, detail: string) =>
    make(
      'io-error',
      t(
        `Filen ${path} kunne ikke læses eller skrives (${detail}).`,
        `The file ${path} could not be read or written (${detail}).`,
      ),
    ),
  // A journal beside a plan: rolled back with copies kept, or moved aside.
  journalMovedAside: (path: string, movedTo: string, why: JournalMismatch) =>
    make(
      'journal-moved-aside',
      t(
        `En fremmed journalfil lå ved siden af planen ${path} og er flyttet til »${movedTo}« (${journalMismatchText[why].da}). Den er ikke brugt, og planen er ikke ændret.`,
        `A foreign journal file lay beside the plan ${path} and was moved to "${movedTo}" (${journalMismatchText[why].en}). It was not used, and the plan was not changed.`,
      ),
    ),
  journalRecovered: (path: string, kept: KeptNames) =>
    make(
      'journal-recovered',
      t(
        `En ændring af planen ${path} blev afbrudt, fx af et nedbrud, og er rullet tilbage, så planen er, som den var før ændringen. Planen og journalfilen, som de lå, er gemt som »${kept.plan}« og »${kept.journal}«.`,
        `A change to the plan ${path} was interrupted, by a crash for example, and has been rolled back, so the plan is as it was before the change. The plan and the journal file as they lay are kept as "${kept.plan}" and "${kept.journal}".`,
      ),
    ),
  recoveryFailed: (path: string, kept: KeptNames, cause: LocalizedText) =>
    make(
      'recovery-failed',
      t(
        `Omstil kunne ikke gendanne planen ${path} efter en afbrudt ændring. ${cause.da} Planen og journalfilen er lagt tilbage, som de lå, og er også gemt som »${kept.plan}« og »${kept.journal}«. Hører journalfilen ikke til planen (fx en gammel kopi fra et synkroniseringsprogram), kan planen åbnes, når journalfilen er flyttet væk.`,
        `Omstil could not recover the plan ${path} after an interrupted change. ${cause.en} The plan and the journal file have been put back as they lay, and are also kept as "${kept.plan}" and "${kept.journal}". If the journal file does not belong to the plan (an old copy left by a sync program, for example), the plan opens once the journal file is moved away.`,
      ),
    ),
  journalUntouchable: (path: string, journal: string, detail: string) =>
    make(
      'io-error',
      t(
        `Ved siden af planen ${path} ligger journalfilen »${journal}«, som Omstil hverken kunne flytte eller tage en kopi af (${detail}). Planen er ikke ændret. Flyt planen og journalfilen sammen til en mappe, du kan skrive i, og prøv igen.`,
        `Beside the plan ${path} lies the journal file "${journal}", which Omstil could neither move nor copy (${detail}). The plan was not changed. Move the plan and the journal file together to a folder you can write to, and try again.`,
      ),
    ),
  walMode: (path: string) =>
    make(
      'foreign-schema',
      t(
        `Planen ${path} er sat til WAL-tilstand af et andet program. Omstil bruger kun en almindelig journal, fordi WAL ikke virker på netværksdrev, og åbner den derfor ikke. Du kan lave en ren kopi af indholdet.`,
        `The plan ${path} was switched to WAL mode by another program. Omstil uses only a rollback journal, because WAL does not work on network drives, so it does not open the plan. You can make a clean copy of its contents.`,
      ),
    ),
  walUnfinished: (path: string, file: string) =>
    make(
      'io-error',
      t(
        `Planen ${path} er i WAL-tilstand og er i brug i et andet program, eller programmet blev afbrudt (»${file}« ligger ved siden af den). Luk planen i det andet program, og prøv igen. Planen er ikke ændret.`,
        `The plan ${path} is in WAL mode and in use by another program, or that program was interrupted ("${file}" lies beside it). Close the plan in the other program and try again. The plan was not changed.`,
      ),
    ),
  noPlanOpen: () => make('no-plan-open', t('Der er ingen plan åben.', 'No plan is open.')),
  readOnly: () =>
    make(
      'read-only',
      t(
        'Planen er åben skrivebeskyttet, så ændringen er ikke gemt.',
        'The plan is open read-only, so the change was not saved.',
      ),
    ),
  invalidInput: (issues: FieldIssue[]) => {
    const first = issues[0];
    const where = first ? ` (${first.path || 'input'})` : '';
    return make(
      'invalid-input',
      t(
        `${first?.message.da ?? 'Ugyldige oplysninger.'}${where}`,
        `${first?.message.en ?? 'Invalid input.'}${where}`,
      ),
      issues,
    );
  },
  /**
   * A plan file refused for what is in it, every problem listed (up to 20). A key we do not know
   * gives its own code, as it did when only the first problem was named.
   */
  refusedFile: (issues: FieldIssue[]) =>
    make(
      issues.some((i) => i.rule === 'unknown-key') ? 'unknown-key' : 'invalid-input',
      describeFileProblems(issues),
      issues,
    ),
  invalidJson: (detail: string | LocalizedText) => {
    const d = typeof detail === 'string' ? t(detail, detail) : detail;
    return make(
      'invalid-json',
      t(`Filen er ikke gyldig JSON: ${d.da}`, `The file is not valid JSON: ${d.en}`),
    );
  },
  requestRefused: (why: LocalizedText) =>
    make('invalid-json', t(`Kaldet afvises: ${why.da}`, `The call is refused: ${why.en}`)),
  wrongFormat: () =>
    make(
      'wrong-format',
      t(
        'Filen er ikke en Omstil-plan i JSON-format (feltet »format« skal være »omstil-plan«).',
        'The file is not an Omstil plan in JSON format (the field "format" must be "omstil-plan").',
      ),
    ),
  unsupportedVersion: (version: unknown) =>
    make(
      'unsupported-version',
      t(
        `JSON-filen har version ${String(version)}; denne udgave af Omstil kan læse version 1.`,
        `The JSON file has version ${String(version)}; this version of Omstil reads version 1.`,
      ),
    ),
  unknownKey: (path: string) =>
    make(
      'unknown-key',
      t(`Ukendt felt »${path}« i filen.`, `Unknown field "${path}" in the file.`),
      [{ path, rule: 'unknown-key', message: validationMessage('unknown-key') }],
    ),
  danglingReference: (
    fromLabel: LocalizedText,
    fromId: string,
    toLabel: LocalizedText,
    toId: string,
  ) =>
    make(
      'dangling-reference',
      t(
        `${capitalise(fromLabel.da)} ${fromId} henviser til ${toLabel.da} ${toId}, som ikke findes i planen.`,
        `${capitalise(fromLabel.en)} ${fromId} refers to ${toLabel.en} ${toId}, which does not exist in the plan.`,
      ),
    ),
  duplicateId: (id: string) =>
    make(
      'invalid-input',
      t(
        `Id ${id} bruges af mere end én række i filen.`,
        `The id ${id} is used by more than one row in the file.`,
      ),
    ),
  entityNotFound: (label: LocalizedText, id: string) =>
    make(
      'entity-not-found',
      t(
        `${capitalise(label.da)} ${id} findes ikke (længere) i planen.`,
        `${capitalise(label.en)} ${id} does not exist in the plan (any more).`,
      ),
    ),
  /** Minutes or a poster asked of a plan in which no workshop has been held. */
  noWorkshop: () =>
    make(
      'entity-not-found',
      t(
        'Planen har ingen workshop endnu. Start en workshop med planen, så kan referatet og plakaterne skrives bagefter.',
        'The plan has no workshop yet. Hold a workshop with the plan, and its minutes and posters can be written afterwards.',
      ),
    ),
  /** A workshop card whose plan entry is still there; `what` names it (»baggrunden »Data««). */
  alreadyPromoted: (card: string, what: LocalizedText) =>
    make(
      'already-promoted',
      t(
        `Kortet »${card}« er allerede overført til planen som ${what.da}. Ret det dér i stedet for at overføre kortet igen.`,
        `The card “${card}” is already in the plan as ${what.en}. Edit it there rather than moving the card again.`,
      ),
    ),
  nothingToUndo: () =>
    make('nothing-to-undo', t('Der er intet at fortryde.', 'There is nothing to undo.')),
  nothingToRedo: () =>
    make('nothing-to-redo', t('Der er intet at gentage.', 'There is nothing to redo.')),
  notSupported: (what: LocalizedText) =>
    make('not-supported', t(`${what.da} er ikke muligt her.`, `${what.en} is not possible here.`)),
  internal: (detail: string) =>
    make(
      'internal',
      t(
        `Der opstod en uventet fejl i Omstil (${detail}). Planen er ikke ændret.`,
        `An unexpected error occurred in Omstil (${detail}). The plan was not changed.`,
      ),
    ),
  // Sharing plans: locks, copies and merges.
  locked: (holder: LockHolderText) => {
    const who = holderText(holder);
    return make(
      'locked',
      t(
        `Åben hos ${who.da}. Du kan læse planen, men ikke ændre den. Vælg »Åbn en kopi« for at arbejde videre i en kopi, eller »Overtag«, hvis du er sikker på, at planen ikke længere er i brug dér.`,
        `Open by ${who.en}. You can read the plan but not change it. Choose "Open a copy" to work on in a copy, or "Take over" if you are sure the plan is no longer in use there.`,
      ),
    );
  },
  lockLost: (holder: LockHolderText) => {
    const who = holderText(holder);
    return make(
      'lock-lost',
      t(
        `Planen er overtaget af ${who.da}, så din ændring er ikke gemt, og planen er nu skrivebeskyttet her. Vælg »Åbn en kopi« for at arbejde videre i en kopi.`,
        `The plan was taken over by ${who.en}, so your change was not saved and the plan is now read-only here. Choose "Open a copy" to work on in a copy.`,
      ),
    );
  },
  folderReadOnly: (path: string) =>
    make(
      'folder-read-only',
      t(
        `Du har ikke skriveadgang til mappen med ${path}, så planen er åben skrivebeskyttet. Vælg »Åbn en kopi« for at arbejde videre i en kopi et andet sted.`,
        `You cannot write to the folder of ${path}, so the plan is open read-only. Choose "Open a copy" to work on in a copy elsewhere.`,
      ),
    ),
  sameFile: (path: string) =>
    make(
      'same-file',
      t(
        `${path} er valgt to gange. Vælg to forskellige filer.`,
        `${path} was chosen twice. Choose two different files.`,
      ),
    ),
  wrongExtension: (path: string, extension: string) =>
    make(
      'wrong-extension',
      t(
        `${path} skal have et navn, der ender på ${extension}, så filen passer til det valgte format. Vælg et filnavn, der ender på ${extension}.`,
        `${path} must have a name ending in ${extension} to match the chosen format. Choose a file name ending in ${extension}.`,
      ),
    ),
  notAnExport: (path: string) =>
    make(
      'wrong-extension',
      t(
        `Omstil åbner kun filer, som programmet selv har eksporteret som PDF, XLSX, CSV eller JSON. ${path} er ikke en sådan fil og åbnes derfor ikke.`,
        `Omstil only opens files it has exported itself as PDF, XLSX, CSV or JSON. ${path} is not such a file, so it is not opened.`,
      ),
    ),
  accessDenied: () =>
    make(
      'access-denied',
      t(
        'Adgang nægtet: kaldet havde ikke programmets adgangsnøgle. Åbn Omstil med den adresse, programmet skrev, da det startede.',
        'Access denied: the call did not carry the program’s access key. Open Omstil with the address the program printed when it started.',
      ),
    ),
  differentPlans: (mine: string, theirs: string) =>
    make(
      'different-plans',
      t(
        `${mine} og ${theirs} er ikke kopier af samme plan, så de kan ikke flettes. Kun kopier af én plan (med samme plan-id) kan flettes.`,
        `${mine} and ${theirs} are not copies of the same plan, so they cannot be merged. Only copies of one plan (with the same plan id) can be merged.`,
      ),
    ),
  mergeOutdated: () =>
    make(
      'merge-outdated',
      t(
        'Planerne er ændret, siden de blev sammenlignet. Sammenlign dem igen, før du fletter.',
        'The plans have changed since they were compared. Compare them again before merging.',
      ),
    ),
  mergeUnresolved: (count: number) =>
    make(
      'merge-unresolved',
      t(
        count === 1
          ? 'Én konflikt mangler et valg mellem din og den andens udgave.'
          : `${count} konflikter mangler et valg mellem din og den andens udgave.`,
        count === 1
          ? 'One conflict still needs a choice between your version and theirs.'
          : `${count} conflicts still need a choice between your version and theirs.`,
      ),
    ),
  // Excel import.
  /** A file read as a workbook that is none, or a workbook asked for what it does not hold. */
  workbookRefused: (why: LocalizedText) => make('wrong-format', why),
};

/** Who holds a plan's lock, as the lock file says; null where the lock file could not be read. */
export interface LockHolderText {
  user: string | null;
  machine: string | null;
  /** ISO timestamp. */
  since: string | null;
}

function holderText(h: LockHolderText): LocalizedText {
  const time = (lang: 'da' | 'en') => (h.since ? formatTime(h.since, lang) : null);
  return t(
    `${h.user ?? 'en ukendt bruger'} på ${h.machine ?? 'en ukendt maskine'}${time('da') ? ` siden ${time('da')}` : ''}`,
    `${h.user ?? 'an unknown user'} on ${h.machine ?? 'an unknown machine'}${time('en') ? ` since ${time('en')}` : ''}`,
  );
}

/**
 * A lock's time in the reader's language, in the machine's time zone, with the date written as
 * every date on screen is: "27. nov. 2026 kl. 10.00", "27 Nov 2026, 10:00".
 */
export function formatTime(iso: string, lang: 'da' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day.format(date)}${lang === 'da' ? ' kl. ' : ', '}${time.format(date)}`;
}

function make(code: ErrorCode, message: LocalizedText, issues?: FieldIssue[]): AppError {
  return issues ? { code, message, issues } : { code, message };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
