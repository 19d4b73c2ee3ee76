import type { LocalizedText } from '../model/localized-text';

// Why a row of a committee's own list cannot be imported, as the dialog and the command say it.

const quoted = (value: string) => {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return { da: `»${short}«`, en: `“${short}”` };
};

export const rowMessages = {
  noTitle: {
    da: 'Rækken har ingen titel.',
    en: 'The row has no title.',
  },
  tooLong: (max: number): LocalizedText => ({
    da: `Teksten er længere end ${max} tegn.`,
    en: `The text is longer than ${max} characters.`,
  }),
  notADate: (value: string): LocalizedText => ({
    da: `${quoted(value).da} kan ikke læses som en dato. Skriv fx 31.12.2027 eller dec. 2027.`,
    en: `${quoted(value).en} cannot be read as a date. Write e.g. 31.12.2027 or Dec 2027.`,
  }),
  numberNotDate: (value: number): LocalizedText => ({
    da: `Cellen indeholder tallet ${value}, ikke en dato. Formatér kolonnen som dato i Excel, eller skriv datoen som 31.12.2027.`,
    en: `The cell holds the number ${value}, not a date. Format the column as a date in Excel, or write the date as 31.12.2027.`,
  }),
  endBeforeStart: {
    da: 'Slutdatoen ligger før startdatoen.',
    en: 'The end date is before the start date.',
  },
  notAnAmount: (value: string): LocalizedText => ({
    da: `${quoted(value).da} kan ikke læses som et beløb i kroner. Skriv fx 12.500 kr. eller 12500,50.`,
    en: `${quoted(value).en} cannot be read as an amount in kroner. Write e.g. 12.500 kr. or 12500,50.`,
  }),
  notACount: (value: string): LocalizedText => ({
    da: `${quoted(value).da} er ikke et antal deltagere (et helt tal, 0 eller derover).`,
    en: `${quoted(value).en} is not a number of participants (a whole number, 0 or more).`,
  }),
  unknownStatus: (value: string): LocalizedText => ({
    da: `Statussen ${quoted(value).da} kendes ikke. Brug Idé, Planlagt, I gang, Gennemført eller Aflyst.`,
    en: `The status ${quoted(value).en} is not known. Use Idea, Planned, In progress, Done or Cancelled.`,
  }),
  unknownOwner: (value: string): LocalizedText => ({
    da: `Ansvarlig ${quoted(value).da} er ikke medlem af udvalget i planen, og nye navne skulle ikke oprettes.`,
    en: `Owner ${quoted(value).en} is not a committee member in the plan, and new names were not to be created.`,
  }),
  unknownCompetence: (value: string): LocalizedText => ({
    da: `Kompetencen ${quoted(value).da} findes ikke i planen, og nye navne skulle ikke oprettes.`,
    en: `The competence ${quoted(value).en} is not in the plan, and new names were not to be created.`,
  }),
  totalsRow: {
    da: 'Rækken er en sumrække (»I alt«) og ikke en indsats.',
    en: 'The row is a totals row (“Total”), not an activity.',
  },
  noteUnderTotals: {
    da: 'Rækken står under sumrækken og er en bemærkning til tabellen, ikke en indsats.',
    en: 'The row is below the totals row and is a note on the table, not an activity.',
  },
  unknownTargetGroup: (value: string): LocalizedText => ({
    da: `Målgruppen ${quoted(value).da} findes ikke i planen, og nye navne skulle ikke oprettes.`,
    en: `The target group ${quoted(value).en} is not in the plan, and new names were not to be created.`,
  }),
};

export const workbookMessages = {
  unknownSheet: (name: string): LocalizedText => ({
    da: `Projektmappen har intet ark ved navn »${name}«. Vælg arket på listen.`,
    en: `The workbook has no sheet called “${name}”. Choose the sheet from the list.`,
  }),
  notAWorkbook: (name: string): LocalizedText => ({
    da: `»${name}« kan ikke læses som en Excel-projektmappe (.xlsx). Gem den som .xlsx i Excel, og prøv igen.`,
    en: `“${name}” cannot be read as an Excel workbook (.xlsx). Save it as .xlsx in Excel and try again.`,
  }),
  noPlanInWorkbook: (name: string): LocalizedText => ({
    da: `»${name}« rummer ingen plandata fra Omstil og kan derfor ikke læses ind som en plan. Indsatser fra et regneark hentes ind i en åben plan med »Importér fra Excel …« på skærmen Indsatser.`,
    en: `“${name}” carries no plan data from Omstil, so it cannot be read in as a plan. Activities from a spreadsheet are brought into an open plan with “Import from Excel …” on the Activities screen.`,
  }),
  /** A workbook Omstil wrote without »Medtag planens data …«: it shows the plan, it does not carry it. */
  exportedWithoutPlanData: (name: string): LocalizedText => ({
    da: `»${name}« er eksporteret fra Omstil uden planens data og kan derfor ikke læses ind som en plan. Eksportér planen igen med »Medtag planens data, så filen kan læses ind i Omstil igen«, eller hent indsatserne ind i en åben plan med »Importér fra Excel …« på skærmen Indsatser.`,
    en: `“${name}” was exported from Omstil without the plan’s data, so it cannot be read in as a plan. Export the plan again with “Include the plan’s data so the file can be read into Omstil again”, or bring the activities into an open plan with “Import from Excel …” on the Activities screen.`,
  }),
  noTitleColumn: {
    da: 'Vælg den kolonne, der rummer aktiviteternes titler.',
    en: 'Choose the column that holds the activities’ titles.',
  },
} satisfies Record<string, LocalizedText | ((...args: never[]) => LocalizedText)>;
