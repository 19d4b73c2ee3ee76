import { FIELD_LABELS } from '../../../shared/i18n/field-labels';
import type { Texts } from '../texts';

/**
 * The help beside each screen (F1 or Hjælp): what the screen is for, how its main task is done in
 * three steps, the words of the field, and the level scale with what each step means. Danish is
 * the original; English has the same keys.
 */
export const helpDa = {
  panel: {
    button: 'Hjælp',
    buttonTitle: 'Hjælp til det, du ser nu (F1)',
    heading: 'Hjælp: {{screen}}',
    close: 'Luk hjælpen',
    purpose: 'Hvad skærmen bruges til',
    howTo: 'Sådan gør I',
    glossary: 'Ord og begreber',
    scale: 'Niveauskalaen i denne plan',
    keys: 'F1 åbner hjælpen. Esc lukker den, når markøren står i hjælpen.',
    guideScreen: 'Guidet start',
  },
  screens: {
    overview: {
      purpose:
        'Overblikket er planens ramme: organisation og enhed, den periode planen gælder for, formålet, SU’s principper og retningslinjer for kompetenceudvikling og udvalgets medlemmer.',
      step1:
        'Udfyld organisation, enhed, periode og formål. En ændring gemmes, så snart I forlader feltet.',
      step2:
        'Skriv SU’s principper og retningslinjer for kompetenceudvikling ind ét ad gangen. Det er udvalgets opgave efter Kompetenceaftalens § 8.',
      step3:
        'Tilføj udvalgets medlemmer, skriv i afsnittet Niveauernes betydning, hvad niveau 1 til 5 betyder hos jer, og markér planens status, når SU har drøftet eller vedtaget den. Under Ændringshistorik vælger I, hvor mange ændringer planen gemmer, så en kopi sendt til en kollega stadig kan flettes ændring for ændring.',
    },
    drivers: {
      purpose:
        'Her beskriver I, hvorfor arbejdspladsen skal udvikle kompetencer: de baggrunde og udfordringer, der driver den digitale omstilling, fx nye it-systemer eller krav om effektivisering.',
      step1: 'Vælg de baggrunde i kataloget, der passer på jer, eller skriv jeres egne.',
      step2: 'Beskriv for hver baggrund, hvordan situationen er hos jer, og giv den en prioritet.',
      step3:
        'Knyt derefter kompetencerne til de baggrunde, de skal svare på, så sammenhængen fra udfordring til indsats kan ses.',
    },
    targetGroups: {
      purpose:
        'Målgrupperne er de grupper af medarbejdere, som indsatserne retter sig mod. Planen nævner grupper, ikke enkeltpersoner – den enkeltes udvikling drøftes i MUS.',
      step1:
        'Tilføj en målgruppe med et navn, der siger, hvem der er tale om, fx »Sagsbehandlere i Tilskudskontoret«.',
      step2:
        'Angiv, hvor mange medarbejdere gruppen omfatter, så deltagertal og budget kan vurderes.',
      step3: 'Knyt målgrupperne til kompetencer og indsatser på de skærme, der handler om dem.',
    },
    competences: {
      purpose:
        'Her beslutter I, hvilke kompetencer der skal udvikles, for hvilke målgrupper og fra hvilket niveau til hvilket. Matricen viser, hvilke metoder der er valgt til hver kompetence.',
      step1: 'Vælg kompetencer i kataloget, eller skriv jeres egne, og prioritér dem.',
      step2:
        'Angiv nuværende niveau og målniveau på skalaen fra 1 til 5. Under feltet står, hvad niveauet betyder i jeres plan.',
      step3:
        'Skriv læringsmål, der siger, hvad medarbejderne skal kunne bagefter, og vælg metoder i matricen eller blandt forslagene.',
    },
    methods: {
      purpose:
        'Metoderne er måderne, kompetencerne udvikles på, fx sidemandsoplæring, train-the-trainer eller kurser koblet med anvendelse i praksis.',
      step1:
        'Vælg metoder i kataloget. Forslagene bygger på Kompetencesekretariatets erfaringer fra statslige arbejdspladser.',
      step2: 'Beskriv, hvordan metoden skal bruges hos jer.',
      step3: 'Knyt metoden til de kompetencer, den skal styrke, i matricen under Kompetencer.',
    },
    activities: {
      purpose:
        'Indsatserne er planens konkrete aktiviteter: hvad der skal ske, hvem der har ansvaret, hvornår, hvad det koster, og hvordan det finansieres.',
      step1: 'Tilføj en indsats med en titel, og udfyld ansvarlig, startdato og slutdato.',
      step2:
        'Angiv budget, forbrug og finansiering, fx Den Statslige Kompetencefond, og hvor mange deltagere I regner med.',
      step3:
        'Opdatér status, fremdrift og antal deltagere, efterhånden som indsatsen skrider frem.',
    },
    measurements: {
      purpose:
        'Målingerne viser kompetenceniveauet før og efter indsatserne, så SU kan følge, om de virker.',
      step1: 'Tilføj en førmåling for en kompetence og en målgruppe, inden indsatsen går i gang.',
      step2:
        'Angiv det målte niveau fra 1 til 5 – gerne et gennemsnit med decimaler – og hvor mange der har svaret.',
      step3:
        'Tilføj en opfølgende måling bagefter, og angiv, hvilket led i effektkæden målingen siger noget om.',
    },
    progress: {
      purpose:
        'Fremdriften giver SU et samlet billede af planen: status på indsatserne, budget og forbrug og kompetencernes udvikling.',
      step1: 'Brug nøgletallene øverst som grundlag for statuspunktet på SU-mødet.',
      step2: 'Se, hvilke indsatser der er forsinket, og hvilke der snart skal i gang.',
      step3:
        'Gem et statusbillede efter mødet, så I næste gang kan se, hvad der har ændret sig siden.',
    },
    timeline: {
      purpose:
        'Tidslinjen viser indsatserne hen over planens periode, så I kan se, hvornår der sker meget, og hvad der endnu ikke har en dato.',
      step1: 'Find en indsats på tidslinjen, og vælg den for at se detaljerne.',
      step2: 'Flyt start- og slutdato med tastaturet eller musen, hvis planen ændrer sig.',
      step3: 'Giv indsatser uden datoer en periode, så de kommer med i overblikket.',
    },
    effect: {
      purpose:
        'Effekten viser for hver kompetence målingerne før og efter indsatserne sammenholdt med målniveauet, og hvor langt I er nået i effektkæden.',
      step1: 'Se for hver kompetence niveauet ved førmålingen og ved den opfølgende måling.',
      step2: 'Sammenlign med det målniveau, SU har sat under Kompetencer.',
      step3: 'Mangler der en førmåling, så tilføj den under Målinger, før indsatsen begynder.',
    },
    impactMap: {
      purpose:
        'Kortet tegner planen fra hvorfor til hvad: baggrunde, målgrupper, kompetencer med læringsmål og indsatser. Det er jeres virkningskort.',
      step1: 'Følg linjerne for at se, hvilke indsatser der skal svare på hvilke udfordringer.',
      step2:
        'En rød, stiplet ramme markerer et hul i planen, fx en kompetence, som ingen indsats arbejder med.',
      step3: 'Vælg et punkt for at gå til det og lukke hullet.',
    },
    yearWheel: {
      purpose:
        'Årshjulet er udvalgets faste år måned for måned: SU-møder, MUS og GRUS, budget, målinger, den årlige evaluering og fondens frister.',
      step1: 'Tilføj et punkt i den måned, det hører til, og angiv, hvem der har ansvaret.',
      step2: 'Knyt punktet til de indsatser og målinger, det handler om.',
      step3: 'Brug linjen med næste punkt, når I forbereder det kommende SU-møde.',
    },
    funding: {
      purpose:
        'Her samler I, hvad der skal til for at søge Den Statslige Kompetencefond til de indsatser, fonden kan støtte.',
      step1: 'Se for hver indsats, hvilke oplysninger en ansøgning endnu mangler.',
      step2:
        'Udfyld oplysningerne til ansøgningen. Medarbejderen søger selv, og lederen godkender.',
      step3:
        'Tilpas fondens regler, hvis de er ændret, så gennemgangen svarer til de gældende regler.',
    },
    evaluation: {
      purpose:
        'SU evaluerer efter Kompetenceaftalens § 8 en gang om året den samlede indsats, herunder hvordan MUS er brugt. Evalueringen henter tallene fra planen og gemmer dem, som de var.',
      step1: 'Start årets evaluering. Tallene for perioden hentes fra planen.',
      step2: 'Gå trinene igennem, og skriv SU’s opfølgning på MUS, konklusioner og beslutninger.',
      step3:
        'Afslut evalueringen, gem den som PDF, og brug beslutningerne som afsæt for den næste plan.',
    },
    guide: {
      purpose:
        'Guiden fører jer trin for trin gennem en ny plan: rammen, baggrundene, målgrupperne, kompetencerne og metoderne.',
      step1: 'Udfyld hvert trin, og gå videre til det næste. Det, I skriver, gemmes undervejs.',
      step2: 'I kan holde pause og fortsætte senere fra Overblik.',
      step3: 'Når guiden er gennemført, arbejder I videre på de enkelte skærme.',
    },
  },
  glossary: {
    su: {
      term: 'SU',
      text: 'Samarbejdsudvalget: arbejdspladsens forum for ledelse og medarbejderrepræsentanter. Større arbejdspladser har et hovedsamarbejdsudvalg (HSU) og lokale samarbejdsudvalg (LSU).',
    },
    paragraph8: {
      term: 'Kompetenceaftalen § 8',
      text: 'Efter § 8 fastlægger SU principper og retningslinjer for kompetenceudvikling – arbejdspladsens kompetencestrategi – og evaluerer en gang om året den samlede indsats, herunder hvordan MUS er anvendt.',
    },
    mus: {
      term: 'MUS',
      text: 'Medarbejderudviklingssamtalen: den årlige samtale mellem leder og medarbejder om opgaver og udvikling, som munder ud i en individuel udviklingsplan.',
    },
    grus: {
      term: 'GRUS',
      text: 'Gruppeudviklingssamtalen: udviklingssamtalen for et team, som munder ud i en fælles udviklingsplan for gruppen.',
    },
    effectChain: {
      term: 'Effektkæde',
      text: 'Kompetencesekretariatets model for, hvordan kompetenceudvikling skaber værdi: indsatsen gennemføres, deltagerne lærer, de anvender det lærte i praksis, adfærden ændres, og det giver kortsigtede resultater og langsigtet effekt. En måling kan knyttes til hvert led.',
    },
    yearWheel: {
      term: 'Årshjul',
      text: 'Udvalgets faste år måned for måned, så tilbagevendende opgaver som MUS-runder, budget, målinger og den årlige evaluering kommer i rette tid.',
    },
    fund: {
      term: 'Den Statslige Kompetencefond',
      text: 'Fonden, som statsansatte kan søge til individuel kompetenceudvikling. Medarbejderen søger, lederen godkender, og arbejdspladsen medfinansierer.',
    },
    impactMap: {
      term: 'Virkningskort',
      text: 'En tegning af sammenhængen fra baggrunde og udfordringer over målgrupper og kompetencer til de konkrete indsatser. Sammen med læringsmål sikrer den, at hver indsats har et formål. Kaldes også et impact map, som i katalogets metode »Udarbejdelse af læringsmål og impact map«.',
    },
  },
  levels: {
    heading: FIELD_LABELS.plan.levelMeanings.da,
    intro:
      'Kompetencernes nuværende niveau og målniveau angives på en skala fra 1 til 5. Skriv, hvad hvert niveau betyder hos jer. Et tomt felt bruger standardteksten, som står over feltet.',
    step: 'Niveau {{level}}',
    standard: 'Standard: {{meaning}}',
    meaning: 'Niveau {{level}}: {{meaning}}',
  },
};

export const helpEn: Texts<typeof helpDa> = {
  panel: {
    button: 'Help',
    buttonTitle: 'Help with what you see now (F1)',
    heading: 'Help: {{screen}}',
    close: 'Close help',
    purpose: 'What the screen is for',
    howTo: 'How to do it',
    glossary: 'Words and terms',
    scale: 'The level scale in this plan',
    keys: 'F1 opens the help. Esc closes it while the cursor is in the help.',
    guideScreen: 'Guided start',
  },
  screens: {
    overview: {
      purpose:
        'The overview is the frame of the plan: organisation and unit, the period the plan covers, its purpose, the committee’s principles and guidelines for competence development, and the committee’s members.',
      step1:
        'Fill in organisation, unit, period and purpose. A change is saved as soon as you leave the field.',
      step2:
        'Enter the committee’s principles and guidelines for competence development one at a time. That is the committee’s task under § 8 of Kompetenceaftalen.',
      step3:
        'Add the committee’s members, write in the section Meaning of the levels what levels 1 to 5 mean for you, and mark the plan’s status when the committee has discussed or adopted it. Under Change history you choose how many changes the plan keeps, so that a copy sent to a colleague can still be merged change by change.',
    },
    drivers: {
      purpose:
        'Here you describe why the workplace must develop competences: the drivers and challenges behind the digital transformation, such as new IT systems or demands for efficiency.',
      step1: 'Choose the drivers in the catalogue that fit you, or write your own.',
      step2: 'For each driver, describe the situation at your workplace and give it a priority.',
      step3:
        'Then link the competences to the drivers they answer, so the line from challenge to activity can be seen.',
    },
    targetGroups: {
      purpose:
        'The target groups are the groups of employees the activities are aimed at. The plan names groups, not individuals – a person’s own development is discussed in MUS.',
      step1:
        'Add a target group with a name that says who it is, e.g. “Caseworkers in the grants office”.',
      step2:
        'Enter how many employees the group includes, so participant numbers and budget can be judged.',
      step3: 'Link the target groups to competences and activities on the screens about them.',
    },
    competences: {
      purpose:
        'Here you decide which competences to develop, for which target groups, and from which level to which. The matrix shows the methods chosen for each competence.',
      step1: 'Choose competences in the catalogue, or write your own, and prioritise them.',
      step2:
        'Enter the current level and the target level on the scale from 1 to 5. Below the field it says what the level means in your plan.',
      step3:
        'Write learning objectives that say what the employees should be able to do afterwards, and choose methods in the matrix or among the suggestions.',
    },
    methods: {
      purpose:
        'The methods are the ways the competences are developed, such as peer training, train-the-trainer or courses combined with practice.',
      step1:
        'Choose methods in the catalogue. The suggestions draw on Kompetencesekretariatet’s experience from state workplaces.',
      step2: 'Describe how the method is to be used at your workplace.',
      step3: 'Link the method to the competences it should build, in the matrix under Competences.',
    },
    activities: {
      purpose:
        'The activities are the concrete actions of the plan: what will happen, who is responsible, when, what it costs and how it is funded.',
      step1:
        'Add an activity with a title, and fill in the person responsible, start and end date.',
      step2:
        'Enter budget, spending and funding, e.g. Den Statslige Kompetencefond, and how many participants you expect.',
      step3: 'Update status, progress and participants as the activity goes along.',
    },
    measurements: {
      purpose:
        'The measurements show the level of a competence before and after the activities, so the committee can follow whether they work.',
      step1: 'Add a baseline for a competence and a target group before the activity starts.',
      step2:
        'Enter the measured level from 1 to 5 – an average with decimals is fine – and how many responded.',
      step3:
        'Add a follow-up measurement afterwards, and say which link of the effect chain it tells about.',
    },
    progress: {
      purpose:
        'Progress gives the committee the whole picture of the plan: the status of the activities, budget and spending, and how the competences develop.',
      step1: 'Use the key figures at the top for the status item at the committee’s meeting.',
      step2: 'See which activities are late and which are about to start.',
      step3: 'Save a status snapshot after the meeting, so next time you can see what has changed.',
    },
    timeline: {
      purpose:
        'The timeline shows the activities across the plan’s period, so you can see when much happens and what has no dates yet.',
      step1: 'Find an activity on the timeline and select it to see its details.',
      step2: 'Move the start and end dates with the keyboard or the mouse if the plan changes.',
      step3: 'Give activities without dates a period, so they are included in the overview.',
    },
    effect: {
      purpose:
        'Effect shows, for each competence, the measurements before and after the activities against the target level, and how far along the effect chain you have come.',
      step1: 'See for each competence the level at the baseline and at the follow-up.',
      step2: 'Compare with the target level the committee set under Competences.',
      step3: 'If a baseline is missing, add it under Measurements before the activity begins.',
    },
    impactMap: {
      purpose:
        'The map draws the plan from why to what: drivers, target groups, competences with learning objectives, and activities. It is your impact map.',
      step1: 'Follow the lines to see which activities answer which challenges.',
      step2:
        'A dashed red frame marks a gap in the plan, e.g. a competence that no activity works on.',
      step3: 'Select an item to go to it and close the gap.',
    },
    yearWheel: {
      purpose:
        'The årshjul is the committee’s recurring year, month by month: committee meetings, MUS and GRUS, budget, measurements, the annual evaluation and the fund’s deadlines.',
      step1: 'Add an item in the month it belongs to, and say who is responsible.',
      step2: 'Link the item to the activities and measurements it concerns.',
      step3: 'Use the line with the next item when you prepare the coming committee meeting.',
    },
    funding: {
      purpose:
        'Here you gather what it takes to apply to Den Statslige Kompetencefond for the activities the fund can support.',
      step1: 'See for each activity which information an application still lacks.',
      step2:
        'Fill in the information for the application. The employee applies, and the manager approves.',
      step3:
        'Adjust the fund’s rules if they have changed, so the check follows the rules in force.',
    },
    evaluation: {
      purpose:
        'Under § 8 of Kompetenceaftalen the committee evaluates the whole effort once a year, including how MUS has been used. The evaluation takes its figures from the plan and keeps them as they were.',
      step1: 'Start this year’s evaluation. The figures for the period are taken from the plan.',
      step2:
        'Go through the steps and write the committee’s follow-up on MUS, conclusions and decisions.',
      step3:
        'Complete the evaluation, save it as a PDF, and use the decisions as the starting point of the next plan.',
    },
    guide: {
      purpose:
        'The guide takes you step by step through a new plan: the frame, the drivers, the target groups, the competences and the methods.',
      step1: 'Fill in each step and go on to the next. What you write is saved as you go.',
      step2: 'You can pause and carry on later from the Overview.',
      step3: 'When the guide is finished, you carry on working on the separate screens.',
    },
  },
  glossary: {
    su: {
      term: 'SU',
      text: 'Samarbejdsudvalget, the cooperation committee: the workplace’s forum for management and employee representatives. Larger workplaces have a main committee (HSU) and local committees (LSU).',
    },
    paragraph8: {
      term: 'Kompetenceaftalen § 8',
      text: 'Under § 8 the committee sets principles and guidelines for competence development – the workplace’s competence strategy – and evaluates the whole effort once a year, including how MUS has been used.',
    },
    mus: {
      term: 'MUS',
      text: 'The employee development talk: the yearly talk between manager and employee about tasks and development, ending in an individual development plan.',
    },
    grus: {
      term: 'GRUS',
      text: 'The group development talk: the development talk for a team, ending in a shared development plan for the group.',
    },
    effectChain: {
      term: 'Effect chain (effektkæde)',
      text: 'Kompetencesekretariatet’s model of how competence development creates value: the activity is carried out, participants learn, they apply it in practice, behaviour changes, and it gives short-term results and long-term effect. A measurement can be linked to each step.',
    },
    yearWheel: {
      term: 'Årshjul',
      text: 'The committee’s recurring year, month by month, so that recurring tasks such as MUS rounds, budget, measurements and the annual evaluation come in good time.',
    },
    fund: {
      term: 'Den Statslige Kompetencefond',
      text: 'The fund state employees can apply to for individual competence development. The employee applies, the manager approves, and the workplace co-finances.',
    },
    impactMap: {
      term: 'Impact map',
      text: 'A drawing of the line from drivers and challenges through target groups and competences to the concrete activities. Together with learning objectives it makes sure every activity has a purpose.',
    },
  },
  levels: {
    heading: FIELD_LABELS.plan.levelMeanings.en,
    intro:
      'The current and target levels of the competences are given on a scale from 1 to 5. Write what each level means for you. An empty field uses the standard text shown above it.',
    step: 'Level {{level}}',
    standard: 'Standard: {{meaning}}',
    meaning: 'Level {{level}}: {{meaning}}',
  },
};
