import { COMMAND_LABELS } from '../../../shared/i18n/command-labels';
import { pickLabels } from '../../../shared/i18n/localized';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The commands the editor shares with the desktop program's menu. */
function shared(language: Language) {
  return {
    history: pickLabels(language, COMMAND_LABELS, ['undo', 'redo']),
    deleted: pickLabels(language, COMMAND_LABELS, ['undo']),
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/** Texts of the editor part of the interface. Danish is the original; English has the same keys. */
export const editorDa = {
  fields: {
    required: 'Feltet skal udfyldes.',
    notANumber: 'Skriv et tal, fx 1.250.000 eller 2,5.',
    wholeNumber: 'Skriv et helt tal.',
    numberRange: 'Skriv et tal fra {{min}} til {{max}}.',
    numberMin: 'Skriv et tal på {{min}} eller mere.',
    numberMax: 'Skriv et tal på højst {{max}}.',
    invalidDate: 'Skriv datoen som dd.mm.åååå, fx 31.12.2027.',
    noSuchDate: 'Den dato findes ikke. Skriv datoen som dd.mm.åååå, fx 31.12.2027.',
    multilineHint: 'Ctrl+Enter gemmer. Esc fortryder ændringen.',
    remove: 'Fjern',
    removeItem: 'Fjern «{{name}}»',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    moveUpItem: 'Flyt «{{name}}» op',
    moveDownItem: 'Flyt «{{name}}» ned',
    add: 'Tilføj',
    chosenEmpty: 'Ingen valgt endnu.',
    listEmpty: 'Listen er tom.',
    itemLabel: 'Punkt {{number}}',
    comboboxHint: 'Skriv for at søge. Vælg med pil op og ned, og tilføj med Enter.',
    noMatches: 'Ingen at vælge',
    matches_one: '{{count}} at vælge imellem',
    matches_other: '{{count}} at vælge imellem',
    added: '«{{name}}» er tilføjet.',
    removed: '«{{name}}» er fjernet.',
    moved: '«{{name}}» er nu nummer {{position}} af {{count}}.',
  },
  datePicker: {
    open: 'Vælg dato i kalenderen: {{label}}',
    openShort: 'Åbn kalenderen',
    dialog: 'Kalender: {{label}}',
    previousMonth: 'Forrige måned',
    nextMonth: 'Næste måned',
    close: 'Luk kalenderen',
    keys: 'Pilene flytter en dag eller en uge, Page Up og Page Down en måned. Enter vælger datoen.',
    today: 'i dag',
  },
  save: {
    saving: 'Gemmer …',
    saved: 'Gemt',
    failed: 'Ikke gemt',
    savedHint: 'Alle ændringer er gemt i filen.',
  },
  history: {
    ...sharedDa.history,
    undoShortcut: 'Fortryd (Ctrl+Z)',
    redoShortcut: 'Gentag (Ctrl+Shift+Z)',
  },
  deleted: {
    ...sharedDa.deleted,
    member: 'Medlemmet «{{title}}» er slettet.',
    targetGroup: 'Målgruppen «{{title}}» er slettet.',
    driver: 'Baggrunden «{{title}}» er slettet.',
    competence: 'Kompetencen «{{title}}» er slettet.',
    method: 'Metoden «{{title}}» er slettet.',
    activity: 'Indsatsen «{{title}}» er slettet.',
    measurement: 'Målingen «{{title}}» er slettet.',
    yearItem: 'Punktet «{{title}}» er slettet fra årshjulet.',
    statusSnapshot: 'Statusmarkeringen «{{title}}» er slettet.',
    evaluation: 'Evalueringen «{{title}}» er slettet.',
    undoItem: 'Fortryd sletningen af «{{title}}»',
    dismiss: 'Luk beskeden',
  },
};

export const editorEn: Texts<typeof editorDa> = {
  fields: {
    required: 'This field is required.',
    notANumber: 'Enter a number, e.g. 1,250,000 or 2.5.',
    wholeNumber: 'Enter a whole number.',
    numberRange: 'Enter a number from {{min}} to {{max}}.',
    numberMin: 'Enter a number of {{min}} or more.',
    numberMax: 'Enter a number of at most {{max}}.',
    invalidDate: 'Enter the date as dd.mm.yyyy, e.g. 31.12.2027.',
    noSuchDate: 'There is no such date. Enter the date as dd.mm.yyyy, e.g. 31.12.2027.',
    multilineHint: 'Ctrl+Enter saves. Esc undoes the change.',
    remove: 'Remove',
    removeItem: 'Remove “{{name}}”',
    moveUp: 'Move up',
    moveDown: 'Move down',
    moveUpItem: 'Move “{{name}}” up',
    moveDownItem: 'Move “{{name}}” down',
    add: 'Add',
    chosenEmpty: 'None chosen yet.',
    listEmpty: 'The list is empty.',
    itemLabel: 'Item {{number}}',
    comboboxHint: 'Type to search. Choose with the up and down arrows, and add with Enter.',
    noMatches: 'Nothing to choose',
    matches_one: '{{count}} to choose from',
    matches_other: '{{count}} to choose from',
    added: '“{{name}}” was added.',
    removed: '“{{name}}” was removed.',
    moved: '“{{name}}” is now number {{position}} of {{count}}.',
  },
  datePicker: {
    open: 'Choose a date in the calendar: {{label}}',
    openShort: 'Open the calendar',
    dialog: 'Calendar: {{label}}',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    close: 'Close the calendar',
    keys: 'The arrows move a day or a week, Page Up and Page Down a month. Enter chooses the date.',
    today: 'today',
  },
  save: {
    saving: 'Saving …',
    saved: 'Saved',
    failed: 'Not saved',
    savedHint: 'Every change is saved in the file.',
  },
  history: {
    ...sharedEn.history,
    undoShortcut: 'Undo (Ctrl+Z)',
    redoShortcut: 'Redo (Ctrl+Shift+Z)',
  },
  deleted: {
    ...sharedEn.deleted,
    member: 'The member “{{title}}” was deleted.',
    targetGroup: 'The target group “{{title}}” was deleted.',
    driver: 'The driver “{{title}}” was deleted.',
    competence: 'The competence “{{title}}” was deleted.',
    method: 'The method “{{title}}” was deleted.',
    activity: 'The activity “{{title}}” was deleted.',
    measurement: 'The measurement “{{title}}” was deleted.',
    yearItem: 'The item “{{title}}” was deleted from the year wheel.',
    statusSnapshot: 'The status snapshot “{{title}}” was deleted.',
    evaluation: 'The evaluation “{{title}}” was deleted.',
    undoItem: 'Undo the deletion of “{{title}}”',
    dismiss: 'Close the message',
  },
};
