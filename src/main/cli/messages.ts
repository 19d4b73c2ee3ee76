import { LIST_LABELS } from '../../shared/i18n/entity-labels';
import type { Language } from '../../shared/model/enums';

/** The command's own texts; refusals from the core bring their own Danish and English. */
export const cliMessages = {
  da: {
    usage: `Brug: omstil <kommando> [valg]

Kommandoer:
  new <fil.omstil> [--title T] [--example] [--lang da|en]
                       Opret en ny plan (--example: med eksempelplanens indhold)
  import <plan.json|plan.xlsx> <fil.omstil>
                       Opret en plan ud fra en JSON-fil (udvekslingsformat version 1)
                       eller et regneark, der er eksporteret med --with-plan-data
  export <fil.omstil> --format pdf|docx|xlsx|csv|json|ics [--lang da|en] [--sections a,b]
         [--with-plan-data] -o <ud>
                       Skriv planen som PDF, Word-dokument, regneark, CSV (indsatserne), JSON
                       eller kalenderfil til Outlook (indsatserne og årshjulet, ics)
                       (--sections: kun disse afsnit af PDF'en, fx summary,activities;
                       agenda giver en forside til SU's dagsorden;
                       --with-plan-data: regnearket får hele planens data med i et skjult
                       ark, også workshopkort, stemmer og noter, så det kan læses ind i
                       Omstil igen)
  check <fil.omstil>   Kontrollér at filen er en hel og gyldig Omstil-plan
  catalog [--lang da|en] --json
                       Skriv kataloget over baggrunde, kompetencer og metoder som JSON
  schema               Skriv JSON Schema for planens JSON-format (det, import læser)
  merge <min.omstil> <deres.omstil> -o <ud.omstil>
                       Flet to kopier af samme plan til en ny fil; ved konflikter
                       beholdes min udgave, og konflikterne skrives som JSON
  salvage <fil.omstil> -o <ud.omstil>
                       Lav en ren kopi af data i en plan med fremmede tilføjelser
                       eller rækker, der er ændret uden for Omstil
  log-limit <fil.omstil> [antal]
                       Vis eller sæt, hvor mange ændringer planens ændringshistorik
                       gemmer (1.000–100.000); ældre lægges sammen, når planen lukkes
  workshop-summary <fil.omstil> [--workshop ID] [--format pdf|text] [--lang da|en] -o <ud>
                       Skriv referatet af den seneste (eller den valgte) workshop som
                       PDF på én side eller som tekst (uden -o: teksten på skærmen)
  workshop-poster <fil.omstil> --step ID [--paper A3|A1] [--workshop ID] -o <ud.pdf>
                       Skriv plakaten til et trin i workshoppen, til væggen
  trends <fil-eller-mappe>... [--format json|pdf] [--lang da|en] [--anonymous] [-o <ud>]
                       Tæl hvilke baggrunde, kompetencer og metoder planerne bruger,
                       som JSON eller PDF (en mappe: dens .omstil- og .json-filer, ikke
                       undermapper; planerne læses uden at blive ændret eller låst;
                       --anonymous: uden filnavne, organisationer og personer)

Generelle valg: --lang da|en (sprog i meddelelser), --help, --version
Afslutningskoder: 0 gennemført, 1 forkert brug, 2 input afvist.`,
    unknownCommand: (c: string) => `Ukendt kommando »${c}«. Se »omstil --help«.`,
    unknownOption: (o: string) => `Ukendt eller ufuldstændigt valg ${o}. Se »omstil --help«.`,
    missingArgument: (what: string) => `Mangler ${what}. Se »omstil --help«.`,
    unsupportedFormat: (f: string, supported: string) =>
      `Formatet »${f}« understøttes ikke (mulige: ${supported}).`,
    created: (path: string) => `Oprettet: ${path}`,
    imported: (path: string, counts: string) => `Importeret til ${path} (${counts})`,
    exported: (path: string) => `Skrevet: ${path}`,
    checked: (path: string, title: string, counts: string) =>
      `OK: ${path} – »${title}« (${counts})`,
    counts: (c: Counts) => countsIn('da', c),
    unexpected: (m: string) => `Uventet fejl: ${m}`,
    salvaged: (path: string, counts: string) => `Ren kopi skrevet: ${path} (${counts})`,
    logLimit: (path: string, limit: number) =>
      `${path}: ændringshistorikken gemmer de seneste ${limit.toLocaleString('da-DK')} ændringer.`,
    logLimitDigits: (given: string) =>
      `Antallet »${given}« skal skrives med cifre alene, fx 20000. Se »omstil --help«.`,
    logLimitSet: (path: string, limit: number) =>
      `Gemt: ændringshistorikken i ${path} gemmer nu de seneste ${limit.toLocaleString('da-DK')} ændringer.`,
    leftOut: (what: string) =>
      `Ikke med i kopien, fordi det var ændret uden for Omstil eller hang på noget, der var: ${what}.`,
    planKept:
      'Planens oplysninger var også ændret uden for Omstil. De er med i kopien, som de er, så se dem efter.',
    /** For `omstil export --sections`. */
    sectionsOption: {
      unknown: (section: string, known: string) =>
        `Afsnittet »${section}« findes ikke (mulige: ${known}).`,
      pdfOnly: '--sections kan kun bruges med --format pdf og --format docx.',
    },
    /** For `omstil export --with-plan-data`. */
    planDataXlsxOnly: 'Valget --with-plan-data kan kun bruges med --format xlsx.',
    /** For `omstil export --format ics`. */
    calendarUndated: (count: number) =>
      count === 1
        ? '1 indsats har hverken start- eller slutdato og er derfor ikke med i kalenderen.'
        : `${count} indsatser har hverken start- eller slutdato og er derfor ikke med i kalenderen.`,
    /** For `omstil trends`. */
    trends: {
      written: (path: string, plans: number, skipped: number) =>
        `Skrevet: ${path} (${plans === 1 ? '1 plan' : `${plans} planer`} talt med` +
        (skipped > 0 ? `, ${skipped === 1 ? '1 fil' : `${skipped} filer`} kunne ikke læses)` : ')'),
      skipped: (file: string, reason: string) => `Ikke talt med: ${file}: ${reason}`,
    },
  },
  en: {
    usage: `Usage: omstil <command> [options]

Commands:
  new <file.omstil> [--title T] [--example] [--lang da|en]
                       Create a new plan (--example: with the example plan's content)
  import <plan.json|plan.xlsx> <file.omstil>
                       Create a plan from a JSON file (interchange format version 1)
                       or a workbook exported with --with-plan-data
  export <file.omstil> --format pdf|docx|xlsx|csv|json|ics [--lang da|en] [--sections a,b]
         [--with-plan-data] -o <out>
                       Write the plan as PDF, Word document, spreadsheet, CSV (the activities),
                       JSON or a calendar file for Outlook (the activities and the year wheel, ics)
                       (--sections: only these sections of the PDF, e.g. summary,activities;
                       agenda adds a front page for the committee's agenda;
                       --with-plan-data: the workbook carries the whole plan's data in a
                       hidden sheet, workshop cards, votes and notes too, so that it can be
                       read into Omstil again)
  check <file.omstil>  Check that the file is a whole and valid Omstil plan
  catalog [--lang da|en] --json
                       Print the catalogue of drivers, competences and methods as JSON
  schema               Print the JSON Schema of the plan's JSON format (what import reads)
  merge <mine.omstil> <theirs.omstil> -o <out.omstil>
                       Merge two copies of one plan into a new file; conflicts keep
                       mine and are printed as JSON
  salvage <file.omstil> -o <out.omstil>
                       Make a clean copy of the data in a plan with foreign additions
                       or rows changed outside Omstil
  log-limit <file.omstil> [number]
                       Show or set how many changes the plan's change history keeps
                       (1,000–100,000); older ones are folded away when the plan closes
  workshop-summary <file.omstil> [--workshop ID] [--format pdf|text] [--lang da|en] -o <out>
                       Write the minutes of the latest (or the chosen) workshop as a
                       one-page PDF or as text (without -o: the text on screen)
  workshop-poster <file.omstil> --step ID [--paper A3|A1] [--workshop ID] -o <out.pdf>
                       Write the poster of a step of the workshop, for the wall
  trends <file-or-folder>... [--format json|pdf] [--lang da|en] [--anonymous] [-o <out>]
                       Count which drivers, competences and methods the plans use, as
                       JSON or PDF (a folder: its .omstil and .json files, not its
                       subfolders; the plans are read without being changed or locked;
                       --anonymous: without file names, organisations and people)

General options: --lang da|en (language of messages), --help, --version
Exit codes: 0 done, 1 usage error, 2 input refused.`,
    unknownCommand: (c: string) => `Unknown command "${c}". See "omstil --help".`,
    unknownOption: (o: string) => `Unknown or incomplete option ${o}. See "omstil --help".`,
    missingArgument: (what: string) => `Missing ${what}. See "omstil --help".`,
    unsupportedFormat: (f: string, supported: string) =>
      `The format "${f}" is not supported (possible: ${supported}).`,
    created: (path: string) => `Created: ${path}`,
    imported: (path: string, counts: string) => `Imported into ${path} (${counts})`,
    exported: (path: string) => `Written: ${path}`,
    checked: (path: string, title: string, counts: string) =>
      `OK: ${path} – "${title}" (${counts})`,
    counts: (c: Counts) => countsIn('en', c),
    unexpected: (m: string) => `Unexpected error: ${m}`,
    salvaged: (path: string, counts: string) => `Clean copy written: ${path} (${counts})`,
    logLimit: (path: string, limit: number) =>
      `${path}: the change history keeps the latest ${limit.toLocaleString('en-GB')} changes.`,
    logLimitDigits: (given: string) =>
      `The number "${given}" must be written in digits alone, e.g. 20000. See "omstil --help".`,
    logLimitSet: (path: string, limit: number) =>
      `Saved: the change history of ${path} now keeps the latest ${limit.toLocaleString('en-GB')} changes.`,
    leftOut: (what: string) =>
      `Not in the copy, as it was changed outside Omstil or hung on something that was: ${what}.`,
    planKept:
      'The plan’s details were changed outside Omstil too. They are in the copy as they are, so look them over.',
    sectionsOption: {
      unknown: (section: string, known: string) =>
        `There is no section "${section}" (possible: ${known}).`,
      pdfOnly: '--sections can only be used with --format pdf and --format docx.',
    },
    planDataXlsxOnly: 'The option --with-plan-data can only be used with --format xlsx.',
    calendarUndated: (count: number) =>
      count === 1
        ? '1 activity has neither a start nor an end date, so it is not in the calendar.'
        : `${count} activities have neither a start nor an end date, so they are not in the calendar.`,
    trends: {
      written: (path: string, plans: number, skipped: number) =>
        `Written: ${path} (${plans === 1 ? '1 plan' : `${plans} plans`} counted` +
        (skipped > 0
          ? `, ${skipped === 1 ? '1 file' : `${skipped} files`} could not be read)`
          : ')'),
      skipped: (file: string, reason: string) => `Not counted: ${file}: ${reason}`,
    },
  },
} satisfies Record<Language, unknown>;

export interface Counts {
  competences: number;
  methods: number;
  activities: number;
  measurements: number;
}

const COUNTED = ['competences', 'methods', 'activities', 'measurements'] as const;

/** "4 kompetencer, 3 metoder, …": the plan's lists by the names the screens give them. */
function countsIn(language: Language, counts: Counts): string {
  return COUNTED.map(
    (list) => `${counts[list]} ${LIST_LABELS[list][language].toLocaleLowerCase(language)}`,
  ).join(', ');
}

export type CliMessages = (typeof cliMessages)['da'];
