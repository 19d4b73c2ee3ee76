import type { WorkshopFormatId, WorkshopStepId } from '../workshop/formats';
import type { LocalizedText } from './localized';

export interface WorkshopFormatText {
  title: LocalizedText;
  /** What the workshop is and what it ends in, for choosing it. */
  summary: LocalizedText;
}

export interface WorkshopStepText {
  /** Short enough for the agenda at projector size. */
  title: LocalizedText;
  /** The facilitator's guide: what to do and ask in the step. */
  guide: LocalizedText;
}

/**
 * The names of the two workshops of Kompetencedialogen, shared by the screen, the posters and the
 * minutes so the committee meets the same words on the wall and on paper.
 */
export const WORKSHOP_FORMAT_TEXTS = {
  su: {
    title: {
      da: 'Workshop i samarbejdsudvalget',
      en: 'Cooperation committee workshop',
    },
    summary: {
      da: 'En halv dag i samarbejdsudvalget om, hvilke kompetencer arbejdspladsen har brug for. Den ender i input til kompetencestrategien og planen: baggrunde, kompetencer, principper og prioriteringer.',
      en: 'Half a day in the cooperation committee on the competences the workplace needs. It ends in input to the competence strategy and the plan: drivers, competences, principles and priorities.',
    },
  },
  team: {
    title: {
      da: 'Gruppeudviklingssamtale (GRUS)',
      en: 'Group development talk (GRUS)',
    },
    summary: {
      da: 'En samtale mellem en leder og et team om teamets samlede kompetencer og behov for udvikling. Den ender i en gruppeudviklingsplan: teamets kompetencer, aktiviteter og hvem der har ansvaret.',
      en: 'A talk between a manager and a team on the team’s shared competences and development needs. It ends in a group development plan: the team’s competences, activities and who is responsible.',
    },
  },
} satisfies Record<WorkshopFormatId, WorkshopFormatText>;

/** Each step's title and facilitator's guide, under the step's id in `../workshop/formats.ts`. */
export const WORKSHOP_STEP_TEXTS = {
  'su-opening': {
    title: { da: 'Velkomst og rammer', en: 'Welcome and framework' },
    guide: {
      da: 'Byd velkommen, og sig, hvad workshoppen skal ende i: input til arbejdspladsens kompetencestrategi, som samarbejdsudvalget fastlægger efter Kompetenceaftalens § 8. Gennemgå programmet og spillereglerne: alle kommer til orde, og I taler om grupper af medarbejdere, ikke om enkeltpersoner. Aftal, hvem der skriver undervejs.',
      en: 'Welcome the committee and say what the workshop is to end in: input to the workplace’s competence strategy, which the committee sets under § 8 of the competence agreement. Go through the programme and the ground rules: everyone has their say, and you speak of groups of staff, not of individuals. Agree who takes notes.',
    },
  },
  'su-drivers': {
    title: { da: 'Baggrunde og udfordringer', en: 'Drivers and challenges' },
    guide: {
      da: 'Tag udgangspunkt i arbejdspladsens opgaver, strategiske mål og vilkår. Spørg: Hvad ændrer sig for os de næste to til tre år – nye opgaver, nye it-systemer, krav om effektivisering, brug af data, sikkerhed? Skriv hver baggrund på sit eget kort. Ikke alle udfordringer løses med kompetenceudvikling; nogle kræver ændrede arbejdsgange eller ledelsens opmærksomhed.',
      en: 'Start from the workplace’s tasks, strategic goals and conditions. Ask: what will change for us in the next two to three years – new tasks, new IT systems, demands for efficiency, the use of data, security? Write each driver on a card of its own. Not every challenge is met by developing competences; some call for changed procedures or management’s attention.',
    },
  },
  'su-competences': {
    title: { da: 'Kompetencebehov', en: 'Competence needs' },
    guide: {
      da: 'Gå fra baggrundene til kompetencerne: Hvad skal ledere og medarbejdere kunne for at møde udfordringerne? Knyt hver kompetence til de baggrunde, den svarer på, og sig, hvilke målgrupper den gælder. Drøft kort, hvor I står i dag, og hvor I skal hen. En kompetence er noget, man kan bruge i opgaveløsningen – ikke et kursus.',
      en: 'Move from the drivers to the competences: what must managers and staff be able to do to meet the challenges? Link each competence to the drivers it answers, and say which target groups it concerns. Discuss briefly where you stand today and where you need to get to. A competence is something used in the work – not a course.',
    },
  },
  'su-break': {
    title: { da: 'Pause', en: 'Break' },
    guide: {
      da: 'Hold pause. Lad kortene stå på skærmen, så deltagerne kan læse dem igennem og komme med tilføjelser, når I går i gang igen.',
      en: 'Take a break. Leave the cards on the screen, so the participants can read them through and add to them when you start again.',
    },
  },
  'su-methods': {
    title: { da: 'Metoder', en: 'Methods' },
    guide: {
      da: 'Drøft, hvordan kompetencerne bedst udvikles hos jer. Læring sker ikke kun på kurser: sidemandsoplæring, nabotræning, superbrugere og brug af det lærte i hverdagen tæller med. Spørg til erfaringerne: Hvad har virket hos jer før, og hvad skal der til, for at det lærte bliver brugt i opgaveløsningen?',
      en: 'Discuss how the competences are best developed in your workplace. Learning does not only happen on courses: training on the job, peer training, super users and using what was learned in daily work count too. Ask about experience: what has worked for you before, and what does it take for what is learned to be used in the work?',
    },
  },
  'su-principles': {
    title: { da: 'Principper', en: 'Principles' },
    guide: {
      da: 'Formulér de principper og retningslinjer, samarbejdsudvalget vil lægge til grund for kompetenceudviklingen – fx at den er et fælles ansvar for ledere og medarbejdere, at den følges op i MUS og GRUS, eller at alle medarbejdergrupper skal have del i den. Hold principperne få og korte, så I kan bruge dem, når der skal prioriteres.',
      en: 'Put into words the principles and guidelines the committee will base competence development on – for instance that it is a shared responsibility of managers and staff, that it is followed up in the development talks (MUS and GRUS), or that every group of staff is to have a share in it. Keep the principles few and short, so that you can use them when you set priorities.',
    },
  },
  'su-priorities': {
    title: { da: 'Prioritering', en: 'Priorities' },
    guide: {
      da: 'Vælg få centrale indsatsområder: En strategi, der sigter bredt, risikerer ikke at ramme noget. Lad deltagerne prioritere kompetencerne, fx med prikker, og drøft resultatet. Er I enige om de vigtigste, og hvilke målgrupper har størst behov?',
      en: 'Choose a few central focus areas: a strategy aimed at everything risks hitting nothing. Let the participants prioritise the competences, with dots for instance, and discuss the result. Do you agree on the most important ones, and which target groups have the greatest need?',
    },
  },
  'su-closing': {
    title: { da: 'Opsamling og næste skridt', en: 'Summary and next steps' },
    guide: {
      da: 'Gennemgå, hvad I er nået frem til: baggrunde, kompetencer, principper og prioriteringer. Aftal, hvem der skriver udkastet til kompetencestrategien, og hvornår samarbejdsudvalget behandler det. Husk, at udvalget hvert år evaluerer den samlede indsats, og sæt gerne datoen i årshjulet.',
      en: 'Go through what you have arrived at: drivers, competences, principles and priorities. Agree who writes the draft competence strategy and when the committee will discuss it. Remember that the committee evaluates the whole effort every year, and put the date in the year wheel.',
    },
  },
  'team-opening': {
    title: { da: 'Velkomst og rammer', en: 'Welcome and framework' },
    guide: {
      da: 'Lederen byder velkommen og fortæller, hvorfor teamet holder samtalen, og hvad den skal ende i: en fælles gruppeudviklingsplan. Gennemgå programmet og spillereglerne. Samtalen handler om teamets fælles kompetencer og udvikling; den enkeltes udvikling hører hjemme i MUS.',
      en: 'The manager welcomes the team and says why the team holds the talk and what it is to end in: a shared group development plan. Go through the programme and the ground rules. The talk is about the team’s shared competences and development; each person’s own development belongs in their MUS.',
    },
  },
  'team-drivers': {
    title: { da: 'Mål og opgaver', en: 'Goals and tasks' },
    guide: {
      da: 'Tag udgangspunkt i arbejdspladsens mål og i kompetencestrategien, hvis den findes. Drøft, hvilke mål der har størst betydning for teamets opgaver, og hvilke ændringer der er på vej. Ikke alle mål kræver nye kompetencer; nogle kræver ændrede processer eller en anden organisering.',
      en: 'Start from the workplace’s goals and from the competence strategy, if there is one. Discuss which goals matter most to the team’s tasks, and which changes are on the way. Not every goal calls for new competences; some call for changed processes or another way of organising the work.',
    },
  },
  'team-competences': {
    title: { da: 'Teamets kompetencebehov', en: 'The team’s competence needs' },
    guide: {
      da: 'Drøft, hvad målene betyder for teamets kompetencer. Er der faglige, organisatoriske, almene eller relationelle kompetencer, som teamet som helhed skal udvikle? Tag gerne udgangspunkt i det, teamet allerede er godt til, og gør behovene så konkrete, at I kan se, hvornår de er dækket.',
      en: 'Discuss what the goals mean for the team’s competences. Are there professional, organisational, general or relational competences that the team as a whole must develop? Start from what the team is already good at, and make the needs concrete enough that you can tell when they are met.',
    },
  },
  'team-break': {
    title: { da: 'Pause', en: 'Break' },
    guide: {
      da: 'Hold en kort pause, før I går fra behov til aktiviteter.',
      en: 'Take a short break before you move from needs to activities.',
    },
  },
  'team-methods': {
    title: { da: 'Sådan lærer teamet', en: 'How the team learns' },
    guide: {
      da: 'Drøft, hvordan teamet bedst lærer det nye: af hinanden, ved sidemandsoplæring, på kurser, der kobles til opgaverne, eller ved at afprøve nye arbejdsgange sammen. Spørg, hvad der skal til i hverdagen, for at der er tid og plads til at lære.',
      en: 'Discuss how the team best learns what is new: from each other, by training on the job, on courses tied to the tasks, or by trying out new procedures together. Ask what daily work needs for there to be time and room to learn.',
    },
  },
  'team-activities': {
    title: { da: 'Gruppeudviklingsplanen', en: 'The group development plan' },
    guide: {
      da: 'Saml aftalerne i gruppeudviklingsplanen: Hvilke aktiviteter sætter I i gang, hvem har ansvaret for hver af dem, og hvornår skal de være gennemført? Hold planen kort og realistisk. Hver aktivitet skal have en ansvarlig, før I går videre.',
      en: 'Gather what you agreed in the group development plan: which activities do you start, who is responsible for each, and by when are they to be carried out? Keep the plan short and realistic. Every activity must have someone responsible before you move on.',
    },
  },
  'team-closing': {
    title: { da: 'Opfølgning', en: 'Follow-up' },
    guide: {
      da: 'Aftal, hvornår og hvordan I følger op på planen, og hvordan den bruges i de kommende MUS. Aftal også, hvad der skal videre til samarbejdsudvalget, så teamets behov kan indgå i arbejdspladsens samlede plan. Slut med en kort runde: Hvad tager hver især med herfra?',
      en: 'Agree when and how you will follow up on the plan, and how it is used in the coming MUS. Agree too what goes on to the cooperation committee, so that the team’s needs can become part of the workplace’s plan. End with a short round: what does each of you take away?',
    },
  },
} satisfies Record<WorkshopStepId, WorkshopStepText>;
