import { labelsIn } from '../../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../../shared/i18n/pdf-sections';
import type { Texts } from '../texts';

/** Texts of exporting the plan: the export dialog and the PDF's preview. */
export const exportDa = {
  action: 'Eksportér …',
  title: 'Eksportér planen',
  intro:
    'Gem planen som en fil, I kan sende til ledelsen eller vedlægge referatet. PDF er til at læse og udskrive, Word-dokumentet til at rette i, og regneark og data til videre arbejde.',
  format: {
    legend: 'Filtype',
    pdf: 'PDF-dokument',
    pdfHint: 'Til ledelsen og referatet, klar til at udskrive',
    docx: 'Word-dokument',
    docxHint: 'Med PDF’ens afsnit, til at rette i eller sætte ind i jeres egen skabelon',
    xlsx: 'Excel-regneark',
    xlsxHint: 'Ét ark pr. del af planen, med filtre',
    csv: 'CSV-fil',
    csvHint: 'Indsatserne, til Excel med semikolon',
    json: 'JSON-fil',
    jsonHint: 'Hele planen som data, til at indlæse i Omstil igen',
    ics: 'Kalenderfil til Outlook (.ics)',
    icsHint:
      'Indsatserne og årshjulet som heldagsaftaler. Indlæses en nyere fil, opdateres aftalerne i stedet for at komme to gange.',
  },
  sections: {
    legend: 'Afsnit i PDF’en',
    legendDocx: 'Afsnit i Word-dokumentet',
    hint: 'Valget huskes for denne plan.',
    all: 'Vælg alle',
    none: 'Vælg ingen',
    noneChosen: 'Vælg mindst ét afsnit.',
    labels: labelsIn('da', PDF_SECTION_LABELS),
  },
  /** The workbook's hidden copy of the plan (xlsfix). */
  planData: {
    label: 'Medtag planens data, så filen kan læses ind i Omstil igen',
    hint: 'Hele planen gemmes usynligt i regnearket, også workshoppens kort, hvem der har stemt, og noterne.',
  },
  agenda: {
    label: 'Indstilling til samarbejdsudvalget',
    hint: 'Hvad udvalget skal tage stilling til, fx at det godkender planen og budgettet. Teksten gemmes i planen og står på forsiden til dagsordenen, hvem der end udskriver den.',
  },
  language: {
    label: 'Sprog i overskrifter og tabeller',
    hint: 'Planens egne tekster står, som de er skrevet.',
  },
  path: {
    label: 'Gem som',
    hint: 'Den fulde sti med filnavn',
    required: 'Skriv, hvor filen skal gemmes.',
  },
  save: 'Gem',
  saving: 'Gemmer filen …',
  savedAs: 'Gemt som {{path}}',
  savedPages_one: 'PDF’en har {{count}} side.',
  savedPages_other: 'PDF’en har {{count}} sider.',
  print: 'Udskriv …',
  printHint: 'Åbner PDF’en i computerens PDF-læser, hvorfra den udskrives.',
  close: 'Luk',
  calendar: {
    holds: 'Kalenderfilen får disse heldagsaftaler:',
    activities_one: '{{count}} indsats, fra første til sidste dag',
    activities_other: '{{count}} indsatser, hver fra første til sidste dag',
    yearItems_one: '{{count}} punkt fra årshjulet, i sin måned',
    yearItems_other: '{{count}} punkter fra årshjulet, hver i sin måned',
    leftOut_one:
      '{{count}} indsats har hverken start- eller slutdato og er derfor ikke med i kalenderen.',
    leftOut_other:
      '{{count}} indsatser har hverken start- eller slutdato og er derfor ikke med i kalenderen.',
  },
  error: {
    heading: 'Filen blev ikke gemt',
    fileInUse:
      'Er filen åben i et andet program, fx en PDF-læser eller Excel, så luk den dér og prøv igen.',
  },
  preview: {
    heading: 'Forhåndsvisning',
    loading: 'Laver forhåndsvisning …',
    failed: 'Forhåndsvisningen kunne ikke laves.',
    firstPages: 'De første {{shown}} af {{count}} sider',
    page: 'Side {{page}} af {{count}}',
    noSections: 'Vælg et afsnit for at se en forhåndsvisning.',
    otherFormat:
      'Der er forhåndsvisning af PDF’en. Word-dokumenter, regneark og data åbnes i deres egne programmer.',
  },
};

export const exportEn: Texts<typeof exportDa> = {
  action: 'Export …',
  title: 'Export the plan',
  intro:
    'Save the plan as a file to send to management or attach to the minutes. A PDF is for reading and printing, a Word document for editing, and a spreadsheet or data file for further work.',
  format: {
    legend: 'File type',
    pdf: 'PDF document',
    pdfHint: 'For management and the minutes, ready to print',
    docx: 'Word document',
    docxHint: 'With the PDF’s sections, to edit or paste into your own template',
    xlsx: 'Excel workbook',
    xlsxHint: 'One sheet per part of the plan, with filters',
    csv: 'CSV file',
    csvHint: 'The activities, for Excel with semicolons',
    json: 'JSON file',
    jsonHint: 'The whole plan as data, to import into Omstil again',
    ics: 'Calendar file for Outlook (.ics)',
    icsHint:
      'The activities and the year wheel as all-day events. Importing a newer file updates the events instead of adding them twice.',
  },
  sections: {
    legend: 'Sections of the PDF',
    legendDocx: 'Sections of the Word document',
    hint: 'The choice is remembered for this plan.',
    all: 'Select all',
    none: 'Select none',
    noneChosen: 'Choose at least one section.',
    labels: labelsIn('en', PDF_SECTION_LABELS),
  },
  planData: {
    label: 'Include the plan’s data so the file can be read into Omstil again',
    hint: 'The whole plan is kept out of sight in the workbook, including the workshop’s cards, who voted and the notes.',
  },
  agenda: {
    label: 'What the committee is asked to decide',
    hint: 'For example that it approves the plan and its budget. The text is kept in the plan and printed on the front page for the agenda, whoever prints it.',
  },
  language: {
    label: 'Language of headings and tables',
    hint: 'The plan’s own texts stay as written.',
  },
  path: {
    label: 'Save as',
    hint: 'The full path with the file name',
    required: 'Write where the file is to be saved.',
  },
  save: 'Save',
  saving: 'Saving the file …',
  savedAs: 'Saved as {{path}}',
  savedPages_one: 'The PDF has {{count}} page.',
  savedPages_other: 'The PDF has {{count}} pages.',
  print: 'Print …',
  printHint: 'Opens the PDF in the computer’s PDF reader, from where it is printed.',
  close: 'Close',
  calendar: {
    holds: 'The calendar file will hold these all-day events:',
    activities_one: '{{count}} activity, from its first to its last day',
    activities_other: '{{count}} activities, each from its first to its last day',
    yearItems_one: '{{count}} item of the year wheel, in its month',
    yearItems_other: '{{count}} items of the year wheel, each in its month',
    leftOut_one:
      '{{count}} activity has neither a start nor an end date, so it is not in the calendar.',
    leftOut_other:
      '{{count}} activities have neither a start nor an end date, so they are not in the calendar.',
  },
  error: {
    heading: 'The file was not saved',
    fileInUse:
      'If the file is open in another program, such as a PDF reader or Excel, close it there and try again.',
  },
  preview: {
    heading: 'Preview',
    loading: 'Making the preview …',
    failed: 'The preview could not be made.',
    firstPages: 'The first {{shown}} of {{count}} pages',
    page: 'Page {{page}} of {{count}}',
    noSections: 'Choose a section to see a preview.',
    otherFormat:
      'There is a preview of the PDF. Word documents, spreadsheets and data open in their own programs.',
  },
};
