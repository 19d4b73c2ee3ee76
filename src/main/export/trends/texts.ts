import type { Language } from '../../../shared/model/enums';

const plansDa = (n: number) => (n === 1 ? '1 plan' : `${n} planer`);
const plansEn = (n: number) => (n === 1 ? '1 plan' : `${n} plans`);
const filesDa = (n: number) => (n === 1 ? '1 fil' : `${n} filer`);
const filesEn = (n: number) => (n === 1 ? '1 file' : `${n} files`);

/**
 * The trends PDF's words. The Danish follows the seed article's overview, which this report
 * repeats with the plans' own numbers; the English has the same keys (enforced by the type).
 */
const da = {
  kicker: 'Tendenser',
  title: 'Tendenser i arbejdet med digitale kompetencer',
  subject: 'Oversigt over baggrunde, kompetencer og metoder på tværs af planer',
  lead: (plans: number, period: string | null) =>
    `Oversigten er lavet ud fra ${plansDa(plans)} for kompetenceudvikling i den digitale omstilling` +
    (period ? `, der tilsammen dækker ${period}` : '') +
    '. For hver baggrund, kompetence og metode står, hvor mange af planerne der har den med.',
  anonymous:
    'Oversigten er anonymiseret: filerne er nummereret, og organisationers og personers navne er taget ud af egne titler.',
  facts: {
    plans: 'Planer talt med',
    period: 'Periode',
    activities: 'Indsatser i alt',
    budget: 'Budget',
    participants: 'Deltagere',
    skipped: 'Ikke talt med',
  },
  ofPlans: (value: string, plans: number, all: number) =>
    plans === all ? value : `${value} (i ${plansDa(plans)} af ${all})`,
  participants: (planned: string, reached: string) => `${planned} planlagt, ${reached} nået`,
  budget: (budget: string, spent: string) => `${budget} budgetteret, ${spent} brugt`,
  none: 'Ingen',
  skippedFiles: (n: number) => filesDa(n),
  columns: {
    title: 'Titel',
    plans: 'Planer',
    share: 'Andel',
    from: 'Fra',
    to: 'Til',
    headcount: 'Antal personer',
  },
  custom: 'egen',
  drivers: {
    heading: 'Baggrunde og udfordringer for indsatserne',
    intro:
      'Blandt de hyppigste årsager til, at planerne sætter kompetenceindsatsen i gang, er følgende:',
  },
  competences: {
    heading: 'Kompetencer, der skal udvikles',
    intro: 'Kompetenceudviklingen i planerne handler oftest om:',
  },
  methods: {
    heading: 'Metoder til digital omstilling',
    intro: 'Planerne gør oftest brug af disse metoder:',
  },
  top: (title: string, count: number, all: number) =>
    `Flest planer har »${title}« med: ${count} af ${all}.`,
  unused: (n: number) =>
    n === 1
      ? 'Én af katalogets muligheder er ikke med i nogen plan.'
      : `${n} af katalogets muligheder er ikke med i nogen plan.`,
  customNote:
    'Egne titler er samlet, når de staves ens bortset fra store og små bogstaver, mellemrum og accenter.',
  combinations: {
    heading: 'Hyppige sammenhænge',
    intro:
      'Sammenhængene er dem, planerne selv har knyttet: hvilke baggrunde en kompetence udspringer af, hvilke metoder den udvikles med, og hvilke målgrupper den er for.',
    driverCompetence: 'Baggrund → kompetence',
    competenceMethod: 'Kompetence → metode',
    competenceTargetGroup: 'Kompetence → målgruppe',
    none: 'Planerne har ingen sådanne sammenhænge.',
  },
  targetGroups: {
    heading: 'Målgrupper på tværs af planerne',
    intro:
      'Målgrupperne er genkendt på deres navn på tværs af planerne, så lokale udvalgs planer kan lægges sammen til hovedudvalgets overblik.',
    none: 'Planerne har ingen målgrupper.',
  },
  stateModel: {
    heading: 'Statens model for digitale kompetencer',
    intro:
      'Katalogets kompetencer svarer til områder i Digitaliseringsstyrelsens model for digitale kompetencer i staten. Her står, hvor mange planer der udvikler kompetencer inden for hvert område.',
  },
  skipped: {
    heading: 'Filer, der ikke er talt med',
    intro: 'Disse filer kunne ikke læses som planer. De øvrige er talt med.',
    duplicates:
      'Disse filer rummer en plan, der allerede er talt med, og er derfor kun talt én gang:',
    sameFile: (other: string) => `samme fil som ${other}`,
    samePlan: (other: string) =>
      `samme plan som ${other}, der er talt med i stedet (den kopi, der senest er ændret, eller den først nævnte, hvis de er ændret samtidig)`,
  },
};

const en: typeof da = {
  kicker: 'Trends',
  title: 'Trends in the work with digital competences',
  subject: 'Overview of drivers, competences and methods across plans',
  lead: (plans, period) =>
    `This overview is made from ${plansEn(plans)} for competence development in the digital transformation` +
    (period ? `, together covering ${period}` : '') +
    '. For each driver, competence and method it says how many of the plans include it.',
  anonymous:
    'This overview is anonymised: the files are numbered, and the names of organisations and people are taken out of custom titles.',
  facts: {
    plans: 'Plans counted',
    period: 'Period',
    activities: 'Activities in all',
    budget: 'Budget',
    participants: 'Participants',
    skipped: 'Not counted',
  },
  ofPlans: (value, plans, all) =>
    plans === all ? value : `${value} (in ${plansEn(plans)} of ${all})`,
  participants: (planned, reached) => `${planned} planned, ${reached} reached`,
  budget: (budget, spent) => `${budget} budgeted, ${spent} spent`,
  none: 'None',
  skippedFiles: (n) => filesEn(n),
  columns: {
    title: 'Title',
    plans: 'Plans',
    share: 'Share',
    from: 'From',
    to: 'To',
    headcount: 'People',
  },
  custom: 'custom',
  drivers: {
    heading: 'Drivers and challenges behind the efforts',
    intro: 'Among the most frequent reasons the plans start their competence efforts are:',
  },
  competences: {
    heading: 'Competences to be developed',
    intro: 'The competence development in the plans is most often about:',
  },
  methods: {
    heading: 'Methods for the digital transformation',
    intro: 'The plans most often use these methods:',
  },
  top: (title, count, all) => `Most plans include "${title}": ${count} of ${all}.`,
  unused: (n) =>
    n === 1
      ? 'One of the catalogue’s options is in no plan.'
      : `${n} of the catalogue’s options are in no plan.`,
  customNote:
    'Custom titles are grouped when they are spelt alike apart from case, spaces and accents.',
  combinations: {
    heading: 'Frequent links',
    intro:
      'The links are the ones the plans make themselves: which drivers a competence comes from, which methods develop it, and which target groups it is for.',
    driverCompetence: 'Driver → competence',
    competenceMethod: 'Competence → method',
    competenceTargetGroup: 'Competence → target group',
    none: 'The plans make no such links.',
  },
  targetGroups: {
    heading: 'Target groups across the plans',
    intro:
      'Target groups are recognised by their name across the plans, so local committees’ plans can be gathered into the main committee’s overview.',
    none: 'The plans have no target groups.',
  },
  stateModel: {
    heading: 'The state’s model for digital competences',
    intro:
      'The catalogue’s competences serve areas of the Danish Agency for Digital Government’s model for digital competences in the state. This says how many plans develop competences within each area.',
  },
  skipped: {
    heading: 'Files not counted',
    intro: 'These files could not be read as plans. The others are counted.',
    duplicates: 'These files hold a plan already counted, and so are counted once only:',
    sameFile: (other) => `the same file as ${other}`,
    samePlan: (other) =>
      `the same plan as ${other}, which is counted instead (the copy changed last, on a tie the one named first)`,
  },
};

export const trendsTexts: Record<Language, typeof da> = { da, en };
export type TrendsTexts = typeof da;
