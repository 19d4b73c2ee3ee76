import { COMMAND_LABELS } from '../../../shared/i18n/command-labels';
import { COMMON_WORDS } from '../../../shared/i18n/common-words';
import { ENTITY_NAMES } from '../../../shared/i18n/entity-labels';
import { fieldLabelsIn } from '../../../shared/i18n/field-labels';
import { labelsIn } from '../../../shared/i18n/localized';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words this namespace shares with the menu, the other screens and the exports. */
function shared(language: Language) {
  return {
    merge: { action: COMMAND_LABELS.mergeCopy[language] },
    values: { notSet: COMMON_WORDS.notSet[language] },
    kinds: labelsIn(language, ENTITY_NAMES),
    fields: fieldLabelsIn(language),
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/**
 * Texts of sharing a plan: locks, copies, clean copies and merging two copies. Danish is the
 * original; English has the same keys.
 */
export const sharingDa = {
  lock: {
    oldLock:
      'Planen har været åben dér i mere end 12 timer, så den er sandsynligvis blevet glemt åben.',
    actionsLabel: 'Hvad vil du gøre?',
    openCopy: 'Åbn en kopi',
    takeOver: 'Overtag',
    unknownUser: 'en ukendt bruger',
    unknownMachine: 'en ukendt computer',
  },
  takeOver: {
    title: 'Overtag planen?',
    holder: 'Planen er åben hos {{user}} på {{machine}}.',
    holderSince: 'Planen er åben hos {{user}} på {{machine}} siden {{since}}.',
    risk: 'Overtag kun planen, hvis du er sikker på, at den ikke længere er i brug dér – fx fordi du har talt med {{user}}. Er planen stadig i brug, kan {{user}} ikke gemme flere ændringer, og en ændring, der er ved at blive skrevet dér, går tabt.',
    alternative: 'Er du i tvivl, så vælg »Åbn en kopi« i stedet. Kopier kan flettes sammen senere.',
    confirm: 'Overtag planen',
  },
  paths: {
    pathHint: 'Den fulde sti med filnavn, der slutter på .omstil',
    pathRequired: 'Skriv, hvor filen ligger.',
    copyFileName: '{{name}} (kopi)',
    mergedFileName: '{{name}} (flettet)',
    cleanFileName: '{{name}} (ren kopi)',
    openCopy: {
      title: 'Åbn en kopi af planen',
      intro:
        'Kopien gemmes, hvor du angiver, og åbnes, så du kan arbejde videre i den. Den oprindelige plan bliver ikke ændret.',
      pathLabel: 'Gem kopien som',
      submit: 'Gem og åbn kopien',
    },
    mergeTheirs: {
      title: 'Flet med en kopi',
      intro:
        'Angiv den kopi af planen, du vil flette med – fx en, som en kollega har sendt dig. Ingen af de to filer bliver ændret; resultatet gemmes som en ny plan.',
      pathLabel: 'Kopien, der skal flettes med',
      submit: 'Sammenlign',
    },
    salvage: {
      title: 'Gem en ren kopi af planens indhold',
      intro:
        'Omstil læser planens indhold fra filen og gemmer det som en ny, ren plan, som åbnes bagefter. Den oprindelige fil bliver ikke ændret.',
      sourceLabel: 'Planen, der ikke kunne åbnes',
      sourceHint: 'Den fulde sti til filen, fx den du lige har prøvet at åbne',
      pathLabel: 'Gem den rene kopi som',
      submit: 'Gem og åbn den rene kopi',
    },
    cleanCopy: {
      title: 'Lav en ren kopi uden de ændrede oplysninger',
      intro:
        'Omstil gemmer planens indhold som en ny plan uden de oplysninger, der er ændret uden for Omstil, og uden det, der hænger på dem. Den nye plan åbnes bagefter. Den oprindelige fil bliver ikke ændret.',
      pathLabel: 'Gem den rene kopi som',
      submit: 'Gem og åbn den rene kopi',
    },
  },
  salvage: {
    heading: 'Planen kan ikke åbnes til redigering',
    text: 'Filen indeholder noget, som Omstil ikke selv har skrevet. Omstil kan i stedet gemme en ren kopi af planens indhold som en ny plan, du kan arbejde videre i. Den oprindelige fil bliver ikke ændret.',
    changedHeading: 'Planen kan ikke åbnes',
    changedText:
      'Planen er ændret uden for Omstil og følger ikke længere Omstils regler. Omstil kan i stedet gemme en ren kopi uden de ændrede oplysninger som en ny plan, du kan arbejde videre i. Den oprindelige fil bliver ikke ændret.',
    action: 'Gem en ren kopi af planens indhold…',
    dismiss: 'Luk beskeden',
  },
  outside: {
    heading: 'Planen er ændret uden for Omstil',
    actionsLabel: 'Hvad vil du gøre med planen?',
    cleanCopy: 'Lav en ren kopi…',
    accept: 'Godkend indholdet…',
    confirmTitle: 'Godkend indholdet, som det er?',
    confirmWhat:
      'Planens indhold, som det ligger i filen nu, bliver til planen, og du kan redigere i den igen.',
    confirmRisk:
      'Ændringerne er ikke foretaget i Omstil, og Omstil kan ikke kontrollere, om de er rigtige. Godkend kun indholdet, hvis du ved, hvem der har ændret filen og hvorfor – fx fordi du selv har rettet den med et andet program.',
    confirmFinal:
      'Godkendelsen kan ikke fortrydes: Bagefter kan Omstil ikke længere se, hvad der blev ændret. Er du i tvivl, så vælg »Lav en ren kopi« i stedet.',
    confirm: 'Godkend indholdet',
  },
  merge: {
    ...sharedDa.merge,
    title: 'Flet med en kopi',
    mineFile: 'Din plan',
    theirsFile: 'Den anden kopi',
    takenNone: 'Den anden kopi har ingen ændringer, som din plan ikke allerede har.',
    taken_one: 'Én ændring fra den anden kopi kommer med uden videre.',
    taken_other: '{{count}} ændringer fra den anden kopi kommer med uden videre.',
    noConflicts: 'Der er ingen konflikter: De to kopier har ikke ændret det samme forskelligt.',
    noSharedHistory:
      'Kopierne kan ikke sammenlignes ændring for ændring: Den ene kopi blev lavet for så mange ændringer siden, at Omstil ikke længere gemmer historikken fra dengang, og Omstil kan derfor ikke se, hvem af jer der har ændret hvad. Alle felter, der er forskellige, vises som konflikter, og det, der kun findes i den ene kopi, kommer med i den flettede plan – også hvis det er slettet i den anden. Gennemgå konflikterne, før du fletter.',
    conflicts_one:
      'Én ting er ændret forskelligt i de to kopier. Vælg, hvilken version der skal med i den flettede plan.',
    conflicts_other:
      '{{count}} ting er ændret forskelligt i de to kopier. Vælg for hver af dem, hvilken version der skal med i den flettede plan.',
    listLabel: 'Konflikter',
    chooseAllMine: 'Vælg min version for alle',
    chooseAllTheirs: 'Vælg den anden kopis for alle',
    resolved: '{{done}} af {{total}} konflikter er afgjort.',
    mine: 'Min version',
    theirs: 'Den anden kopis version',
    entity: '{{kind}} »{{title}}«',
    measurementTitle: '{{competence}}, {{date}}',
    untitled: 'uden titel',
    deletedByMine: 'Slettet i din plan, ændret i den anden kopi.',
    deletedByTheirs: 'Ændret i din plan, slettet i den anden kopi.',
    sameYear:
      'Begge kopier har en årlig evaluering for {{year}}. Vælg den, der skal med i den flettede plan. Den anden kommer ikke med, men findes stadig i sin kopi.',
    deleted: 'Slettet',
    keptWithChanges: 'Bevaret med disse oplysninger:',
    unknownField: 'Feltet »{{field}}«',
    outLabel: 'Gem den flettede plan som',
    outHint: 'Den fulde sti med filnavn, der slutter på .omstil. Filen må ikke findes i forvejen.',
    finish: 'Flet og åbn',
    finishNative: 'Flet…',
    missingChoice: 'Vælg en version.',
    unresolved_one:
      'Én konflikt mangler et valg. Vælg min version eller den anden kopis, før du fletter.',
    unresolved_other:
      '{{count}} konflikter mangler et valg. Vælg min version eller den anden kopis for hver, før du fletter.',
    outdated:
      'Planerne er blevet ændret, siden de blev sammenlignet, så Omstil har sammenlignet dem igen. Se konflikterne igennem, og flet igen. Dine valg er bevaret, hvor konflikten stadig findes.',
    dateOrder:
      'Med de valgte versioner kommer en slutdato til at ligge før startdatoen. Vælg den samme version for start- og slutdatoen.',
    dateOrderField: 'Vælg den samme version som for den anden dato.',
    problemHeading: 'Planerne er ikke flettet',
  },
  notice: {
    takenOver: 'Du har overtaget planen og kan nu ændre den.',
    copyOpened: 'Du arbejder nu i en kopi: {{path}}. Den oprindelige plan er ikke ændret.',
    salvaged: 'Den rene kopi er gemt og åbnet: {{path}}. Den oprindelige fil er ikke ændret.',
    accepted: 'Indholdet er godkendt, som det er, og du kan nu redigere planen.',
    merged: 'Den flettede plan er gemt og åbnet: {{path}}. Ingen af de to kopier er ændret.',
    dismiss: 'Luk beskeden',
  },
  teamPlan: {
    action: COMMAND_LABELS.fileTeamPlan.da,
    title: 'Indsæt et teams plan',
    intro:
      'Vælg den plan, et team har lavet ved sin gruppeudviklingssamtale (GRUS) – den fil, teamet har gemt eller eksporteret fra Omstil. Teamet, dets kompetencer, metoder og indsatser indsættes i denne plan. Det, planen allerede har, genkendes og kommer ikke med to gange. Teamets fil bliver kun læst og ændres ikke.',
    pathLabel: 'Teamets plan',
    pathHint: 'Den fulde sti til filen. Navnet ender på .omstil eller .json.',
    pathRequired: 'Angiv stien til teamets plan.',
    read: 'Læs teamets plan',
    file: 'Indsæt i planen',
    otherFile: 'Vælg en anden fil …',
    from: 'Teamets plan: »{{title}}« ({{name}})',
    teamLabel: 'Teamet',
    teamHint: 'Den målgruppe i teamets plan, som er teamet.',
    teamFromWorkshop:
      'Den målgruppe i teamets plan, som teamworkshoppen var for. Du kan vælge en anden.',
    chooseTeam: 'Vælg teamet',
    summary: 'Tilføjes: {{added}}. Findes allerede i planen: {{found}}.',
    added: 'Tilføjes',
    found: 'Findes allerede i planen',
    nothingAdded: 'Intet – planen har det hele i forvejen.',
    nothingFound: 'Intet – det hele er nyt for planen.',
    reason: {
      'same-entry': 'samme post (teamets plan er en kopi af denne plan)',
      'catalog-key': 'samme punkt i kataloget',
      'same-name': 'samme navn',
      'same-title': 'samme titel',
      sameTitleActivity: 'samme titel under samme kompetence',
    },
    planTitle: 'i planen: »{{title}}«',
    newLinks:
      'Forbindelser, der knyttes til poster, som planen allerede har (fx en kompetence til teamet): {{count}}.',
    filed:
      'Teamets plan er indsat: {{added}} tilføjet, {{found}} fandtes allerede i planen. Vælg Fortryd (Ctrl+Z), hvis det hele skal tages tilbage.',
    filedDetails: 'Se, hvad der blev tilføjet, og hvad der fandtes i forvejen',
  },
  error: {
    heading: 'Det lykkedes ikke',
  },
  values: {
    ...sharedDa.values,
    empty: 'Tom',
    otherCopyOnly: 'Findes kun i den anden kopi',
    ownEntry: 'Eget punkt (ikke fra kataloget)',
    level: 'Niveau {{level}}',
  },
  kinds: sharedDa.kinds,
  /** The model's field names (camelCase) with the labels the editor gives them. */
  fields: sharedDa.fields,
};

export const sharingEn: Texts<typeof sharingDa> = {
  lock: {
    oldLock: 'The plan has been open there for more than 12 hours, so it was probably left open.',
    actionsLabel: 'What do you want to do?',
    openCopy: 'Open a copy',
    takeOver: 'Take over',
    unknownUser: 'an unknown user',
    unknownMachine: 'an unknown computer',
  },
  takeOver: {
    title: 'Take over the plan?',
    holder: 'The plan is open by {{user}} on {{machine}}.',
    holderSince: 'The plan is open by {{user}} on {{machine}} since {{since}}.',
    risk: 'Only take over the plan if you are sure it is no longer in use there – for instance because you have spoken to {{user}}. If the plan is still in use, {{user}} cannot save any more changes, and a change being typed there is lost.',
    alternative: 'If in doubt, choose "Open a copy" instead. Copies can be merged later.',
    confirm: 'Take over the plan',
  },
  paths: {
    pathHint: 'The full path with a file name ending in .omstil',
    pathRequired: 'Enter where the file is.',
    copyFileName: '{{name}} (copy)',
    mergedFileName: '{{name}} (merged)',
    cleanFileName: '{{name}} (clean copy)',
    openCopy: {
      title: 'Open a copy of the plan',
      intro:
        'The copy is saved where you say and opened, so you can work on in it. The original plan is not changed.',
      pathLabel: 'Save the copy as',
      submit: 'Save and open the copy',
    },
    mergeTheirs: {
      title: 'Merge with a copy',
      intro:
        'Enter the copy of the plan to merge with – for instance one a colleague sent you. Neither file is changed; the result is saved as a new plan.',
      pathLabel: 'The copy to merge with',
      submit: 'Compare',
    },
    salvage: {
      title: 'Save a clean copy of the plan’s contents',
      intro:
        'Omstil reads the plan’s contents from the file and saves them as a new, clean plan, which is then opened. The original file is not changed.',
      sourceLabel: 'The plan that could not be opened',
      sourceHint: 'The full path to the file, e.g. the one you just tried to open',
      pathLabel: 'Save the clean copy as',
      submit: 'Save and open the clean copy',
    },
    cleanCopy: {
      title: 'Make a clean copy without the changed entries',
      intro:
        'Omstil saves the plan’s contents as a new plan, without the entries changed outside Omstil and without what depends on them. The new plan is then opened. The original file is not changed.',
      pathLabel: 'Save the clean copy as',
      submit: 'Save and open the clean copy',
    },
  },
  salvage: {
    heading: 'The plan cannot be opened for editing',
    text: 'The file contains something Omstil did not write itself. Instead, Omstil can save a clean copy of the plan’s contents as a new plan you can work on. The original file is not changed.',
    changedHeading: 'The plan cannot be opened',
    changedText:
      'The plan was changed outside Omstil and no longer keeps to Omstil’s rules. Instead, Omstil can save a clean copy without the changed entries as a new plan you can work on. The original file is not changed.',
    action: 'Save a clean copy of the plan’s contents…',
    dismiss: 'Dismiss',
  },
  outside: {
    heading: 'The plan was changed outside Omstil',
    actionsLabel: 'What do you want to do with the plan?',
    cleanCopy: 'Make a clean copy…',
    accept: 'Accept the content…',
    confirmTitle: 'Accept the content as it is?',
    confirmWhat:
      'The plan’s content, as it is in the file now, becomes the plan, and you can edit it again.',
    confirmRisk:
      'The changes were not made in Omstil, and Omstil cannot check whether they are right. Only accept the content if you know who changed the file and why – for instance because you corrected it yourself with another program.',
    confirmFinal:
      'Accepting cannot be undone: afterwards Omstil can no longer tell what was changed. If in doubt, choose "Make a clean copy" instead.',
    confirm: 'Accept the content',
  },
  merge: {
    ...sharedEn.merge,
    title: 'Merge with a copy',
    mineFile: 'Your plan',
    theirsFile: 'Their copy',
    takenNone: 'Their copy has no changes that your plan does not already have.',
    taken_one: 'One change from their copy is taken as it is.',
    taken_other: '{{count}} changes from their copy are taken as they are.',
    noConflicts:
      'There are no conflicts: the two copies have not changed the same thing differently.',
    noSharedHistory:
      'The copies cannot be compared change by change: one of them was made so many changes ago that Omstil no longer keeps the history from then, so it cannot tell which of you changed what. Every field that differs is shown as a conflict, and anything only one copy has goes into the merged plan – even if it was deleted in the other. Look through the conflicts before you merge.',
    conflicts_one:
      'One thing was changed differently in the two copies. Choose which version goes into the merged plan.',
    conflicts_other:
      '{{count}} things were changed differently in the two copies. For each, choose which version goes into the merged plan.',
    listLabel: 'Conflicts',
    chooseAllMine: 'Choose my version for all',
    chooseAllTheirs: 'Choose theirs for all',
    resolved: '{{done}} of {{total}} conflicts decided.',
    mine: 'My version',
    theirs: 'Their version',
    entity: '{{kind}} “{{title}}”',
    measurementTitle: '{{competence}}, {{date}}',
    untitled: 'untitled',
    deletedByMine: 'Deleted in your copy, changed in theirs.',
    deletedByTheirs: 'Changed in your copy, deleted in theirs.',
    sameYear:
      'Both copies have an annual evaluation for {{year}}. Choose the one that goes into the merged plan. The other is left out but is still in its own copy.',
    deleted: 'Deleted',
    keptWithChanges: 'Kept with these details:',
    unknownField: 'The field “{{field}}”',
    outLabel: 'Save the merged plan as',
    outHint: 'The full path with a file name ending in .omstil. The file must not exist already.',
    finish: 'Merge and open',
    finishNative: 'Merge…',
    missingChoice: 'Choose a version.',
    unresolved_one: 'One conflict still needs a choice. Choose my or their version before merging.',
    unresolved_other:
      '{{count}} conflicts still need a choice. Choose my or their version for each before merging.',
    outdated:
      'The plans have changed since they were compared, so Omstil compared them again. Look through the conflicts and merge again. Your choices are kept where the conflict is still there.',
    dateOrder:
      'With the versions chosen, an end date would come before its start date. Choose the same version for the start and the end date.',
    dateOrderField: 'Choose the same version as for the other date.',
    problemHeading: 'The plans were not merged',
  },
  notice: {
    takenOver: 'You have taken over the plan and can now change it.',
    copyOpened: 'You are now working in a copy: {{path}}. The original plan was not changed.',
    salvaged: 'The clean copy was saved and opened: {{path}}. The original file was not changed.',
    accepted: 'The content was accepted as it is, and you can now edit the plan.',
    merged: 'The merged plan was saved and opened: {{path}}. Neither copy was changed.',
    dismiss: 'Dismiss',
  },
  teamPlan: {
    action: COMMAND_LABELS.fileTeamPlan.en,
    title: 'File a team’s plan',
    intro:
      'Choose the plan a team made at its group development talk (GRUS) – the file the team saved or exported from Omstil. The team, its competences, methods and activities are filed into this plan. What the plan already has is recognised and is not entered twice. The team’s file is only read and is not changed.',
    pathLabel: 'The team’s plan',
    pathHint: 'The full path of the file. Its name ends in .omstil or .json.',
    pathRequired: 'Enter the path of the team’s plan.',
    read: 'Read the team’s plan',
    file: 'File into the plan',
    otherFile: 'Choose another file …',
    from: 'The team’s plan: “{{title}}” ({{name}})',
    teamLabel: 'The team',
    teamHint: 'The target group in the team’s plan that is the team.',
    teamFromWorkshop:
      'The target group in the team’s plan that the team workshop was for. You can choose another.',
    chooseTeam: 'Choose the team',
    summary: 'To be added: {{added}}. Already in the plan: {{found}}.',
    added: 'To be added',
    found: 'Already in the plan',
    nothingAdded: 'Nothing – the plan has all of it already.',
    nothingFound: 'Nothing – all of it is new to the plan.',
    reason: {
      'same-entry': 'the same entry (the team’s plan is a copy of this plan)',
      'catalog-key': 'the same catalogue entry',
      'same-name': 'the same name',
      'same-title': 'the same title',
      sameTitleActivity: 'the same title under the same competence',
    },
    planTitle: 'in the plan: “{{title}}”',
    newLinks:
      'Links added to entries the plan already has (e.g. a competence to the team): {{count}}.',
    filed:
      'The team’s plan was filed: {{added}} added, {{found}} already in the plan. Choose Undo (Ctrl+Z) to take all of it back.',
    filedDetails: 'See what was added and what was there already',
  },
  error: {
    heading: 'That did not work',
  },
  values: {
    ...sharedEn.values,
    empty: 'Empty',
    otherCopyOnly: 'Only in their copy',
    ownEntry: 'Own entry (not from the catalogue)',
    level: 'Level {{level}}',
  },
  kinds: sharedEn.kinds,
  fields: sharedEn.fields,
};
