import type { Language } from '../../shared/model/enums';
import { sharedLabels } from './shared-labels';

const sharedDa = sharedLabels('da');
const sharedEn = sharedLabels('en');

/**
 * Every text the exports put in front of a reader. Danish is the original; the English catalogue
 * has exactly the same keys (enforced by the type), so a section cannot be half translated.
 */
const da = {
  document: {
    ...sharedDa.document,
    kicker: 'Kompetenceplan',
    subtitle: 'Samarbejdsudvalgets plan for kompetenceudvikling i den digitale omstilling',
    subject: 'Kompetenceplan for den digitale omstilling',
    untitled: 'Kompetenceplan uden titel',
    pageOf: (page: number, pages: number) => `Side ${page} af ${pages}`,
    range: (from: string, to: string) => `${from} – ${to}`,
    from: (date: string) => `Fra ${date}`,
    until: (date: string) => `Til ${date}`,
  },
  cover: {
    ...sharedDa.cover,
    notAdopted: 'Ikke vedtaget endnu',
    exported: 'Udskrevet',
    contents: 'Indhold',
    unfilled: 'Endnu ikke udfyldt',
  },
  sections: sharedDa.sections,
  agenda: {
    heading: 'Til SU’s dagsorden',
    request: 'Indstilling',
    plan: 'Planen',
    latestStatus: 'Seneste markerede status',
    figures: 'Nøgletal',
    approval: 'Godkendt af samarbejdsudvalget',
    date: 'Dato',
    chair: 'Formand',
    viceChair: 'Næstformand',
  },
  committee: {
    ...sharedDa.committee,
    members: 'Medlemmer',
    principles: 'Principper og retningslinjer for kompetenceudvikling',
    principlesIntro:
      'Efter kompetenceaftalens § 8 fastlægger samarbejdsudvalget principper og retningslinjer for kompetenceudviklingen og evaluerer hvert år den samlede indsats, herunder hvordan MUS er brugt.',
  },
  summary: {
    ...sharedDa.summary,
    activitiesNote: (active: number) =>
      active === 1 ? '1 i gang eller planlagt' : `${active} i gang eller planlagt`,
    budget: 'Samlet budget',
    budgetNote: (sources: number) =>
      sources === 1 ? 'fra 1 finansieringskilde' : `fra ${sources} finansieringskilder`,
    spentNote: (share: string) => `${share} af budgettet`,
    progressNote: 'vægtet efter planlagte deltagere',
    progressNoteUnweighted: 'gennemsnit af indsatserne',
    drivers: 'Hvorfor: baggrunde',
    competences: 'Hvad: højest prioriterede kompetencer',
    moreCompetences: (n: number) => (n === 1 ? 'og 1 kompetence mere' : `og ${n} kompetencer mere`),
    moreDrivers: (n: number) => (n === 1 ? 'og 1 baggrund mere' : `og ${n} baggrunde mere`),
    statusCounts: 'Hvor langt: indsatser efter status',
    cancelledNote:
      'Aflyste indsatser tælles med under status. Det, der er tilbage af deres budget, og deres fremdrift indgår ikke, men det, der allerede var brugt på dem, indgår i forbruget.',
  },
  priority: sharedDa.priority,
  drivers: {
    ...sharedDa.drivers,
    descriptionEmpty: 'Baggrunden er ikke beskrevet endnu.',
  },
  competences: {
    ...sharedDa.competences,
    levelChange: (from: number, to: number) => `fra ${from} til ${to} på en skala fra 1 til 5`,
    levelTarget: (to: number) => `mål ${to} på en skala fra 1 til 5`,
    levelCurrent: (from: number) => `i dag ${from} på en skala fra 1 til 5`,
    levelMeaning: (level: number, meaning: string) => `${level}: ${meaning}`,
    scaleHeading: 'Niveauskalaen',
    scaleIntro: 'Sådan læses niveauerne fra 1 til 5 i denne plan.',
    descriptionEmpty: 'Kompetencen er ikke beskrevet endnu.',
  },
  stateModel: {
    heading: 'Planens kompetencer i statens kompetencemodel',
    intro:
      'Digitaliseringsstyrelsens Model for digitale kompetencer i staten er et fælles sprog om digitale kompetencer på tværs af ministerierne. Tabellen viser, hvilke af modellens kompetenceområder og underkategorier planens kompetencer fra kataloget understøtter, og hvorfor.',
    competence: 'Kompetence',
    area: 'Kompetenceområde',
    subcategory: 'Underkategori',
    reason: 'Begrundelse',
    wholeArea: 'Området som helhed',
    customLeftOut:
      'Kompetencer, som udvalget selv har formuleret, er ikke med, da de ikke er knyttet til modellen.',
    borrowedNote:
      'Navne i kursiv står på engelsk, som Digitaliseringsstyrelsen skriver dem på sin engelske side. Den danske betegnelse er ikke efterprøvet.',
  },
  methods: {
    ...sharedDa.methods,
    intro:
      'For hver metode står, hvilke kompetencer den skal styrke, og hvorfor den passer til netop dem. Begrundelserne kommer fra Omstils katalog, som bygger på Kompetencesekretariatets erfaringer.',
    usedFor: 'Bruges til',
    usedInActivities: 'Bruges i indsatserne',
    noRationale:
      'Udvalgets eget valg; kataloget har ingen begrundelse for netop denne kombination.',
    descriptionEmpty: 'Metoden er ikke beskrevet endnu.',
  },
  activities: {
    ...sharedDa.activities,
    totalNote:
      'Aflyste indsatsers budget indgår ikke i summen, men det, der allerede var brugt på dem, indgår i forbruget.',
  },
  timeline: {
    ...sharedDa.timeline,
    intro:
      'Indsatserne over planperioden, måned for måned. Bjælkens mønster og bogstavet efter titlen viser indsatsens status.',
    noPeriod:
      'Planen har ingen periode, og ingen indsatser har datoer, så der kan ikke tegnes en tidsplan.',
    undated: 'Uden datoer',
    clipped: 'En pil betyder, at indsatsen fortsætter uden for planperioden.',
    load: 'Indsatser i gang pr. måned',
    loadCounts: 'Kun planlagte og igangværende indsatser tælles med.',
    loadMax: (n: string) => `Højeste søjle: ${n}`,
    tooMany: (n: string) =>
      `Planen har ${n} indsatser, så tidsplanen viser dem samlet pr. måned. Hver indsats' periode står i oversigten over indsatser.`,
    altText: (count: string, from: string, to: string, statuses: string) =>
      `Tidsplan over ${count} indsatser fra ${from} til ${to}, hver vist som en bjælke fra start til slut, med antallet af indsatser i gang måned for måned øverst. Indsatser efter status: ${statuses}. Hver indsats' periode og status står også i oversigten over indsatser.`,
    altTextUndated: (count: string) =>
      `Tidsplan over ${count} indsatser, der endnu ikke har datoer, så der er ingen bjælker at tegne.`,
  },
  budget: {
    ...sharedDa.budget,
    intro: 'Budget og forbrug for indsatserne, fordelt på finansieringskilde.',
    source: 'Finansieringskilde',
    share: 'Andel af budgettet',
    noSource: 'Finansiering ikke angivet',
    remaining: 'Tilbage',
    cancelledNote:
      'Aflyste indsatsers ubrugte budget indgår ikke, men det, der allerede var brugt på dem, indgår i forbruget.',
    ideasNote:
      'Idéer, som udvalget endnu ikke har besluttet, indgår med det budget, der er anslået for dem.',
  },
  measurements: {
    ...sharedDa.measurements,
    intro:
      'Nulpunktsmåling og seneste opfølgende måling for hver kompetence og målgruppe. Niveauerne er gennemsnit på en skala fra 1 til 5.',
    change: 'Ændring',
    notYet: 'Ingen endnu',
    respondents: (n: number) => (n === 1 ? '1 besvarelse' : `${n} besvarelser`),
    detailsHeading: 'Målingerne enkeltvis',
  },
  status: {
    ...sharedDa.status,
    lead: (date: string) =>
      `Sådan stod planen, da samarbejdsudvalget markerede status den ${date}. Tallene er gemt, som de var den dag.`,
    noSnapshot: 'Samarbejdsudvalget har endnu ikke markeret nogen status for planen.',
    note: 'Bemærkning',
    progressWeighted: 'vægtet efter planlagte deltagere',
    progressUnweighted: 'gennemsnit af indsatserne',
    progressNone: 'ingen indsatser at måle på',
    budgetNote: 'aflyste indsatser ikke medregnet',
    spentNote: (share: string) => `${share} af budgettet`,
    reachedNote: (planned: string) => `af ${planned} planlagte`,
    byStatus: 'Indsatser efter status',
    overdue: 'Har overskredet slutdatoen',
    overdueNone: 'Ingen indsatser havde overskredet slutdatoen.',
    overdueItem: (title: string, days: string, progress: string) =>
      `${title} (${days} dage over, fremdrift ${progress})`,
    since: (date: string, days: string) => `Siden forrige status den ${date} (${days} dage før)`,
    first: 'Det er den første markerede status, så der er ikke en tidligere at sammenligne med.',
    figure: 'Nøgletal',
    previous: 'Forrige',
    latest: 'Seneste',
    notComparable: 'kan ikke sammenlignes',
    points: (change: string) => `${change} procentpoint`,
    nothingMoved: 'Ingen indsatser har flyttet sig siden forrige status.',
    statusMove: (from: string, to: string) => `status ${from} → ${to}`,
    progressMove: (from: string, to: string) => `fremdrift ${from} → ${to}`,
    spentMove: (change: string) => `forbrug ${change}`,
    reachedMove: (change: string) => `deltagere nået ${change}`,
    history: 'Alle markerede statusser',
    more: (count: string) => `Og ${count} flere.`,
  },
  impactMap: {
    lead: 'Planen tegnet fra hvorfor til hvad: baggrunde, målgrupper, kompetencer med læringsmål og indsatser. En linje viser, at to punkter hænger sammen; en rød stiplet ramme markerer et hul i planen.',
    empty:
      'Der er endnu intet at tegne: planen har ingen baggrunde, målgrupper, kompetencer eller indsatser.',
    split: (pages: number) =>
      `Kortet er for stort til én side og er delt over ${pages} sider med kompetencerne i planens rækkefølge. En baggrund eller målgruppe, der hører til kompetencer på flere sider, står på hver af dem.`,
    part: (page: number, pages: number) => `Kortet fortsat, del ${page} af ${pages}`,
    activityCount: (count: number, shown: string) =>
      count === 1 ? '1 indsats' : `${shown} indsatser`,
    looseActivities: (count: number, shown: string) =>
      count === 1 ? '1 indsats uden kompetence' : `${shown} indsatser uden kompetence`,
    counted: (count: string) =>
      `Planen har ${count} indsatser, så kortet viser, hvor mange indsatser hver kompetence har. Hver indsats står i oversigten over indsatser.`,
    cancelled: 'aflyst',
    gap: 'Hul i planen',
    gaps: (count: number) => (count === 1 ? '1 hul i planen' : `${count} huller i planen`),
    noGaps:
      'Der er ingen huller: alle baggrunde, målgrupper, kompetencer og indsatser hænger sammen.',
    legendLink: 'Hænger sammen',
    altText: (
      drivers: string,
      groups: string,
      competences: string,
      activities: string,
      links: string,
    ) =>
      `Virkningskort over planen i fire kolonner fra hvorfor til hvad: ${drivers} baggrunde, ${groups} målgrupper, ${competences} kompetencer med deres læringsmål og ${activities} indsatser, forbundet af ${links} linjer, der viser, hvad der hænger sammen.`,
    altTextGaps: (count: number) =>
      count === 0
        ? 'Planen har ingen huller.'
        : count === 1
          ? 'Planen har 1 hul, som er nævnt under kortet.'
          : `Planen har ${count} huller, som er nævnt under kortet.`,
  },
  yearWheel: {
    ...sharedDa.yearWheel,
    lead: 'Samarbejdsudvalgets faste gang gennem året, måned for måned, begyndende med den måned planperioden starter.',
    empty: 'Årshjulet har endnu ingen punkter.',
    monthNumber: 'Månedsnr.',
    item: 'Punkt',
    kind: 'Type',
    nothing: 'Intet planlagt',
    linked: 'Knyttet til',
    wheelLabel: 'Antal punkter pr. måned',
    altText: (count: string, first: string, kinds: string) =>
      `Årshjul med ${count} punkter, tegnet som en ring af tolv måneder med uret fra ${first}, hvert punkt et mærke i sin types form og farve. Punkter efter type: ${kinds}. Tabellen under hjulet nævner hvert punkt måned for måned.`,
  },
  plan: {
    ...sharedDa.plan,
    periodStart: 'Periode fra',
    periodEnd: 'Periode til',
    principle: (n: number) => `Princip ${n}`,
    levelMeaning: (n: number) => `Niveau ${n} betyder`,
    exported: 'Udskrevet',
    field: 'Felt',
    value: 'Værdi',
  },
  sheets: {
    ...sharedDa.sheets,
    plan: 'Plan',
    members: 'Udvalg',
    budget: 'Budget',
  },
  /** Excel's header and footer codes: &P is the page, &N the number of pages. */
  workbook: { pageOf: 'Side &P af &N' },
  columns: {
    ...sharedDa.columns,
    priority: 'Prioritet (1 høj – 3 lav)',
    currentLevel: 'Niveau i dag (1–5)',
    targetLevel: 'Målniveau (1–5)',
    usedFor: 'Bruges til kompetencer',
  },
  /** Units added to CSV headers, where a number cell cannot carry its own format. */
  units: { money: 'kr.', percent: '%' },
  languages: { da: 'Dansk', en: 'Engelsk' },
  ...sharedDa.enums,
};

export type ExportTexts = typeof da;

const en: ExportTexts = {
  document: {
    ...sharedEn.document,
    kicker: 'Competence development plan',
    subtitle:
      "The cooperation committee's plan for competence development in the digital transformation",
    subject: 'Competence development plan for the digital transformation',
    untitled: 'Untitled competence development plan',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    range: (from, to) => `${from} – ${to}`,
    from: (date) => `From ${date}`,
    until: (date) => `Until ${date}`,
  },
  cover: {
    ...sharedEn.cover,
    notAdopted: 'Not adopted yet',
    exported: 'Exported',
    contents: 'Contents',
    unfilled: 'Not filled in yet',
  },
  sections: sharedEn.sections,
  agenda: {
    heading: 'For the committee’s agenda',
    request: 'Proposed decision',
    plan: 'The plan',
    latestStatus: 'Latest status marked',
    figures: 'Key figures',
    approval: 'Approved by the cooperation committee',
    date: 'Date',
    chair: 'Chair',
    viceChair: 'Vice-chair',
  },
  committee: {
    ...sharedEn.committee,
    members: 'Members',
    principles: 'Principles and guidelines for competence development',
    principlesIntro:
      'Under section 8 of the competence development agreement, the cooperation committee sets principles and guidelines for competence development and evaluates the whole effort every year, including how the annual development talks are used.',
  },
  summary: {
    ...sharedEn.summary,
    activitiesNote: (active) =>
      active === 1 ? '1 in progress or planned' : `${active} in progress or planned`,
    budget: 'Total budget',
    budgetNote: (sources) =>
      sources === 1 ? 'from 1 funding source' : `from ${sources} funding sources`,
    spentNote: (share) => `${share} of the budget`,
    progressNote: 'weighted by planned participants',
    progressNoteUnweighted: 'average of the activities',
    drivers: 'Why: drivers',
    competences: 'What: top-priority competences',
    moreCompetences: (n) => (n === 1 ? 'and 1 more competence' : `and ${n} more competences`),
    moreDrivers: (n) => (n === 1 ? 'and 1 more driver' : `and ${n} more drivers`),
    statusCounts: 'How far: activities by status',
    cancelledNote:
      'Cancelled activities are counted under status. Their unspent budget and their progress are left out, but what had already been spent on them is included in spending.',
  },
  priority: sharedEn.priority,
  drivers: {
    ...sharedEn.drivers,
    descriptionEmpty: 'The driver has not been described yet.',
  },
  competences: {
    ...sharedEn.competences,
    levelChange: (from, to) => `from ${from} to ${to} on a scale of 1 to 5`,
    levelTarget: (to) => `target ${to} on a scale of 1 to 5`,
    levelCurrent: (from) => `today ${from} on a scale of 1 to 5`,
    levelMeaning: (level, meaning) => `${level}: ${meaning}`,
    scaleHeading: 'The level scale',
    scaleIntro: 'How the levels from 1 to 5 are read in this plan.',
    descriptionEmpty: 'The competence has not been described yet.',
  },
  stateModel: {
    heading: 'The plan’s competences in the state’s competence model',
    intro:
      'The Agency for Digital Government’s Model of Digital Skills (Model for digitale kompetencer i staten) is a common language for digital competences across ministries. The table shows which of the model’s areas and subcategories the plan’s competences from the catalogue serve, and why.',
    competence: 'Competence',
    area: 'Area',
    subcategory: 'Subcategory',
    reason: 'Reason',
    wholeArea: 'The area as a whole',
    customLeftOut:
      'Competences the committee has worded itself are left out, as they are not linked to the model.',
    borrowedNote:
      'Names in italics are in Danish, as the Agency for Digital Government writes them; no English name was found.',
  },
  methods: {
    ...sharedEn.methods,
    intro:
      "For each method, the competences it is meant to build and why it suits them. The reasons come from Omstil's catalogue, which draws on the experience of Kompetencesekretariatet, the state's joint secretariat for competence development.",
    usedFor: 'Used for',
    usedInActivities: 'Used in the activities',
    noRationale:
      "The committee's own choice; the catalogue gives no reason for this particular combination.",
    descriptionEmpty: 'The method has not been described yet.',
  },
  activities: {
    ...sharedEn.activities,
    totalNote:
      'The budget of cancelled activities is not included in the total, but what had already been spent on them is included in spending.',
  },
  timeline: {
    ...sharedEn.timeline,
    intro:
      'The activities over the plan period, month by month. The pattern of the bar and the letter after the title show the status.',
    noPeriod: 'The plan has no period and no activity has dates, so no timeline can be drawn.',
    undated: 'No dates',
    clipped: 'An arrow means that the activity continues outside the plan period.',
    load: 'Activities running per month',
    loadCounts: 'Only planned activities and those in progress are counted.',
    loadMax: (n) => `Tallest bar: ${n}`,
    tooMany: (n) =>
      `The plan has ${n} activities, so the timeline shows them in monthly totals. Each activity's period is given in the list of activities.`,
    altText: (count, from, to, statuses) =>
      `Timeline of ${count} activities from ${from} to ${to}, each shown as a bar from start to end, with the number of activities running month by month at the top. Activities by status: ${statuses}. Each activity's period and status are also given in the list of activities.`,
    altTextUndated: (count) =>
      `Timeline of ${count} activities that have no dates yet, so there are no bars to draw.`,
  },
  budget: {
    ...sharedEn.budget,
    intro: 'Budget and spending for the activities, by funding source.',
    source: 'Funding source',
    share: 'Share of budget',
    noSource: 'Funding not stated',
    remaining: 'Remaining',
    cancelledNote:
      'The unspent budget of cancelled activities is left out, but what had already been spent on them is included in spending.',
    ideasNote: 'Ideas the committee has not yet decided on are included at their estimated budget.',
  },
  measurements: {
    ...sharedEn.measurements,
    intro:
      'Baseline and latest follow-up measurement for each competence and target group. Levels are averages on a scale of 1 to 5.',
    change: 'Change',
    notYet: 'None yet',
    respondents: (n) => (n === 1 ? '1 response' : `${n} responses`),
    detailsHeading: 'Each measurement',
  },
  status: {
    ...sharedEn.status,
    lead: (date) =>
      `Where the plan stood when the committee marked its status on ${date}. The figures are kept as they were that day.`,
    noSnapshot: 'The committee has not marked a status for the plan yet.',
    note: 'Note',
    progressWeighted: 'weighted by planned participants',
    progressUnweighted: 'average of the activities',
    progressNone: 'no activities to measure',
    budgetNote: 'cancelled activities not included',
    spentNote: (share) => `${share} of the budget`,
    reachedNote: (planned) => `of ${planned} planned`,
    byStatus: 'Activities by status',
    overdue: 'Past their end date',
    overdueNone: 'No activity was past its end date.',
    overdueItem: (title, days, progress) => `${title} (${days} days over, progress ${progress})`,
    since: (date, days) => `Since the previous status on ${date} (${days} days earlier)`,
    first: 'This is the first status marked, so there is no earlier one to compare with.',
    figure: 'Key figure',
    previous: 'Previous',
    latest: 'Latest',
    notComparable: 'cannot be compared',
    points: (change) => `${change} percentage points`,
    nothingMoved: 'No activity has moved since the previous status.',
    statusMove: (from, to) => `status ${from} → ${to}`,
    progressMove: (from, to) => `progress ${from} → ${to}`,
    spentMove: (change) => `spent ${change}`,
    reachedMove: (change) => `participants reached ${change}`,
    history: 'Every status marked',
    more: (count) => `And ${count} more.`,
  },
  impactMap: {
    lead: 'The plan drawn from why to what: drivers, target groups, competences with learning objectives, and activities. A line shows that two items are linked; a dashed red frame marks a gap in the plan.',
    empty:
      'There is nothing to draw yet: the plan has no drivers, target groups, competences or activities.',
    split: (pages) =>
      `The map is too large for one page and is split over ${pages} pages, with the competences in the plan's order. A driver or target group that belongs to competences on several pages is shown on each of them.`,
    part: (page, pages) => `The map continued, part ${page} of ${pages}`,
    activityCount: (count, shown) => (count === 1 ? '1 activity' : `${shown} activities`),
    looseActivities: (count, shown) =>
      count === 1 ? '1 activity without a competence' : `${shown} activities without a competence`,
    counted: (count) =>
      `The plan has ${count} activities, so the map shows how many activities each competence has. Each activity is given in the list of activities.`,
    cancelled: 'cancelled',
    gap: 'Gap in the plan',
    gaps: (count) => (count === 1 ? '1 gap in the plan' : `${count} gaps in the plan`),
    noGaps: 'There are no gaps: every driver, target group, competence and activity is linked.',
    legendLink: 'Linked',
    altText: (drivers, groups, competences, activities, links) =>
      `Impact map of the plan in four columns from why to what: ${drivers} drivers, ${groups} target groups, ${competences} competences with their learning objectives, and ${activities} activities, joined by ${links} lines that show what is linked.`,
    altTextGaps: (count) =>
      count === 0
        ? 'The plan has no gaps.'
        : count === 1
          ? 'The plan has 1 gap, listed under the map.'
          : `The plan has ${count} gaps, listed under the map.`,
  },
  yearWheel: {
    ...sharedEn.yearWheel,
    lead: 'The committee’s recurring year, month by month, beginning with the month the plan period starts.',
    empty: 'The year wheel has no items yet.',
    monthNumber: 'Month no.',
    item: 'Item',
    kind: 'Kind',
    nothing: 'Nothing planned',
    linked: 'Linked to',
    wheelLabel: 'Number of items per month',
    altText: (count, first, kinds) =>
      `Year wheel of ${count} items, drawn as a ring of twelve months clockwise from ${first}, each item a mark in its kind's shape and colour. Items by kind: ${kinds}. The table under the wheel names each item month by month.`,
  },
  plan: {
    ...sharedEn.plan,
    periodStart: 'Period from',
    periodEnd: 'Period to',
    principle: (n) => `Principle ${n}`,
    levelMeaning: (n) => `Level ${n} means`,
    exported: 'Exported',
    field: 'Field',
    value: 'Value',
  },
  sheets: {
    ...sharedEn.sheets,
    plan: 'Plan',
    members: 'Committee',
    budget: 'Budget',
  },
  workbook: { pageOf: 'Page &P of &N' },
  columns: {
    ...sharedEn.columns,
    priority: 'Priority (1 high – 3 low)',
    currentLevel: 'Level today (1–5)',
    targetLevel: 'Target level (1–5)',
    usedFor: 'Used for competences',
  },
  units: { money: 'DKK', percent: '%' },
  languages: { da: 'Danish', en: 'English' },
  ...sharedEn.enums,
};

export const exportTexts: Record<Language, ExportTexts> = { da, en };
