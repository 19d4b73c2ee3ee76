import { EMPTY_FIELD_TEXTS } from '../../../shared/i18n/empty-texts';
import { strengthWordsIn } from '../../../shared/i18n/enum-labels';
import { ENTITY_NAMES, LIST_LABELS } from '../../../shared/i18n/entity-labels';
import { FIELD_LABELS } from '../../../shared/i18n/field-labels';
import { pickLabels } from '../../../shared/i18n/localized';
import { PDF_SECTION_LABELS } from '../../../shared/i18n/pdf-sections';
import type { Language } from '../../../shared/model/enums';
import type { Texts } from '../texts';

/** The words matching shares with the exports and the other screens. */
function shared(language: Language) {
  const competence = FIELD_LABELS.competence;
  return {
    matrix: { corner: ENTITY_NAMES.competence[language] },
    edit: {
      ...pickLabels(language, competence, [
        'title',
        'description',
        'currentLevel',
        'targetLevel',
        'learningObjectives',
      ]),
      fromCatalogue: competence.catalogKey[language],
      situation: FIELD_LABELS.driver.description[language],
      unused: EMPTY_FIELD_TEXTS.usedFor[language],
      methods: PDF_SECTION_LABELS.methods[language],
      targetGroups: LIST_LABELS.targetGroups[language],
    },
  };
}

const sharedDa = shared('da');
const sharedEn = shared('en');

/** Texts of the matching part of the interface. Danish is the original; English has the same keys. */
export const matchingDa = {
  strength: strengthWordsIn('da'),
  inUse: 'I brug',
  inPlan: 'I planen',
  chosen: 'Valgt',
  add: {
    driver: 'Tilføj baggrund…',
    competence: 'Tilføj kompetence…',
    method: 'Tilføj metode…',
  },
  listLabel: {
    driver: 'Planens baggrunde',
    competence: 'Planens kompetencer',
    method: 'Planens metoder',
  },
  intro: {
    driver:
      'Hvad driver omstillingen hos jer? Beskriv den lokale situation for hver baggrund. Ud for hver baggrund foreslår Omstil de kompetencer, der typisk følger med, og begrunder forslaget.',
    competence:
      'Hvilke kompetencer skal medarbejderne have for at lykkes med omstillingen? Ud for hver kompetence foreslår Omstil de metoder, der passer, og begrunder forslaget.',
    method:
      'Hvordan vil I udvikle kompetencerne? Metoderne knyttes til kompetencerne på trinnet Kompetencer – ud for hver kompetence eller i matrixen over kompetencer og metoder.',
  },
  picker: {
    title: {
      driver: 'Tilføj en baggrund',
      competence: 'Tilføj en kompetence',
      method: 'Tilføj en metode',
    },
    intro: {
      driver:
        'Vælg en baggrund fra kataloget, eller tilføj jeres egen nederst. Katalogets tekst kopieres ind i planen, så I kan tilpasse den til jeres egen situation.',
      competence:
        'Vælg en kompetence fra kataloget, eller tilføj jeres egen nederst. Bagefter foreslår Omstil metoder, der passer til kompetencen.',
      method:
        'Vælg en metode fra kataloget, eller tilføj jeres egen nederst. Katalogets tekst kopieres ind i planen, så I kan rette den bagefter.',
    },
    close: 'Luk',
    searchLabel: 'Søg i kataloget',
    searchHint: 'Søg på dansk eller engelsk i titler og beskrivelser.',
    countAll: 'Kataloget har {{count}} forslag.',
    countFound: '{{count}} af {{total}} passer til søgningen.',
    noResults: {
      driver: 'Ingen baggrunde i kataloget passer til »{{query}}«. Tilføj jeres egen nedenfor.',
      competence:
        'Ingen kompetencer i kataloget passer til »{{query}}«. Tilføj jeres egen nedenfor.',
      method: 'Ingen metoder i kataloget passer til »{{query}}«. Tilføj jeres egen nedenfor.',
    },
    adopt: 'Tilføj',
    adoptItem: 'Tilføj {{name}}',
    customHeading: {
      driver: 'Jeres egen baggrund',
      competence: 'Jeres egen kompetence',
      method: 'Jeres egen metode',
    },
    customLabel: {
      driver: 'Titel på baggrunden',
      competence: 'Titel på kompetencen',
      method: 'Titel på metoden',
    },
    customSubmit: {
      driver: 'Tilføj egen baggrund',
      competence: 'Tilføj egen kompetence',
      method: 'Tilføj egen metode',
    },
    customRequired: 'Skriv en titel.',
  },
  suggestions: {
    methodsHeading: 'Foreslåede metoder',
    competencesHeading: 'Foreslåede kompetencer',
    adoptMethod: 'Brug metoden',
    adoptCompetence: 'Tilføj kompetencen',
    linkCompetence: 'Knyt til baggrunden',
    adoptMethodItem: 'Brug metoden: {{name}}',
    adoptCompetenceItem: 'Tilføj kompetencen: {{name}}',
    linkCompetenceItem: 'Knyt til baggrunden: {{name}}',
    moreReasons: 'Desuden:',
    showAll: 'Vis alle {{count}} forslag',
    showFewer: 'Vis færre forslag',
  },
  views: {
    label: 'Vis kompetencerne',
    list: 'Med forslag til metoder',
    matrix: 'I matrix med metoderne',
  },
  matrix: {
    ...sharedDa.matrix,
    moreRight: 'Flere metoder til højre – rul til siden, eller gå med piletasterne i matrixen.',
    heading: 'Kompetencer og metoder',
    intro:
      'Rækkerne er planens kompetencer, og kolonnerne er metoderne. Hver celle viser, hvor godt metoden passer til kompetencen, og om planen bruger metoden til kompetencen. Tryk på en celle for at tilføje eller fjerne metoden.',
    showCatalogue: 'Vis også katalogets metoder, som ikke er i planen endnu',
    noCompetences:
      'Planen har endnu ingen kompetencer. Tilføj kompetencer for at se, hvilke metoder der passer til dem.',
    noMethods: 'Planen har endnu ingen metoder. Vis katalogets metoder for at vælge blandt dem.',
    notInPlan: 'Ikke i planen',
    noSuggestion: 'Intet forslag',
    legendHeading: 'Forklaring',
    legend: {
      '1': 'et af de stærkeste valg til kompetencen',
      '2': 'et godt valg til kompetencen',
      '3': 'virker bedst sammen med andre metoder',
      none: 'Omstil foreslår ikke parret, men I kan godt vælge det',
      used: 'planen bruger metoden til kompetencen',
    },
    keys: 'Brug piletasterne til at gå mellem cellerne, og tryk på mellemrum eller Enter for at tilføje eller fjerne metoden fra kompetencen.',
  },
  edit: {
    ...sharedDa.edit,
    untitled: 'Uden titel',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
    delete: 'Slet',
    moveUpItem: 'Flyt op: {{name}}',
    moveDownItem: 'Flyt ned: {{name}}',
    deleteItem: 'Slet: {{name}}',
    own: 'Egen',
    situationHint: 'Hvad betyder baggrunden konkret hos jer?',
    usedFor: 'Bruges til: {{competences}}.',
    methodsEmpty: 'Der er ikke valgt metoder endnu. Se forslagene nedenfor.',
    addMethod: 'Tilføj en af planens metoder',
    levelHint: 'Fra 1 til 5',
    drivers: 'Baggrunde, som kompetencen svarer på',
    driversEmpty: 'Ikke knyttet til en baggrund endnu.',
    addDriver: 'Tilføj en baggrund',
    targetGroupsEmpty: 'Der er ikke valgt målgrupper endnu.',
    addTargetGroup: 'Tilføj en målgruppe',
    learningObjectivesHint: 'Hvad skal deltagerne kunne bagefter?',
    addLearningObjective: 'Nyt læringsmål',
  },
};

export const matchingEn: Texts<typeof matchingDa> = {
  strength: strengthWordsIn('en'),
  inUse: 'In use',
  inPlan: 'In the plan',
  chosen: 'Chosen',
  add: {
    driver: 'Add driver…',
    competence: 'Add competence…',
    method: 'Add method…',
  },
  listLabel: {
    driver: "The plan's drivers",
    competence: "The plan's competences",
    method: "The plan's methods",
  },
  intro: {
    driver:
      'What drives the transformation in your workplace? Describe the local situation for each driver. Beside each driver, Omstil suggests the competences that usually follow from it and says why.',
    competence:
      'Which competences do employees need to succeed with the transformation? Beside each competence, Omstil suggests the methods that fit and says why.',
    method:
      'How will you build the competences? Methods are linked to competences in the Competences step – beside each competence or in the matrix of competences and methods.',
  },
  picker: {
    title: {
      driver: 'Add a driver',
      competence: 'Add a competence',
      method: 'Add a method',
    },
    intro: {
      driver:
        'Choose a driver from the catalogue, or add your own at the bottom. The catalogue text is copied into the plan so you can adapt it to your own situation.',
      competence:
        'Choose a competence from the catalogue, or add your own at the bottom. Omstil then suggests methods that fit the competence.',
      method:
        'Choose a method from the catalogue, or add your own at the bottom. The catalogue text is copied into the plan so you can edit it afterwards.',
    },
    close: 'Close',
    searchLabel: 'Search the catalogue',
    searchHint: 'Search in Danish or English, in titles and descriptions.',
    countAll: 'The catalogue has {{count}} suggestions.',
    countFound: '{{count}} of {{total}} match the search.',
    noResults: {
      driver: 'No drivers in the catalogue match "{{query}}". Add your own below.',
      competence: 'No competences in the catalogue match "{{query}}". Add your own below.',
      method: 'No methods in the catalogue match "{{query}}". Add your own below.',
    },
    adopt: 'Add',
    adoptItem: 'Add {{name}}',
    customHeading: {
      driver: 'Your own driver',
      competence: 'Your own competence',
      method: 'Your own method',
    },
    customLabel: {
      driver: 'Title of the driver',
      competence: 'Title of the competence',
      method: 'Title of the method',
    },
    customSubmit: {
      driver: 'Add own driver',
      competence: 'Add own competence',
      method: 'Add own method',
    },
    customRequired: 'Enter a title.',
  },
  suggestions: {
    methodsHeading: 'Suggested methods',
    competencesHeading: 'Suggested competences',
    adoptMethod: 'Use the method',
    adoptCompetence: 'Add the competence',
    linkCompetence: 'Link to the driver',
    adoptMethodItem: 'Use the method: {{name}}',
    adoptCompetenceItem: 'Add the competence: {{name}}',
    linkCompetenceItem: 'Link to the driver: {{name}}',
    moreReasons: 'Also:',
    showAll: 'Show all {{count}} suggestions',
    showFewer: 'Show fewer suggestions',
  },
  views: {
    label: 'Show the competences',
    list: 'With suggested methods',
    matrix: 'In a matrix with the methods',
  },
  matrix: {
    ...sharedEn.matrix,
    moreRight:
      'More methods to the right – scroll sideways, or move with the arrow keys in the matrix.',
    heading: 'Competences and methods',
    intro:
      "The rows are the plan's competences and the columns its methods. Each cell shows how well the method fits the competence and whether the plan uses the method for it. Press a cell to add or remove the method.",
    showCatalogue: "Also show the catalogue's methods that are not in the plan yet",
    noCompetences:
      'The plan has no competences yet. Add competences to see which methods fit them.',
    noMethods: "The plan has no methods yet. Show the catalogue's methods to choose among them.",
    notInPlan: 'Not in the plan',
    noSuggestion: 'No suggestion',
    legendHeading: 'Key',
    legend: {
      '1': 'one of the strongest choices for the competence',
      '2': 'a good choice for the competence',
      '3': 'works best together with other methods',
      none: 'Omstil does not suggest the pair, but you may still choose it',
      used: 'the plan uses the method for the competence',
    },
    keys: 'Use the arrow keys to move between cells, and press Space or Enter to add or remove the method for the competence.',
  },
  edit: {
    ...sharedEn.edit,
    untitled: 'Untitled',
    moveUp: 'Move up',
    moveDown: 'Move down',
    delete: 'Delete',
    moveUpItem: 'Move up: {{name}}',
    moveDownItem: 'Move down: {{name}}',
    deleteItem: 'Delete: {{name}}',
    own: 'Own',
    situationHint: 'What does this driver mean in your workplace?',
    usedFor: 'Used for: {{competences}}.',
    methodsEmpty: 'No methods chosen yet. See the suggestions below.',
    addMethod: "Add one of the plan's methods",
    levelHint: 'From 1 to 5',
    drivers: 'Drivers the competence answers',
    driversEmpty: 'Not linked to a driver yet.',
    addDriver: 'Add a driver',
    targetGroupsEmpty: 'No target groups chosen yet.',
    addTargetGroup: 'Add a target group',
    learningObjectivesHint: 'What should participants be able to do afterwards?',
    addLearningObjective: 'New learning objective',
  },
};
