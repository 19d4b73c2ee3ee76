import type { LocalizedText } from '../model/localized-text';

const answers = (n: number): LocalizedText => ({
  da: `${n} ${n === 1 ? 'besvarelse' : 'besvarelser'}`,
  en: `${n} ${n === 1 ? 'response' : 'responses'}`,
});

// What the program says when a survey's figures for a group are not kept, or cannot be read.
export const surveyMessages = {
  tooFew: (respondents: number, threshold: number): LocalizedText => ({
    da: `Gemmes ikke: gruppen har kun ${answers(respondents).da}, og planens anonymitetsgrænse er ${threshold}. I så lille en gruppe kan man regne ud, hvem der har svaret hvad.`,
    en: `Not kept: the group has only ${answers(respondents).en}, and the plan’s anonymity threshold is ${threshold}. In a group that small, one can work out who answered what.`,
  }),
  noColumn: {
    da: 'Kolonnen findes ikke i filen. Læs filen igen.',
    en: 'The column is not in the file. Read the file again.',
  } satisfies LocalizedText,
  groupIsQuestion: {
    da: 'Målgruppekolonnen kan ikke også være et spørgsmål.',
    en: 'The target group column cannot also be a question.',
  } satisfies LocalizedText,
  nothingKept: {
    da: 'Ingen gruppe har besvarelser nok til at blive gemt, så der er intet at indlæse.',
    en: 'No group has enough responses to be kept, so there is nothing to import.',
  } satisfies LocalizedText,
  notASurvey: {
    da: 'Filen er ikke en CSV- eller Excel-fil (.csv eller .xlsx).',
    en: 'The file is not a CSV or Excel file (.csv or .xlsx).',
  } satisfies LocalizedText,
  tooLarge: (megabytes: number): LocalizedText => ({
    da: `Filen er større end ${megabytes} MB og er ikke et udtræk af besvarelser.`,
    en: `The file is larger than ${megabytes} MB and is not an export of responses.`,
  }),
  empty: {
    da: 'Filen har ingen besvarelser: den skal have en overskriftsrække og en række pr. besvarelse.',
    en: 'The file has no responses: it must have a header row and one row per response.',
  } satisfies LocalizedText,
};
