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
