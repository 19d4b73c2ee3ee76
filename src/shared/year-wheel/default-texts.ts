import type { LocalizedText } from '../i18n/localized';
import type { YearWheelKind, YearWheelOwner } from './types';

export interface DefaultItemText {
  kind: YearWheelKind;
  ownerRole: YearWheelOwner;
  title: LocalizedText;
  description: LocalizedText;
}

const FUND_CHECK: LocalizedText = {
  da: 'Tjek fondens aktuelle ansøgningsfrister, puljer og beløbsgrænser hos Den Statslige Kompetencefond – de ændrer sig. Medarbejderen søger, lederen godkender, og arbejdspladsen medfinansierer. Ansøgningen skal være godkendt, før aktiviteten begynder.',
  en: 'Check the fund’s current deadlines, pools and amount limits with Den Statslige Kompetencefond – they change. The employee applies, the manager approves and the workplace co-finances. The application must be approved before the activity starts.',
};

/** The default wheel's texts, as an HR consultant in a state workplace would write them. */
export const DEFAULT_TEXTS = {
  kickoff: {
    kind: 'su-meeting',
    ownerRole: 'committee',
    title: {
      da: 'SU-møde: kompetenceplanen sættes i gang',
      en: 'Committee meeting: the competence plan is launched',
    },
    description: {
      da: 'SU gennemgår planens indsatser, bekræfter, hvem der er ansvarlig for hver af dem, og aftaler, hvordan udvalget følger op i løbet af året.',
      en: 'The committee goes through the plan’s activities, confirms who is responsible for each and agrees how it will follow up during the year.',
    },
  },
  baseline: {
    kind: 'measurement-round',
    ownerRole: 'hr',
    title: {
      da: 'Nulpunktsmåling af kompetencerne',
      en: 'Baseline measurement of the competences',
    },
    description: {
      da: 'Mål niveauet for planens kompetencer i hver målgruppe, før indsatserne går i gang – fx med et kort spørgeskema i forbindelse med MUS. Uden et nulpunkt kan SU ikke se, om indsatserne har flyttet noget.',
      en: 'Measure the level of the plan’s competences in each target group before the activities start – for example with a short survey alongside MUS. Without a baseline the committee cannot see whether the activities moved anything.',
    },
  },
  status: {
    kind: 'su-meeting',
    ownerRole: 'committee',
    title: {
      da: 'SU-møde: status på kompetenceplanen',
      en: 'Committee meeting: status of the competence plan',
    },
    description: {
      da: 'Fremdrift, økonomi og deltagere i indsatserne, nye målinger og de indsatser, der er forsinket eller snart skal i gang. Markér en status, så udvalget kan se udviklingen fra møde til møde.',
      en: 'Progress, spending and participants, new measurements, and the activities that are late or about to start. Mark a status so the committee can see how the plan moves from meeting to meeting.',
    },
  },
  midMeasurement: {
    kind: 'measurement-round',
    ownerRole: 'hr',
    title: {
      da: 'Opfølgende måling: bliver det lærte brugt?',
      en: 'Follow-up measurement: is what was learned being used?',
    },
    description: {
      da: 'Følg op på de indsatser, der er gennemført: har deltagerne lært det, de skulle, og bruger de det i det daglige arbejde? Mål gerne på flere led i effektkæden.',
      en: 'Follow up on the activities carried out: did the participants learn what they were meant to, and do they use it in their daily work? Measure at several links of the effect chain where you can.',
    },
  },
  finalMeasurement: {
    kind: 'measurement-round',
    ownerRole: 'hr',
    title: {
      da: 'Opfølgende måling før den årlige evaluering',
      en: 'Follow-up measurement before the annual evaluation',
    },
    description: {
      da: 'Mål igen med de samme spørgsmål som ved nulpunktsmålingen, så evalueringen kan vise, hvad der har flyttet sig.',
      en: 'Measure again with the same questions as the baseline, so the evaluation can show what has moved.',
    },
  },
  evaluationPrep: {
    kind: 'other',
    ownerRole: 'hr',
    title: {
      da: 'Grundlaget for den årlige evaluering samles',
      en: 'The material for the annual evaluation is gathered',
    },
    description: {
      da: 'HR samler tallene fra planen – gennemførte og udskudte indsatser, forbrug i forhold til budget, deltagere og målinger – og en opsamling på gruppeniveau af, hvordan MUS og GRUS er brugt.',
      en: 'HR gathers the figures from the plan – activities carried out and postponed, spending against budget, participants and measurements – and a group-level summary of how MUS and GRUS were used.',
    },
  },
  evaluation: {
    kind: 'annual-evaluation',
    ownerRole: 'committee',
    title: {
      da: 'Årlig evaluering af kompetenceindsatsen (kompetenceaftalens § 8, stk. 2)',
      en: 'Annual evaluation of the competence effort (competence agreement § 8(2))',
    },
    description: {
      da: 'SU evaluerer den samlede indsats for kompetenceudvikling, herunder hvordan MUS er brugt til at følge op, og beslutter, hvad der skal fortsætte eller ændres i den kommende periode.',
      en: 'The committee evaluates the workplace’s whole competence development effort, including how MUS was used to follow up, and decides what is to continue or change in the coming period.',
    },
  },
  nextPlan: {
    kind: 'su-meeting',
    ownerRole: 'committee',
    title: {
      da: 'SU-møde: næste periodes kompetenceplan vedtages',
      en: 'Committee meeting: the next period’s competence plan is adopted',
    },
    description: {
      da: 'Udvalget vedtager principper og indsatser for den kommende periode på grundlag af evalueringens konklusioner og beslutninger.',
      en: 'The committee adopts principles and activities for the coming period on the basis of the evaluation’s conclusions and decisions.',
    },
  },
} satisfies Record<string, DefaultItemText>;

/** Items tied to the calendar and the financial year rather than to the plan's period. */
export const CALENDAR_TEXTS: readonly (DefaultItemText & { month: number })[] = [
  {
    month: 1,
    kind: 'budget',
    ownerRole: 'management',
    title: {
      da: 'Årets budget til kompetenceudvikling fordeles',
      en: 'The year’s competence development budget is allocated',
    },
    description: {
      da: 'Ledelsen fordeler årets midler på planens indsatser og orienterer SU. Husk den medfinansiering, som ansøgninger til Den Statslige Kompetencefond forudsætter.',
      en: 'Management allocates the year’s funds to the plan’s activities and informs the committee. Remember the co-financing that applications to Den Statslige Kompetencefond require.',
    },
  },
  {
    month: 2,
    kind: 'mus-round',
    ownerRole: 'hr',
    title: { da: 'MUS forberedes', en: 'Development talks (MUS) are prepared' },
    description: {
      da: 'Samtaleskemaet får et fast punkt om digitale kompetencer og planens mål, og lederne bliver klædt på til at aftale udviklingsmål, der følger op på planen.',
      en: 'The talk template gets a standing item on digital competences and the plan’s goals, and managers are prepared to agree development goals that follow up on the plan.',
    },
  },
  {
    month: 3,
    kind: 'mus-round',
    ownerRole: 'management',
    title: { da: 'MUS-runde', en: 'Round of development talks (MUS)' },
    description: {
      da: 'Leder og medarbejder aftaler udviklingsmål og kobler dem til planens indsatser, hvor det giver mening.',
      en: 'Manager and employee agree development goals and link them to the plan’s activities where that makes sense.',
    },
  },
  {
    month: 4,
    kind: 'mus-round',
    ownerRole: 'management',
    title: { da: 'GRUS i teamene', en: 'Group development talks (GRUS) in the teams' },
    description: {
      da: 'Teamene drøfter, hvad den digitale omstilling kræver af dem i fællesskab, og udarbejder en gruppeudviklingsplan.',
      en: 'The teams discuss what the digital transformation asks of them together and write a group development plan.',
    },
  },
  {
    month: 5,
    kind: 'other',
    ownerRole: 'hr',
    title: {
      da: 'Opsamling fra MUS og GRUS til SU',
      en: 'Summary of MUS and GRUS for the committee',
    },
    description: {
      da: 'HR samler op på tværs af samtalerne – på gruppeniveau og uden oplysninger om den enkelte – så SU kan se, hvilke behov der går igen.',
      en: 'HR summarises across the talks – at group level, with nothing about individuals – so the committee can see which needs recur.',
    },
  },
  {
    month: 5,
    kind: 'fund-deadline',
    ownerRole: 'hr',
    title: {
      da: 'Den Statslige Kompetencefond: tjek fristerne før efterårets kurser',
      en: 'Den Statslige Kompetencefond: check the deadlines before the autumn courses',
    },
    description: FUND_CHECK,
  },
  {
    month: 6,
    kind: 'other',
    ownerRole: 'management',
    title: {
      da: 'Tilmeldinger til efterårets kurser og uddannelser afklares',
      en: 'Enrolments for the autumn courses and programmes are settled',
    },
    description: {
      da: 'Lederne aftaler deltagere og tid til læring inden sommerferien, så efterårets indsatser kan begynde som planlagt.',
      en: 'Managers agree participants and time for learning before the summer holiday, so the autumn activities can start as planned.',
    },
  },
  {
    month: 7,
    kind: 'other',
    ownerRole: 'hr',
    title: {
      da: 'Sommerferie: status i planen opdateres',
      en: 'Summer holiday: the plan’s status is brought up to date',
    },
    description: {
      da: 'Ingen SU-møder. Fremdrift, forbrug og deltagere registreres, så status er klar til første møde efter ferien.',
      en: 'No committee meetings. Progress, spending and participants are recorded, so the status is ready for the first meeting after the holiday.',
    },
  },
  {
    month: 8,
    kind: 'other',
    ownerRole: 'management',
    title: { da: 'Efterårets indsatser begynder', en: 'The autumn activities begin' },
    description: {
      da: 'Deltagere, undervisere og lokaler bekræftes, og nye medarbejdere får en plan for deres oplæring.',
      en: 'Participants, trainers and rooms are confirmed, and new employees get a plan for their training.',
    },
  },
  {
    month: 9,
    kind: 'budget',
    ownerRole: 'management',
    title: {
      da: 'Budgetforslag for næste års kompetenceudvikling',
      en: 'Draft budget for next year’s competence development',
    },
    description: {
      da: 'Ledelsen udarbejder et forslag til næste års midler til kompetenceudvikling ud fra planen og årets forbrug.',
      en: 'Management drafts next year’s competence development funds from the plan and this year’s spending.',
    },
  },
  {
    month: 10,
    kind: 'budget',
    ownerRole: 'committee',
    title: {
      da: 'SU drøfter næste års budget til kompetenceudvikling',
      en: 'The committee discusses next year’s competence development budget',
    },
    description: {
      da: 'Udvalget orienteres om budgetforslaget og drøfter, om det svarer til planens prioriteringer.',
      en: 'The committee is informed of the draft budget and discusses whether it matches the plan’s priorities.',
    },
  },
  {
    month: 11,
    kind: 'fund-deadline',
    ownerRole: 'hr',
    title: {
      da: 'Den Statslige Kompetencefond: tjek fristerne før forårets kurser',
      en: 'Den Statslige Kompetencefond: check the deadlines before the spring courses',
    },
    description: FUND_CHECK,
  },
  {
    month: 12,
    kind: 'budget',
    ownerRole: 'management',
    title: { da: 'Årets forbrug gøres op', en: 'The year’s spending is totalled' },
    description: {
      da: 'Forbruget på planens indsatser sammenholdes med budgettet, og uforbrugte midler og udskudte indsatser drøftes.',
      en: 'Spending on the plan’s activities is compared with the budget, and unspent funds and postponed activities are discussed.',
    },
  },
];
