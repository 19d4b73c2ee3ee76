import type { CompetenceKey, LocalizedText } from './types';
import type { CatalogLang } from './types';

/*
 * Digitaliseringsstyrelsen's "Model for digitale kompetencer i staten": the state's common
 * language for digital competences across ministries, set beside the seed article's eleven
 * competences so a plan can also be read in the state's terms.
 *
 * Every name below is quoted from a page of the agency's; `source` says which. Where no page we
 * could read gave a name, it is null rather than guessed: a wrong name would pass for the
 * state's own word. The model's shape (four areas, three subcategories each, 32 competences)
 * is stated by the agency's pages; STATE_MODEL_SHAPE records it, so the gaps show.
 */

const MODEL_PAGE =
  'https://digst.dk/digital-transformation/statens-digitaliseringsakademi/model-for-digitale-kompetencer/';
const ENGLISH_PAGE = 'https://en.digst.dk/policy/government-digital-academy/';

/** The model as its pages describe it: what the recorded names are measured against. */
export const STATE_MODEL_SHAPE = { areas: 4, subcategoriesPerArea: 3, competences: 32 } as const;

/** A name in the model. Null in a language where no page we read gave it. */
export interface StateModelName {
  readonly da: string | null;
  readonly en: string | null;
}

export const STATE_MODEL_AREA_KEYS = [
  'strategy-business',
  'projects-development',
  'data-security',
  'governance-cooperation',
] as const;
export type StateModelAreaKey = (typeof STATE_MODEL_AREA_KEYS)[number];

export const STATE_MODEL_SUBCATEGORY_KEYS = [
  'strategy-formulation',
  'legislation-technology',
  'potential-needs',
  'requirements',
  'development-optimisation',
  'organisational-implementation',
  'cyber-information-security',
  'use-of-data',
  'data-ethics',
] as const;
export type StateModelSubcategoryKey = (typeof STATE_MODEL_SUBCATEGORY_KEYS)[number];

export interface StateModelSubcategory {
  readonly key: StateModelSubcategoryKey;
  readonly name: StateModelName;
}

/** One of the model's 32 competences, as far as a page named it. */
export interface StateModelCompetence {
  readonly name: StateModelName;
}

export interface StateModelArea {
  readonly key: StateModelAreaKey;
  readonly name: StateModelName;
  /** The pages the names were read on. */
  readonly sources: readonly string[];
  /** In the model's order; empty where no page we read named them. */
  readonly subcategories: readonly StateModelSubcategory[];
  /** The competences a page named, in its order; not placed under a subcategory, as the page's
   *  text as read did not say which one each belongs to. */
  readonly competences: readonly StateModelCompetence[];
}

// The English page names subcategories in running text, in lower case; they are written here
// with a capital, as names in a table are. Competence names in English are our translation:
// the English page does not list the competences.
export const STATE_MODEL_AREAS: readonly StateModelArea[] = [
  {
    key: 'strategy-business',
    name: { da: null, en: 'Strategy and business development' },
    sources: [ENGLISH_PAGE],
    subcategories: [
      { key: 'strategy-formulation', name: { da: null, en: 'Strategy formulation' } },
      { key: 'legislation-technology', name: { da: null, en: 'Legislation and technology' } },
      { key: 'potential-needs', name: { da: null, en: 'Identification of potential need' } },
    ],
    competences: [],
  },
  {
    key: 'projects-development',
    name: { da: 'Projekter og videreudvikling', en: 'Projects and further development' },
    sources: [
      'https://digst.dk/styring/digitale-kompetencer-i-staten/model-for-digitale-kompetencer/projekter-og-videreudvikling/',
      ENGLISH_PAGE,
    ],
    subcategories: [
      {
        key: 'requirements',
        name: { da: 'Kravformulering', en: 'Specification of requirements' },
      },
      {
        key: 'development-optimisation',
        name: { da: 'Udvikling og optimering', en: 'Development and optimization' },
      },
      {
        key: 'organisational-implementation',
        name: { da: 'Organisatorisk implementering', en: 'Organizational implementation' },
      },
    ],
    competences: [],
  },
  {
    key: 'data-security',
    name: { da: 'Data og sikkerhed', en: 'Data and security' },
    sources: [`${MODEL_PAGE}data-og-sikkerhed/`, ENGLISH_PAGE],
    subcategories: [
      {
        key: 'cyber-information-security',
        name: { da: null, en: 'Cyber and information security' },
      },
      { key: 'use-of-data', name: { da: null, en: 'Use of data' } },
      // The stored excerpt of the English page breaks off at "data ethic"; the word's end is ours.
      { key: 'data-ethics', name: { da: null, en: 'Data ethics' } },
    ],
    competences: [
      { name: { da: 'Agere cybersikkert', en: 'Act cyber-securely' } },
      { name: { da: 'Agere i henhold til GDPR', en: 'Act in accordance with the GDPR' } },
    ],
  },
  {
    // The Danish page calls the area "Styring og samarbejde"; the English page "Management and
    // cooperation". Neither page, as far as it could be read, names its subcategories.
    key: 'governance-cooperation',
    name: { da: 'Styring og samarbejde', en: 'Management and cooperation' },
    sources: [`${MODEL_PAGE}styring-og-samarbejde/`, ENGLISH_PAGE],
    subcategories: [],
    competences: [
      {
        name: {
          da: 'Kunne styre og samarbejde med leverandører',
          en: 'Be able to manage and work with suppliers',
        },
      },
      {
        name: {
          da: 'Kende til it-markedet og kunne vurdere dets tilbud',
          en: 'Know the IT market and be able to assess what it offers',
        },
      },
    ],
  },
];

/**
 * A catalogue competence serving part of the model. `subcategory` null: the area as a whole,
 * either because the competence serves all of it or because the area's subcategories are not
 * recorded.
 */
export interface StateModelLink {
  readonly competence: CompetenceKey;
  readonly area: StateModelAreaKey;
  readonly subcategory: StateModelSubcategoryKey | null;
  readonly reason: LocalizedText;
}

// In catalogue order; within a competence, the part it serves most first.
export const STATE_MODEL_LINKS: readonly StateModelLink[] = [
  {
    competence: 'digital-mindset',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Forandringsparathed er det, der får en ny løsning taget i brug i hverdagen og ikke blot installeret.',
      en: 'Readiness for change is what gets a new solution used in daily work rather than merely installed.',
    },
  },
  {
    competence: 'digital-mindset',
    area: 'strategy-business',
    subcategory: 'potential-needs',
    reason: {
      da: 'Medarbejdere, der ser forandring som en del af arbejdet, er også dem, der peger på, hvor digitalisering kan gøre en forskel.',
      en: 'Staff who see change as part of the job are also the ones who point out where digitalisation can make a difference.',
    },
  },
  {
    competence: 'workflow-optimisation',
    area: 'projects-development',
    subcategory: 'development-optimisation',
    reason: {
      da: 'At kortlægge og forbedre arbejdsgange er netop at udvikle og optimere den måde, opgaverne løses på i dag.',
      en: 'Mapping and improving workflows is exactly developing and optimising the way the work is done today.',
    },
  },
  {
    competence: 'workflow-optimisation',
    area: 'strategy-business',
    subcategory: 'potential-needs',
    reason: {
      da: 'Den, der kender arbejdsgangene, kan se, hvilke manuelle trin der er et potentiale for at digitalisere.',
      en: 'Those who know the workflows can see which manual steps hold potential for digitisation.',
    },
  },
  {
    competence: 'general-skills',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Uden grundlæggende færdigheder i dansk og it kan en del af medarbejderne ikke tage de nye løsninger i brug.',
      en: 'Without basic skills in Danish and IT, some staff cannot start using the new solutions.',
    },
  },
  {
    competence: 'digital-innovation',
    area: 'projects-development',
    subcategory: 'development-optimisation',
    reason: {
      da: 'Designsprint, agile arbejdsformer og prototyper er metoder til at udvikle og forbedre løsninger sammen med brugerne.',
      en: 'Design sprints, agile ways of working and prototypes are methods for developing and improving solutions together with users.',
    },
  },
  {
    competence: 'digital-innovation',
    area: 'projects-development',
    subcategory: 'requirements',
    reason: {
      da: 'En afprøvet prototype gør det lettere at beskrive myndighedens behov, før der stilles krav til en leverandør.',
      en: "A tested prototype makes it easier to describe the authority's needs before requirements are put to a supplier.",
    },
  },
  {
    competence: 'project-teams',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Projektledelse og deltagelse i projektet bærer en løsning fra beslutning til ibrugtagning i organisationen.',
      en: 'Leading and taking part in the project carries a solution from decision to use in the organisation.',
    },
  },
  {
    competence: 'project-teams',
    area: 'governance-cooperation',
    subcategory: null,
    reason: {
      da: 'Statens projekter gennemføres ofte med eksterne leverandører, som projektet skal kunne styre og samarbejde med.',
      en: "The state's projects are often carried out with external suppliers, whom the project must be able to manage and work with.",
    },
  },
  {
    competence: 'trainer-skills',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Interne undervisere og superbrugere er dem, der i praksis fører en ny løsning ud til kollegerne.',
      en: 'Internal trainers and super-users are the ones who in practice take a new solution out to their colleagues.',
    },
  },
  {
    competence: 'service-communication',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Når kontakten med borgerne flytter til digitale kanaler, er god kommunikation en del af at få løsningen til at virke.',
      en: 'When contact with citizens moves to digital channels, good communication is part of making the solution work.',
    },
  },
  {
    competence: 'service-communication',
    area: 'strategy-business',
    subcategory: 'potential-needs',
    reason: {
      da: 'Medarbejdere i kontakt med borgerne ser, hvor de digitale løsninger ikke slår til, og dermed hvor behovet er.',
      en: 'Staff in contact with citizens see where the digital solutions fall short, and so where the need lies.',
    },
  },
  {
    competence: 'collaboration',
    area: 'governance-cooperation',
    subcategory: null,
    reason: {
      da: 'Tillid og samarbejdsevne er forudsætningen for det samarbejde internt og med leverandører, som området handler om.',
      en: 'Trust and the ability to work together underpin the cooperation, internally and with suppliers, that the area is about.',
    },
  },
  {
    competence: 'collaboration',
    area: 'projects-development',
    subcategory: 'organisational-implementation',
    reason: {
      da: 'Social kapital gør det lettere at komme godt igennem de forandringer, en ny løsning fører med sig.',
      en: 'Social capital makes it easier to come through the changes a new solution brings.',
    },
  },
  {
    competence: 'digital-leadership',
    area: 'strategy-business',
    subcategory: 'strategy-formulation',
    reason: {
      da: 'Ledelsen sætter retningen for den digitale omstilling og omsætter den til myndighedens strategi.',
      en: "Management sets the direction of the digital transition and turns it into the authority's strategy.",
    },
  },
  {
    competence: 'digital-leadership',
    area: 'governance-cooperation',
    subcategory: null,
    reason: {
      da: 'Ledelsen har ansvaret for at styre it-porteføljen og den økonomi, der er knyttet til den.',
      en: 'Management is responsible for governing the IT portfolio and the money tied to it.',
    },
  },
  {
    competence: 'it-security',
    area: 'data-security',
    subcategory: 'cyber-information-security',
    reason: {
      da: 'Sikker adfærd hos alle medarbejdere er det, modellen kalder at agere cybersikkert.',
      en: 'Secure behaviour among all staff is what the model calls acting cyber-securely.',
    },
  },
  {
    competence: 'specialist',
    area: 'data-security',
    subcategory: 'use-of-data',
    reason: {
      da: 'Modellen rummer ikke selve specialistkompetencerne, men egne specialister i data styrker myndighedens brug af data i kerneopgaven.',
      en: "The model leaves out specialist skills as such, but in-house data specialists strengthen the authority's use of data in its core tasks.",
    },
  },
];

export function stateModelArea(key: StateModelAreaKey): StateModelArea {
  return STATE_MODEL_AREAS.find((area) => area.key === key)!;
}

export function stateModelSubcategory(
  key: StateModelSubcategoryKey,
): StateModelSubcategory | undefined {
  for (const area of STATE_MODEL_AREAS) {
    const found = area.subcategories.find((sub) => sub.key === key);
    if (found) return found;
  }
  return undefined;
}

/** The parts of the model a catalogue competence serves, the most important first. */
export function stateModelLinksFor(competence: CompetenceKey): StateModelLink[] {
  return STATE_MODEL_LINKS.filter((link) => link.competence === competence);
}

/**
 * A name in `lang`, or in the other language where `lang`'s was not found; `borrowed` says
 * which, so a reader can be told the name is not in their language.
 */
export function stateModelName(
  name: StateModelName,
  lang: CatalogLang,
): { text: string; borrowed: boolean } {
  const own = name[lang];
  if (own !== null) return { text: own, borrowed: false };
  const other = name[lang === 'da' ? 'en' : 'da'];
  return { text: other ?? '', borrowed: true };
}
