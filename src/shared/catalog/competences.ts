import type { CatalogEntry, CompetenceKey } from './types';

// Danish titles are the seed article's own words; keep them verbatim, including the en dash in
// "It-sikkerhed – datasikkerhed" and the article's "mv.".
export const COMPETENCES: readonly CatalogEntry<CompetenceKey>[] = [
  {
    key: 'digital-mindset',
    title: {
      da: 'Digitalt mindset/kultur/forandringsparathed',
      en: 'Digital mindset/culture/readiness for change',
    },
    description: {
      da: 'Lyst og mod til at tage nye digitale arbejdsformer i brug og til at se forandring som en naturlig del af arbejdet. Det handler mere om kultur end om værktøjer, fx at medarbejderne i et kontor selv foreslår, hvad der kan digitaliseres, i stedet for at vente på, at it-afdelingen kommer med en løsning.',
      en: 'The willingness and confidence to adopt new digital ways of working and to see change as a normal part of the job. It is about culture more than tools: for example, staff in an office proposing what could be digitised instead of waiting for the IT department to bring a solution.',
    },
  },
  {
    key: 'workflow-optimisation',
    title: {
      da: 'Optimering af arbejdsgange/strøm til manuelle arbejdsgange',
      en: 'Optimising workflows/digitising manual workflows',
    },
    description: {
      da: 'Evnen til at kortlægge og forbedre egne arbejdsgange og se, hvor manuelle trin kan digitaliseres eller automatiseres. Et eksempel er et økonomikontor, der kortlægger sin proces for rejseafregning og lader en softwarerobot overtage de gentagne tastninger.',
      en: 'The ability to map and improve your own workflows and to see where manual steps can be digitised or automated. An example is a finance office that maps its travel-expense process and lets a software robot take over the repetitive data entry.',
    },
  },
  {
    key: 'general-skills',
    title: { da: 'Almene kompetencer, dansk, it mv.', en: 'General skills, Danish, IT, etc.' },
    description: {
      da: 'Grundlæggende færdigheder som læsning, skriftlig dansk, regning og basal it, som er forudsætningen for at kunne bruge de nye digitale løsninger. Det kan fx være servicemedarbejdere på et universitet, der skal registrere opgaver på en tablet og læse instrukser i et digitalt system, og som får tilbudt FVU eller et it-kursus.',
      en: 'Basic skills such as reading, written Danish, numeracy and basic IT, which are the precondition for using the new digital solutions. For example, service staff at a university who must log tasks on a tablet and read instructions in a digital system, and who are offered preparatory adult education (FVU) or an IT course.',
    },
  },
  {
    key: 'digital-innovation',
    title: {
      da: 'Metoder til digital innovation, sprint mv.',
      en: 'Methods for digital innovation, sprints, etc.',
    },
    description: {
      da: 'Kendskab til og øvelse i metoder, der bruges til at udvikle digitale løsninger hurtigt og sammen med brugerne, fx designsprint, agile arbejdsformer og prototyper. Et eksempel er et tværgående team i et ministerium, der på fem dage går fra problem til en testet prototype på en ny selvbetjeningsløsning.',
      en: 'Knowledge of and practice in methods for developing digital solutions quickly and together with users, such as design sprints, agile ways of working and prototypes. An example is a cross-cutting team in a ministry going from a problem to a tested prototype of a new self-service solution in five days.',
    },
  },
  {
    key: 'project-teams',
    title: {
      da: 'Projekt- og teamledelse/deltagelse',
      en: 'Project and team leadership/participation',
    },
    description: {
      da: 'Kompetencer til at lede og deltage i projekter og teams, ofte på tværs af fagligheder og enheder. Det gælder både projektlederen, der skal styre et systemskifte, og de medarbejdere, der skal deltage i projektet ved siden af deres daglige opgaver.',
      en: 'The skills to lead and take part in projects and teams, often across professions and units. This applies both to the project manager running a system replacement and to the staff who join the project alongside their day-to-day work.',
    },
  },
  {
    key: 'trainer-skills',
    title: {
      da: 'Nye underviserkompetencer i forhold til digitale værktøjer',
      en: 'New trainer skills for digital tools',
    },
    description: {
      da: 'Evnen til at lære kolleger at bruge nye digitale værktøjer – hos interne undervisere, superbrugere og ambassadører – og til at undervise med digitale værktøjer. Et eksempel er superbrugerne i et nyt ESDH-system, der skal kunne planlægge en kort introduktion, vise funktionerne og hjælpe kollegerne videre ved skrivebordet.',
      en: 'The ability to teach colleagues to use new digital tools – for internal trainers, super-users and ambassadors – and to teach with digital tools. An example is the super-users of a new electronic records system, who must be able to plan a short introduction, demonstrate the functions and help colleagues at their desks.',
    },
  },
  {
    key: 'service-communication',
    title: { da: 'Serviceadfærd, kommunikation', en: 'Service behaviour, communication' },
    description: {
      da: 'Serviceadfærd og kommunikation over for borgere, virksomheder og andre brugere, når kontakten flytter over på digitale kanaler. Når borgerne fx skal bruge selvbetjening i stedet for at ringe, skal medarbejderne kunne skrive klart i digital post og guide de brugere, der har svært ved de digitale løsninger.',
      en: 'Service behaviour and communication with citizens, businesses and other users as contact moves to digital channels. When citizens are expected to use self-service instead of phoning, for example, staff must be able to write clearly in digital mail and guide the users who struggle with the digital solutions.',
    },
  },
  {
    key: 'collaboration',
    title: { da: 'Samarbejde, social kapital', en: 'Collaboration, social capital' },
    description: {
      da: 'Samarbejde og social kapital – tillid, retfærdighed og samarbejdsevne – som gør det muligt at komme godt igennem en forandring sammen. Når arbejdet fx flytter fra fysiske kontorer til hybride teams på Teams, skal kollegerne finde nye måder at dele viden og hjælpe hinanden på.',
      en: 'Collaboration and social capital – trust, fairness and the ability to work together – which make it possible to get through a change well together. When work moves from physical offices to hybrid teams on Teams, for example, colleagues have to find new ways of sharing knowledge and helping each other.',
    },
  },
  {
    key: 'digital-leadership',
    title: { da: 'Digital ledelse', en: 'Digital leadership' },
    description: {
      da: 'Ledernes evne til at sætte retning for den digitale omstilling, forstå teknologiens muligheder og lede medarbejderne gennem forandringen. Det kan fx være kontorchefer i en styrelse, der skal prioritere, hvilke opgaver der automatiseres, og samtidig lede medarbejdere, som er usikre på, hvad det betyder for deres job.',
      en: "Managers' ability to set the direction for the digital transformation, understand what the technology makes possible and lead staff through the change. An example is heads of division in an agency who must decide which tasks to automate while leading staff who are unsure what it means for their jobs.",
    },
  },
  {
    key: 'it-security',
    title: { da: 'It-sikkerhed – datasikkerhed', en: 'IT security – data security' },
    description: {
      da: 'Viden og adfærd, der beskytter arbejdspladsens systemer og data, hos alle medarbejdere og ikke kun i it-afdelingen. Det omfatter fx at kunne genkende phishing, bruge totrinslogin, behandle personoplysninger efter reglerne og vide, hvem man kontakter ved et sikkerhedsbrud.',
      en: "Knowledge and behaviour that protect the workplace's systems and data, among all staff and not only in the IT department. It covers, for example, recognising phishing, using two-factor login, handling personal data by the rules and knowing whom to contact after a security breach.",
    },
  },
  {
    key: 'specialist',
    title: {
      da: 'Specialistkompetencer i forhold til it, teknologi eller data',
      en: 'Specialist skills in IT, technology or data',
    },
    description: {
      da: 'Dybe faglige kompetencer inden for it, teknologi eller data, som arbejdspladsen har brug for selv at have frem for at købe dem udefra. Det kan fx være dataanalytikere, der skal lære Python og Power BI, eller it-arkitekter, der skal kunne stille krav til en ny cloudløsning.',
      en: 'In-depth expertise in IT, technology or data that the workplace needs to have in-house rather than buy in. Examples are data analysts who need to learn Python and Power BI, or IT architects who must be able to set requirements for a new cloud solution.',
    },
  },
];
