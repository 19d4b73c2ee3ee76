import type { CatalogEntry, MethodKey } from './types';

// Danish titles are the seed article's own words. Two deliberate edits: the article's
// "Organisationsudvikling. Ændring af roller …" is a title followed by an explanation, so the
// explanation opens the description; and the list's closing full stop after "… til gavn for
// brugerne" is list punctuation, not part of the title.
export const METHODS: readonly CatalogEntry<MethodKey>[] = [
  {
    key: 'needs-assessment',
    title: {
      da: 'Afklaring af kompetencebehov, målinger mv. tæt koblet til omstillings- og forandringsprojekter',
      en: 'Clarifying competence needs, measurements, etc., closely linked to transformation and change projects',
    },
    description: {
      da: 'Kompetencebehovet afklares og måles, før indsatsen sættes i gang, og følges op undervejs – som en del af selve omstillingsprojektet og ikke som en øvelse for sig. Det kan fx være en kort spørgeskemaundersøgelse om it-færdigheder i alle kontorer, før et nyt system indføres, som gentages et halvt år efter.',
      en: 'Competence needs are clarified and measured before the effort starts and followed up along the way – as part of the transformation project itself rather than as a separate exercise. An example is a short survey of IT skills in every office before a new system is introduced, repeated six months later.',
    },
  },
  {
    key: 'courses-in-practice',
    title: {
      da: 'Kurser og uddannelse koblet med anvendelse i praksis',
      en: 'Courses and education combined with practical application',
    },
    description: {
      da: 'Kurser og uddannelse, der kobles tæt til de opgaver, deltagerne har derhjemme, så det lærte bliver brugt. Et eksempel er et kursus i procesoptimering, hvor hver deltager tager en af enhedens egne arbejdsgange med og afprøver værktøjerne på den mellem kursusdagene.',
      en: "Courses and education closely linked to the participants' own tasks at work, so that what they learn is actually used. An example is a process-improvement course where each participant brings one of the unit's own workflows and tries the tools on it between course days.",
    },
  },
  {
    key: 'train-the-trainer',
    title: {
      da: 'Train-the-trainer, digitale frontløbere/ambassadører',
      en: 'Train-the-trainer, digital front-runners/ambassadors',
    },
    description: {
      da: 'Udvalgte medarbejdere bliver uddannet som digitale frontløbere, superbrugere eller ambassadører og lærer derefter deres kolleger op. Et eksempel er et netværk af digitale ambassadører i en styrelse, hvor hvert kontor har en kollega, der har fået ekstra oplæring og er det første sted, man spørger.',
      en: 'Selected staff are trained as digital front-runners, super-users or ambassadors and then train their colleagues. An example is a network of digital ambassadors in an agency, where every office has a colleague who has had extra training and is the first person to ask.',
    },
  },
  {
    key: 'mus-strategy',
    title: {
      da: 'Afsæt i MUS og kompetencestrategi samt digitaliseringsstrategi',
      en: 'Building on MUS, the competence strategy and the digitalisation strategy',
    },
    description: {
      da: 'Indsatsen tager udgangspunkt i arbejdspladsens kompetencestrategi og digitaliseringsstrategi og følges op i MUS og GRUS, så den enkeltes og teamets udvikling hænger sammen med retningen. Fx kan SU beslutte, at årets MUS-skema får et spørgsmål om, hvilke digitale kompetencer medarbejderen får brug for det kommende år.',
      en: "The effort builds on the workplace's competence strategy and digitalisation strategy and is followed up in the individual and team development talks (MUS and GRUS), so that personal and team development matches the direction. For example, the cooperation committee may decide that this year's MUS form asks which digital skills the employee will need in the coming year.",
    },
  },
  {
    key: 'inspiration',
    title: {
      da: 'Inspiration fra andre organisationer i ind- og udland',
      en: 'Inspiration from other organisations in Denmark and abroad',
    },
    description: {
      da: 'Man lærer af andre organisationer i Danmark og udlandet, der har gennemført lignende omstillinger, gennem besøg, netværk og erfaringsudveksling. Et eksempel er et SU, der besøger en anden styrelse, som allerede har indført softwarerobotter i sagsbehandlingen, for at høre om både gevinster og faldgruber.',
      en: 'Learning from other organisations in Denmark and abroad that have been through similar transformations, through visits, networks and exchange of experience. An example is a cooperation committee visiting another agency that already uses software robots in its case handling to hear about both the gains and the pitfalls.',
    },
  },
  {
    key: 'innovation-placement',
    title: { da: 'Innovationspraktik', en: 'Innovation placement' },
    description: {
      da: 'Medarbejdere kommer i en periode i praktik i en anden enhed, organisation eller virksomhed for at arbejde med innovation og tage nye idéer og arbejdsformer med hjem. Det kan fx være en medarbejder fra et fagkontor, der i tre måneder er med i digitaliseringsenheden og udvikler en ny selvbetjeningsløsning.',
      en: 'Employees spend a period in another unit, organisation or company working on innovation, and bring new ideas and ways of working back with them. For example, an employee from a specialist office might spend three months in the digitalisation unit helping to build a new self-service solution.',
    },
  },
  {
    key: 'organisational-development',
    title: { da: 'Organisationsudvikling', en: 'Organisational development' },
    description: {
      da: 'Ændring af roller og opgaver mellem ledere og medarbejdere og medarbejdere indbyrdes. Ændrede relationer mellem medarbejdere og brugere. Kompetencerne udvikles gennem selve omorganiseringen, fx når en styrelse samler sin borgerbetjening i et nyt team, hvor medarbejderne får ansvar for at løse sagen ved første kontakt.',
      en: 'Changing roles and tasks between managers and employees and among employees, and changing relationships between employees and users. Competences develop through the reorganisation itself, for example when an agency brings its citizen services together in a new team where staff are responsible for resolving the case at first contact.',
    },
  },
  {
    key: 'peer-training',
    title: {
      da: 'Sidemandsoplæring og nabotræning',
      en: 'Side-by-side training and peer training',
    },
    description: {
      da: 'Kolleger lærer af hinanden i det daglige arbejde: den erfarne viser den mindre erfarne ved skrivebordet, eller kolleger fra nabokontoret træner sammen. Fx kan en sagsbehandler, der har brugt det nye system i en måned, sidde med en ny kollega den første uge, så de løser rigtige sager sammen.',
      en: 'Colleagues learn from each other in their daily work: the experienced colleague shows the less experienced one at the desk, or colleagues from the office next door train together. For example, a caseworker who has used the new system for a month might sit with a new colleague for the first week so that they work through real cases together.',
    },
  },
  {
    key: 'sprints',
    title: { da: 'Sprintplanlægning og eksekvering', en: 'Sprint planning and execution' },
    description: {
      da: 'Arbejdet deles op i korte, tidsafgrænsede forløb – sprint – med et klart mål, fast planlægning og en afprøvning til sidst, så man hurtigt lærer, hvad der virker. Et eksempel er et team, der i et designsprint på fem dage udvikler en prototype på en ny digital blanket og tester den med rigtige brugere.',
      en: 'Work is split into short, time-boxed runs – sprints – with a clear goal, fixed planning and a test at the end, so that the team quickly learns what works. An example is a team that builds a prototype of a new digital form in a five-day design sprint and tests it with real users.',
    },
  },
  {
    key: 'learning-objectives',
    title: {
      da: 'Udarbejdelse af læringsmål og impact map',
      en: 'Writing learning objectives and an impact map',
    },
    description: {
      da: 'Der formuleres konkrete læringsmål for indsatsen, og et impact map viser sammenhængen fra aktivitet over ny adfærd til den effekt, arbejdspladsen vil opnå. Så kan man vælge de rigtige aktiviteter og senere måle, om de virkede – fx at sagsbehandlerne efter forløbet selv kan oprette og fordele sager i det nye system, så ventetiden falder.',
      en: 'Concrete learning objectives are set for the effort, and an impact map shows the chain from activity through new behaviour to the effect the workplace wants. That makes it possible to choose the right activities and later measure whether they worked – for example, that caseworkers can create and allocate cases in the new system themselves after the course, so that waiting times fall.',
    },
  },
  {
    key: 'user-centred-innovation',
    title: {
      da: 'Innovative tilgange til at styrke effekten af institutionens kerneopgaver til gavn for brugerne',
      en: "Innovative approaches to strengthening the impact of the institution's core tasks for the benefit of users",
    },
    description: {
      da: 'Nye løsninger udvikles med udgangspunkt i brugernes behov, så institutionens kerneopgaver får større effekt for borgere og virksomheder. Det kan fx være brugerinterviews og test af breve og selvbetjening med rigtige borgere, før en styrelse sætter en ny digital ansøgningsproces i drift.',
      en: "New solutions are developed from the needs of users so that the institution's core tasks have more impact for citizens and businesses. An example is user interviews and testing letters and self-service with real citizens before an agency launches a new digital application process.",
    },
  },
];
