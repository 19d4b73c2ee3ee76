import type { CatalogEntry, DriverKey } from './types';

// Danish titles are the seed article's own words (Kompetencesekretariatet, "Tendenser i arbejdet
// med digitale kompetencer"); keep them verbatim, including the article's punctuation.
export const DRIVERS: readonly CatalogEntry<DriverKey>[] = [
  {
    key: 'strategy',
    title: {
      da: 'Digital udvikling som strategisk satsning',
      en: 'Digital development as a strategic priority',
    },
    description: {
      da: 'Ledelsen har gjort digitalisering til en del af arbejdspladsens strategi, og kompetenceudviklingen skal bære strategien ud i hverdagen. Det kan fx være en styrelse, hvis digitaliseringsstrategi sætter mål for selvbetjening og automatisering de næste tre år, og som derfor skal sikre, at medarbejderne kan arbejde på den nye måde.',
      en: "Management has made digitalisation part of the workplace's strategy, and competence development has to carry that strategy into everyday work. An example is an agency whose digitalisation strategy sets targets for self-service and automation over the next three years and which therefore has to make sure its staff can work in the new way.",
    },
  },
  {
    key: 'efficiency',
    title: { da: 'Effektivisering', en: 'Efficiency' },
    description: {
      da: 'Arbejdspladsen skal løse de samme eller flere opgaver med færre ressourcer, typisk fordi bevillingen falder eller opgavemængden stiger. Digitale løsninger skal frigøre tid, fx når en institution automatiserer journalisering og fakturabehandling, og medarbejderne skal lære at arbejde i de nye arbejdsgange.',
      en: 'The workplace has to handle the same or more tasks with fewer resources, typically because its appropriation falls or its workload grows. Digital solutions are meant to free up time, for instance when an institution automates records management and invoice processing, and staff have to learn the new workflows.',
    },
  },
  {
    key: 'new-tasks',
    title: {
      da: 'Nye ændrede opgaver som følge af digitalisering',
      en: 'New and changed tasks as a result of digitalisation',
    },
    description: {
      da: 'Digitaliseringen ændrer indholdet i jobbet: nogle opgaver forsvinder, andre kommer til, og rollerne flytter sig. Når ansøgninger fx bliver behandlet automatisk, går sagsbehandlerne fra at taste og kontrollere til at vejlede borgerne og tage sig af de komplicerede sager.',
      en: 'Digitalisation changes what the job consists of: some tasks disappear, new ones arrive and roles shift. When applications are processed automatically, for example, caseworkers move from keying in and checking data to advising citizens and handling the complex cases.',
    },
  },
  {
    key: 'new-systems',
    title: { da: 'Nye it-systemer/teknologier', en: 'New IT systems/technologies' },
    description: {
      da: 'Arbejdspladsen indfører et nyt it-system eller en ny teknologi, som mange medarbejdere skal kunne bruge fra første dag. Det kan være en styrelse, der skifter til et nyt sagsbehandlingssystem, eller en institution, der går fra fællesdrev og mail til Microsoft 365 og Teams.',
      en: 'The workplace introduces a new IT system or technology that many employees must be able to use from day one. It may be an agency switching to a new case-handling system, or an institution moving from shared drives and email to Microsoft 365 and Teams.',
    },
  },
  {
    key: 'security',
    title: { da: 'It- eller datasikkerhed', en: 'IT or data security' },
    description: {
      da: 'Kravene til informationssikkerhed og databeskyttelse skærpes, og trusler som phishing og ransomware rammer også statslige arbejdspladser. Kravene fra ISO 27001 og databeskyttelsesforordningen skal omsættes til god adfærd i hverdagen, fx at alle kan genkende en phishingmail og ved, hvordan personoplysninger må deles.',
      en: 'Requirements for information security and data protection are getting stricter, and threats such as phishing and ransomware hit state workplaces too. The requirements of ISO 27001 and the GDPR have to become everyday behaviour, for example everyone recognising a phishing email and knowing how personal data may be shared.',
    },
  },
  {
    key: 'data',
    title: { da: 'Big data/anvendelsen af data', en: 'Big data/the use of data' },
    description: {
      da: 'Arbejdspladsen vil bruge sine data bedre – til styring, analyse og beslutninger og i nogle tilfælde til maskinlæring og kunstig intelligens. Et eksempel er en styrelse, der samler sine sagsdata i et datavarehus, så kontorerne selv kan følge sagsbehandlingstider og finde flaskehalse.',
      en: 'The workplace wants to make better use of its data – for management, analysis and decisions, and in some cases for machine learning and artificial intelligence. An example is an agency that brings its case data together in a data warehouse so that each office can follow processing times and find bottlenecks itself.',
    },
  },
];
