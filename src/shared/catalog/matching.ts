import type {
  CompetenceKey,
  CompetenceMethodMatch,
  DriverCompetenceMatch,
  DriverKey,
  LocalizedText,
  MethodKey,
  Strength,
} from './types';
import { COMPETENCE_KEYS, DRIVER_KEYS, METHOD_KEYS } from './types';

interface Fit<Key extends string> {
  readonly key: Key;
  readonly strength: Strength;
  readonly rationale: LocalizedText;
}

function fit<Key extends string>(key: Key, strength: Strength, da: string, en: string): Fit<Key> {
  return { key, strength, rationale: { da, en } };
}

// What an HR consultant would pair with each competence. Needs assessment and learning
// objectives belong in every plan, so they appear under every competence, each with reasoning
// about what they do for that particular competence.
const METHODS_BY_COMPETENCE: Record<CompetenceKey, readonly Fit<MethodKey>[]> = {
  'digital-mindset': [
    fit(
      'train-the-trainer',
      1,
      'Kultur flytter sig mest, når en kollega i eget kontor går forrest. Digitale ambassadører viser, at det nye kan lade sig gøre, og fanger bekymringerne tidligt.',
      'Culture shifts most when a colleague in your own office leads the way. Digital ambassadors show that the new way works and pick up concerns early.',
    ),
    fit(
      'inspiration',
      2,
      'Et besøg hos en arbejdsplads, der allerede har gennemført omstillingen, gør forandringen konkret og viser, at den kan lykkes. Det virker bedst, når både ledere og medarbejdere tager med.',
      'Visiting a workplace that has already been through the transformation makes the change concrete and shows that it can succeed. It works best when both managers and employees go.',
    ),
    fit(
      'mus-strategy',
      2,
      'Forandringsparathed vokser, når den enkelte kan se, hvad strategien betyder for eget job. MUS og GRUS er stedet, hvor den samtale kan tages.',
      'Readiness for change grows when each person can see what the strategy means for their own job. The individual and team development talks are where that conversation can happen.',
    ),
    fit(
      'needs-assessment',
      2,
      'En måling af forandringsparathed før og under omstillingen viser, hvor usikkerheden er størst, så indsatsen kan sættes ind dér. Spørg til oplevelse og motivation, ikke kun til færdigheder.',
      'Measuring readiness for change before and during the transformation shows where uncertainty is greatest, so the effort can be focused there. Ask about experience and motivation, not only skills.',
    ),
    fit(
      'innovation-placement',
      3,
      'Medarbejdere, der har prøvet et mere eksperimenterende miljø, tager ofte en ny tilgang med hjem. Det når dog kun få, så det skal kombineres med noget bredere.',
      'Staff who have worked in a more experimental setting often bring a new approach back with them. It reaches only a few people, though, so it should be combined with something broader.',
    ),
    fit(
      'learning-objectives',
      3,
      'Mindset er svært at måle direkte. Et impact map hjælper med at oversætte »kultur« til adfærd, man kan se – fx at flere selv foreslår forbedringer.',
      'Mindset is hard to measure directly. An impact map helps translate “culture” into behaviour you can see – for example, more staff proposing improvements themselves.',
    ),
  ],
  'workflow-optimisation': [
    fit(
      'courses-in-practice',
      1,
      'Procesoptimering læres bedst på egne arbejdsgange. Et kursus, hvor deltagerne kortlægger en af enhedens processer og afprøver forbedringen mellem kursusdagene, giver gevinst med det samme.',
      "Process improvement is best learned on your own workflows. A course where participants map one of the unit's processes and try out the improvement between course days pays off straight away.",
    ),
    fit(
      'sprints',
      2,
      'Et kort sprint med en fast deadline er en god ramme om at gentænke én arbejdsgang ad gangen – fra kortlægning til afprøvet løsning.',
      'A short sprint with a fixed deadline is a good frame for rethinking one workflow at a time – from mapping to a tested solution.',
    ),
    fit(
      'organisational-development',
      2,
      'Når manuelle trin forsvinder, ændres også, hvem der gør hvad. Arbejdsgangene bliver først optimeret for alvor, når roller og ansvar følger med.',
      'When manual steps disappear, who does what changes too. Workflows are only truly optimised when roles and responsibilities change with them.',
    ),
    fit(
      'needs-assessment',
      2,
      'Kortlæg, hvilke arbejdsgange automatiseringen rammer, og hvem der skal kunne hvad bagefter. Så når kompetenceudviklingen de medarbejdere, hvis arbejde faktisk ændres.',
      'Map which workflows the automation affects and who will need to be able to do what afterwards. That way the competence development reaches the staff whose work actually changes.',
    ),
    fit(
      'learning-objectives',
      2,
      'Et impact map kobler oplæringen til den tid eller de fejl, der skal spares. Det gør gevinsten synlig for både ledelse og medarbejdere.',
      'An impact map links the training to the time or errors it is meant to save. That makes the gain visible to management and staff alike.',
    ),
    fit(
      'inspiration',
      3,
      'Mange statslige arbejdspladser har automatiseret de samme administrative processer, fx rejseafregning og fakturaer. Deres erfaringer kan spare både tid og fejltrin.',
      'Many state workplaces have automated the same administrative processes, such as travel expenses and invoices. Their experience can save both time and missteps.',
    ),
  ],
  'general-skills': [
    fit(
      'courses-in-practice',
      1,
      'FVU, ordblindeundervisning og basale it-kurser giver et solidt løft, men skal kobles til de systemer, deltagerne bruger i hverdagen. Ellers glemmes det lærte hurtigt.',
      'Preparatory adult education, dyslexia teaching and basic IT courses give a solid lift, but they must be linked to the systems participants use every day. Otherwise what is learned is quickly forgotten.',
    ),
    fit(
      'peer-training',
      1,
      'Mange lærer basal it bedst ved eget skrivebord med egne opgaver og en kollega, der har tid. Det sænker tærsklen for dem, der ikke har lyst til at melde sig til et kursus.',
      'Many people learn basic IT best at their own desk, with their own tasks and a colleague who has time. It lowers the threshold for those who are reluctant to sign up for a course.',
    ),
    fit(
      'needs-assessment',
      2,
      'Vanskeligheder med at læse, skrive og bruge it bliver ofte skjult. En anonym screening eller en kort test viser, hvor mange der har brug for hvad, uden at nogen bliver udstillet.',
      'Difficulties with reading, writing and IT are often hidden. An anonymous screening or a short test shows how many people need what, without singling anyone out.',
    ),
    fit(
      'train-the-trainer',
      2,
      'En superbruger eller ambassadør i nærheden gør det nemt at stille de spørgsmål, man ellers ikke ville stille. Den hjælp er ofte det, der får folk i gang.',
      'A super-user or ambassador close by makes it easy to ask the questions people would otherwise keep to themselves. That help is often what gets people started.',
    ),
    fit(
      'mus-strategy',
      2,
      'MUS er et trygt sted at tale om behovet for basale færdigheder og om at søge Den Statslige Kompetencefond til fx et it-kursus.',
      'MUS is a safe place to talk about the need for basic skills and about applying to the state competence fund (Den Statslige Kompetencefond), for example for an IT course.',
    ),
    fit(
      'learning-objectives',
      3,
      'Enkle, konkrete mål som »kan selv indkalde til et møde i Outlook« gør det tydeligt for deltageren, hvad der skal læres, og let at se, at det lykkedes.',
      'Simple, concrete goals such as “can book a meeting in Outlook on their own” make it clear to participants what they are to learn, and easy to see that it worked.',
    ),
  ],
  'digital-innovation': [
    fit(
      'sprints',
      1,
      'Sprintmetoden er i sig selv den kompetence, der skal læres. Den sidder først, når et team har gennemført et rigtigt sprint på en af arbejdspladsens egne opgaver.',
      "The sprint method is itself the skill to be learned. It only sticks once a team has run a real sprint on one of the workplace's own problems.",
    ),
    fit(
      'user-centred-innovation',
      1,
      'Digital innovation i staten skal ende i bedre løsninger for borgere og virksomheder. Metoder som brugerinterviews og test af prototyper er en del af kompetencen.',
      'Digital innovation in the state should end in better solutions for citizens and businesses. Methods such as user interviews and prototype testing are part of the skill.',
    ),
    fit(
      'innovation-placement',
      2,
      'Et ophold i et innovationsmiljø, fx en digitaliseringsenhed eller en virksomhed, giver praktisk erfaring med metoderne, som medarbejderen tager med hjem til sit team.',
      'A spell in an innovation setting, such as a digitalisation unit or a company, gives hands-on experience of the methods, which the employee brings back to the team.',
    ),
    fit(
      'inspiration',
      2,
      'Andre myndigheder og lande har prøvet metoderne af i en offentlig sammenhæng. Deres erfaringer viser, hvad der kan lade sig gøre inden for statens rammer for fx udbud og jura.',
      "Other authorities and countries have tried the methods in a public-sector setting. Their experience shows what is possible within the state's constraints on procurement and law.",
    ),
    fit(
      'courses-in-practice',
      3,
      'Et kursus i fx designtænkning giver et fælles sprog, men bør kobles direkte til et konkret projekt, så metoden også bliver brugt bagefter.',
      'A course in design thinking, for example, provides a common language, but it should be linked directly to a concrete project so that the method is actually used afterwards.',
    ),
    fit(
      'needs-assessment',
      3,
      'Ikke alle skal kunne facilitere et sprint. Afklar, hvem der skal lede innovationsarbejdet, og hvem der blot skal kunne deltage.',
      'Not everyone needs to be able to facilitate a sprint. Clarify who will lead the innovation work and who only needs to be able to take part.',
    ),
    fit(
      'learning-objectives',
      3,
      'Et impact map forhindrer, at innovationsindsatsen ender som en workshop uden opfølgning, fordi det peger på den ændring i kerneopgaven, der skal komme ud af den.',
      'An impact map keeps the innovation effort from ending as a workshop without follow-up, because it points to the change in the core task that the effort should produce.',
    ),
  ],
  'project-teams': [
    fit(
      'courses-in-practice',
      1,
      'Projektledelse læres bedst med et rigtigt projekt i hånden. Et forløb, hvor deltagerne bruger værktøjerne på deres eget projekt undervejs, giver både læring og fremdrift.',
      'Project management is learned best with a real project in hand. A programme where participants apply the tools to their own project as they go delivers both learning and progress.',
    ),
    fit(
      'sprints',
      2,
      'Korte sprint med faste møder og fælles mål træner teamet i at planlægge, prioritere og følge op sammen – også dem, der ikke er projektledere.',
      'Short sprints with regular meetings and shared goals train the team to plan, prioritise and follow up together – including those who are not project managers.',
    ),
    fit(
      'organisational-development',
      2,
      'Projektarbejde på tværs af enheder ændrer roller og beslutningsveje. Det skal aftales, hvordan linjeledelse og projektledelse spiller sammen, ellers kommer projektdeltagerne i klemme.',
      'Cross-unit project work changes roles and decision paths. How line management and project management fit together has to be agreed, or project members get caught in the middle.',
    ),
    fit(
      'learning-objectives',
      2,
      'Et impact map er også et projektværktøj: det kobler projektets leverancer til den effekt, det skal skabe, og træner teamet i at styre efter effekt frem for aktiviteter.',
      "An impact map is also a project tool: it links the project's deliverables to the effect it should create and trains the team to steer by impact rather than by activity.",
    ),
    fit(
      'needs-assessment',
      3,
      'Afklar, hvem der skal lede projekter, og hvem der skal deltage, og hvad hver rolle kræver, før der sendes folk på kursus.',
      'Clarify who will lead projects, who will take part and what each role requires before sending people on courses.',
    ),
    fit(
      'peer-training',
      3,
      'En erfaren projektleder som sparringspartner for en ny giver læring i de konkrete situationer, som et kursus ikke når.',
      'An experienced project manager acting as a sounding board for a new one provides learning in the specific situations that a course cannot reach.',
    ),
  ],
  'trainer-skills': [
    fit(
      'train-the-trainer',
      1,
      'Metoden er bygget til netop dette: frontløbere og superbrugere får både indsigt i værktøjet og træning i at lære det videre til kollegerne.',
      'The method is built for exactly this: front-runners and super-users get both insight into the tool and practice in passing it on to their colleagues.',
    ),
    fit(
      'courses-in-practice',
      2,
      'Et kursus i voksenpædagogik eller digital undervisning, hvor deltagerne planlægger og afprøver en rigtig introduktion for deres kolleger, gør dem trygge ved rollen.',
      'A course in adult learning or digital teaching where participants plan and try out a real introduction for their colleagues makes them confident in the role.',
    ),
    fit(
      'peer-training',
      2,
      'Meget af de nye underviseres arbejde foregår som sidemandsoplæring. At øve den form – vise, lade kollegaen prøve, give feedback – er en del af underviserkompetencen.',
      'Much of what new trainers do happens as side-by-side training. Practising that form – show, let the colleague try, give feedback – is part of the trainer skill.',
    ),
    fit(
      'learning-objectives',
      2,
      'En god underviser starter med, hvad kollegerne skal kunne bagefter. Træning i at skrive læringsmål gør de interne forløb kortere og mere målrettede.',
      'A good trainer starts from what colleagues should be able to do afterwards. Practice in writing learning objectives makes internal sessions shorter and more focused.',
    ),
    fit(
      'needs-assessment',
      3,
      'De interne undervisere skal vide, hvad kollegerne allerede kan, og hvor de går i stå. En kort afdækning gør undervisningen relevant.',
      'Internal trainers need to know what colleagues can already do and where they get stuck. A short needs assessment makes the teaching relevant.',
    ),
    fit(
      'inspiration',
      3,
      'Et netværk med superbrugere og undervisere fra andre statslige arbejdspladser, der bruger samme system, giver materialer og greb, der kan genbruges.',
      'A network with super-users and trainers from other state workplaces using the same system provides materials and techniques that can be reused.',
    ),
  ],
  'service-communication': [
    fit(
      'user-centred-innovation',
      1,
      'Når man tager udgangspunkt i, hvordan brugerne faktisk oplever breve, selvbetjening og telefonen, bliver det tydeligt, hvilken service og kommunikation der virker.',
      'Starting from how users actually experience letters, self-service and phone calls makes it clear which kind of service and communication works.',
    ),
    fit(
      'organisational-development',
      2,
      'Når brugerne betjener sig selv digitalt, flytter medarbejderens rolle sig fra sagsbehandler til vejleder. Den nye relation kræver, at opgaver og ansvar i betjeningen bliver tænkt om.',
      "When users serve themselves digitally, the employee's role moves from processing cases to guiding users. The new relationship requires tasks and responsibilities in user services to be rethought.",
    ),
    fit(
      'courses-in-practice',
      2,
      'Et skrivekursus, hvor deltagerne omskriver enhedens egne standardbreve og svar i digital post, giver en forbedring, som brugerne mærker med det samme.',
      "A writing course where participants rewrite the unit's own standard letters and digital-mail replies gives an improvement that users notice immediately.",
    ),
    fit(
      'needs-assessment',
      2,
      'Henvendelser, klager og brugerundersøgelser viser, hvor kommunikationen svigter. Brug dem som måling før og efter indsatsen.',
      'Enquiries, complaints and user surveys show where communication breaks down. Use them as a measurement before and after the effort.',
    ),
    fit(
      'peer-training',
      3,
      'Kolleger kan lytte med på hinandens opkald eller læse hinandens svar og give feedback. Det holder den gode serviceadfærd i gang efter kurset.',
      "Colleagues can listen in on each other's calls or read each other's replies and give feedback. That keeps good service behaviour going after the course.",
    ),
    fit(
      'learning-objectives',
      3,
      'Læringsmål som »brugeren forstår svaret uden at ringe igen« kobler kommunikationsindsatsen direkte til færre genhenvendelser.',
      'Learning objectives such as “the user understands the reply without calling back” link the communication effort directly to fewer repeat enquiries.',
    ),
  ],
  collaboration: [
    fit(
      'organisational-development',
      1,
      'Samarbejde og social kapital formes af roller, opgavefordeling og relationer. Når de ændres bevidst og i dialog, bliver tilliden styrket gennem omstillingen i stedet for at blive slidt ned.',
      'Collaboration and social capital are shaped by roles, the division of tasks and relationships. When these are changed deliberately and in dialogue, trust grows through the transformation instead of being worn down.',
    ),
    fit(
      'mus-strategy',
      2,
      'GRUS samler teamet om, hvordan det vil arbejde sammen i den nye hverdag, og ender i en fælles udviklingsplan, som teamet selv ejer.',
      'The team development talk (GRUS) brings the team together on how it will work in the new everyday setting and ends in a shared development plan that the team owns.',
    ),
    fit(
      'peer-training',
      2,
      'Nabotræning på tværs af kontorer giver relationer og kendskab til hinandens opgaver, og det gør det lettere at samarbejde, når snitfladerne flytter sig.',
      "Peer training across offices builds relationships and knowledge of each other's tasks, which makes it easier to work together when the interfaces shift.",
    ),
    fit(
      'needs-assessment',
      3,
      'Trivselsmålingen og APV’en siger allerede noget om social kapital. Brug dem som udgangspunkt, og følg op på de samme spørgsmål efter omstillingen.',
      'The wellbeing survey and the workplace assessment (APV) already say something about social capital. Use them as the starting point and follow up on the same questions after the transformation.',
    ),
    fit(
      'sprints',
      3,
      'Et fælles sprint med deltagere fra flere enheder giver en konkret oplevelse af at lykkes sammen. Det kan bryde siloer ned, men erstatter ikke det daglige samarbejde.',
      'A joint sprint with participants from several units gives a concrete experience of succeeding together. It can break down silos but does not replace day-to-day collaboration.',
    ),
    fit(
      'learning-objectives',
      3,
      'Et impact map kan gøre »bedre samarbejde« konkret, fx at sager ikke længere bliver sendt frem og tilbage mellem to kontorer.',
      'An impact map can make “better collaboration” concrete, for example cases no longer being passed back and forth between two offices.',
    ),
  ],
  'digital-leadership': [
    fit(
      'courses-in-practice',
      1,
      'Et ledelsesforløb, hvor lederne arbejder med deres egen enheds digitale omstilling mellem modulerne, omsætter viden til beslutninger i hverdagen.',
      "A leadership programme in which managers work on their own unit's digital transformation between modules turns knowledge into everyday decisions.",
    ),
    fit(
      'mus-strategy',
      2,
      'Lederne skal oversætte digitaliseringsstrategien til deres egen enhed og tage den op i MUS. Det kræver, at de selv kender strategien og har talt om deres egen rolle i den.',
      'Managers have to translate the digitalisation strategy for their own unit and raise it in MUS. That requires them to know the strategy and to have discussed their own role in it.',
    ),
    fit(
      'inspiration',
      2,
      'Ledere lærer meget af andre ledere, der har stået i samme situation. Besøg og ledernetværk på tværs af staten giver et realistisk billede af, hvad omstillingen kræver af ledelsen.',
      'Managers learn a great deal from other managers who have faced the same situation. Visits and leadership networks across the state give a realistic picture of what the transformation demands of management.',
    ),
    fit(
      'organisational-development',
      2,
      'Digital ledelse handler også om at ændre roller og ansvar, fx mere selvledelse i teams. Lederne udvikler kompetencen ved selv at stå i spidsen for den ændring.',
      'Digital leadership is also about changing roles and responsibilities, such as more self-management in teams. Managers develop the skill by leading that change themselves.',
    ),
    fit(
      'needs-assessment',
      2,
      'Lederne skal kende medarbejdernes digitale kompetencer for at kunne prioritere. Når de selv er med til at afklare behovet, øver de samtidig den del af ledelsesopgaven.',
      "Managers need to know their staff's digital skills to be able to prioritise. When they take part in assessing the needs themselves, they also practise that part of the leadership task.",
    ),
    fit(
      'learning-objectives',
      2,
      'Det er ledelsens opgave at holde fast i, hvilken effekt omstillingen skal have. Når lederne laver impact map sammen, træner de i at styre efter effekt.',
      "It is management's job to keep hold of the effect the transformation should have. Building the impact map together trains managers to steer by impact.",
    ),
    fit(
      'innovation-placement',
      3,
      'Et kort ophold i en organisation, der er længere i sin digitale omstilling, kan give en leder nye billeder af, hvordan man kan lede på en anden måde.',
      'A short stay in an organisation further along in its digital transformation can give a manager a new picture of how to lead differently.',
    ),
  ],
  'it-security': [
    fit(
      'courses-in-practice',
      1,
      'Awarenesstræning virker, når den kobles til hverdagen, fx korte e-læringsmoduler fulgt op af phishingøvelser i egen indbakke. Det er adfærden og ikke kun viden, der skal ændres.',
      "Awareness training works when it is tied to everyday work, for example short e-learning modules followed by phishing exercises in people's own inboxes. It is behaviour, not just knowledge, that has to change.",
    ),
    fit(
      'train-the-trainer',
      2,
      'Sikkerhedsambassadører i de enkelte kontorer kan svare på spørgsmål, minde om reglerne og opdage risikable vaner, som it-afdelingen ikke ser.',
      'Security ambassadors in each office can answer questions, remind colleagues of the rules and spot risky habits that the IT department does not see.',
    ),
    fit(
      'needs-assessment',
      2,
      'Sikkerhedsadfærd kan måles ret præcist, fx hvor mange der klikker på en testmail. Mål før og efter, så indsatsen rettes mod de områder, hvor risikoen er størst.',
      'Security behaviour can be measured quite precisely, for example how many people click on a test email. Measure before and after so that the effort is aimed where the risk is highest.',
    ),
    fit(
      'learning-objectives',
      2,
      'Sikkerhed egner sig til klare adfærdsmål, fx at mistænkelige mails bliver indrapporteret samme dag. Et impact map viser sammenhængen til færre hændelser.',
      'Security lends itself to clear behavioural goals, for example suspicious emails being reported the same day. An impact map shows the link to fewer incidents.',
    ),
    fit(
      'peer-training',
      3,
      'Gode vaner som at låse skærmen og dele filer sikkert smitter, når kolleger viser hinanden, hvordan de gør. Det er et supplement til den fælles træning.',
      'Good habits such as locking the screen and sharing files securely spread when colleagues show each other how they do it. It complements the common training.',
    ),
  ],
  specialist: [
    fit(
      'courses-in-practice',
      1,
      'Specialistkompetencer kræver ofte formel efteruddannelse eller certificering. Effekten kommer, når det lærte bruges på et konkret projekt lige bagefter, og Den Statslige Kompetencefond kan være med til at finansiere.',
      'Specialist skills often call for formal further education or certification. The effect comes when what is learned is applied to a concrete project straight afterwards, and the state competence fund (Den Statslige Kompetencefond) can help pay for it.',
    ),
    fit(
      'innovation-placement',
      2,
      'Et ophold i et specialistmiljø, fx et datateam i en anden styrelse eller hos en leverandør, giver erfaring, som er svær at få på et kursus.',
      'A stay in a specialist environment, such as a data team in another agency or at a supplier, provides experience that is hard to get on a course.',
    ),
    fit(
      'inspiration',
      2,
      'Faglige netværk på tværs af staten, fx for dataanalytikere eller it-arkitekter, holder specialisterne opdaterede og gør det muligt at dele løsninger.',
      'Professional networks across the state, for example for data analysts or IT architects, keep specialists up to date and make it possible to share solutions.',
    ),
    fit(
      'mus-strategy',
      2,
      'Digitaliseringsstrategien afgør, hvilke specialistkompetencer arbejdspladsen vil have selv, og hvilke den køber. MUS omsætter det til den enkeltes udviklingsplan.',
      "The digitalisation strategy decides which specialist skills the workplace wants in-house and which it buys in. MUS turns that into each person's development plan.",
    ),
    fit(
      'needs-assessment',
      2,
      'Afklar, hvilke specialistkompetencer omstillingen kræver, og hvilke der allerede findes. Det afgør, om man skal uddanne, rekruttere eller købe.',
      'Clarify which specialist skills the transformation requires and which already exist. That decides whether to train, recruit or buy.',
    ),
    fit(
      'peer-training',
      3,
      'Når eksterne konsulenter bygger en løsning, kan interne medarbejdere arbejde side om side med dem og overtage viden, så arbejdspladsen ikke bliver afhængig af leverandøren.',
      'When external consultants build a solution, internal staff can work side by side with them and take over the knowledge, so that the workplace does not become dependent on the supplier.',
    ),
    fit(
      'learning-objectives',
      3,
      'Læringsmål for specialister bør kobles til de opgaver, de skal løse, fx at teamet selv kan vedligeholde et dashboard, så uddannelsen ikke bliver et mål i sig selv.',
      'Learning objectives for specialists should be tied to the tasks they are to carry out, such as the team maintaining a dashboard itself, so that the education does not become an end in itself.',
    ),
  ],
};

const COMPETENCES_BY_DRIVER: Record<DriverKey, readonly Fit<CompetenceKey>[]> = {
  strategy: [
    fit(
      'digital-mindset',
      1,
      'Strategien lykkes kun, hvis medarbejderne kan se meningen med den og tager de nye arbejdsformer til sig.',
      'The strategy only succeeds if staff can see the point of it and take up the new ways of working.',
    ),
    fit(
      'digital-leadership',
      1,
      'En strategisk satsning kræver ledere, der kan omsætte strategien til prioriteringer og lede medarbejderne gennem forandringen.',
      'A strategic priority needs managers who can turn the strategy into priorities and lead staff through the change.',
    ),
    fit(
      'project-teams',
      2,
      'Strategien bliver typisk ført ud i livet gennem en række projekter, som kræver nogen, der kan lede dem, og andre, der kan deltage.',
      'The strategy is usually carried out through a series of projects, which need people who can lead them and others who can take part.',
    ),
    fit(
      'digital-innovation',
      3,
      'Hvis strategien også sigter mod nye løsninger og ikke kun mod at digitalisere de gamle, bliver metoder til digital innovation vigtige.',
      'If the strategy also aims at new solutions, not just at digitising the old ones, methods for digital innovation become important.',
    ),
  ],
  efficiency: [
    fit(
      'workflow-optimisation',
      1,
      'Gevinsterne ligger i arbejdsgangene. Medarbejderne skal kunne se og fjerne de unødvendige manuelle trin.',
      'The gains lie in the workflows. Staff must be able to spot and remove the unnecessary manual steps.',
    ),
    fit(
      'digital-mindset',
      2,
      'Effektivisering skaber let utryghed. Forandringsparathed gør det lettere at tage de nye arbejdsgange i brug uden at miste engagementet.',
      'Efficiency drives easily create insecurity. Readiness for change makes it easier to adopt the new workflows without losing commitment.',
    ),
    fit(
      'digital-leadership',
      2,
      'Lederne skal prioritere, hvad der automatiseres, og hvad den frigjorte tid skal bruges til – og kunne forklare det.',
      'Managers must decide what to automate and what the freed-up time is to be used for – and be able to explain it.',
    ),
    fit(
      'specialist',
      3,
      'Automatisering med fx softwarerobotter kræver nogen, der kan udvikle og vedligeholde løsningerne, enten internt eller sammen med en leverandør.',
      'Automation with, for example, software robots needs people who can build and maintain the solutions, either in-house or together with a supplier.',
    ),
  ],
  'new-tasks': [
    fit(
      'digital-mindset',
      1,
      'Når jobbet ændrer indhold, skal medarbejderne kunne slippe de vante opgaver og se sig selv i de nye.',
      'When the job changes, staff have to be able to let go of familiar tasks and see themselves in the new ones.',
    ),
    fit(
      'general-skills',
      2,
      'De nye opgaver kræver ofte bedre it- og skrivefærdigheder end de gamle, fx når mere af kommunikationen foregår skriftligt.',
      'The new tasks often demand better IT and writing skills than the old ones, for example when more communication happens in writing.',
    ),
    fit(
      'service-communication',
      2,
      'Når rutineopgaver bliver automatiseret, bliver der mere vejledning og dialog med brugerne, og det kræver andre service- og kommunikationskompetencer.',
      'When routine tasks are automated, there is more guidance and dialogue with users, which calls for different service and communication skills.',
    ),
    fit(
      'collaboration',
      2,
      'Nye opgaver flytter roller og snitflader mellem kolleger og enheder, og samarbejdet skal findes på ny.',
      'New tasks shift roles and interfaces between colleagues and units, and collaboration has to be worked out afresh.',
    ),
    fit(
      'workflow-optimisation',
      3,
      'De nye opgaver skal have gode arbejdsgange fra starten i stedet for at arve de gamle.',
      'The new tasks need good workflows from the start instead of inheriting the old ones.',
    ),
  ],
  'new-systems': [
    fit(
      'general-skills',
      1,
      'Et nyt system rammer alle brugere, og dem med de svageste it-færdigheder skal have et løft først, så ingen bliver hægtet af.',
      'A new system affects every user, and those with the weakest IT skills need a lift first so that nobody is left behind.',
    ),
    fit(
      'trainer-skills',
      1,
      'Superbrugere og interne undervisere bærer det meste af oplæringen, når et system går i drift, og skal være klædt på til den rolle.',
      'Super-users and internal trainers carry most of the training when a system goes live and must be equipped for that role.',
    ),
    fit(
      'workflow-optimisation',
      2,
      'Et systemskifte er en oplagt anledning til at gentænke arbejdsgangene i stedet for at flytte de gamle over i det nye system.',
      'A system change is an obvious opportunity to rethink workflows instead of moving the old ones into the new system.',
    ),
    fit(
      'project-teams',
      2,
      'Indførelsen er et projekt med deltagere fra både it og fagområderne, og det kræver projektledelse og aktive projektdeltagere.',
      'The roll-out is a project with people from both IT and the business areas, and it needs project management and active project members.',
    ),
  ],
  security: [
    fit(
      'it-security',
      1,
      'Sikkerhedskravene bliver først til virkelighed, når alle medarbejdere kender dem og følger dem i hverdagen.',
      'Security requirements only become real when all staff know them and follow them in their daily work.',
    ),
    fit(
      'specialist',
      2,
      'Arbejdspladsen har brug for medarbejdere med dyb viden om informationssikkerhed og databeskyttelse, som kan vurdere risici og rådgive resten af organisationen.',
      'The workplace needs staff with in-depth knowledge of information security and data protection who can assess risks and advise the rest of the organisation.',
    ),
    fit(
      'digital-leadership',
      3,
      'Lederne går foran med et godt eksempel og træffer beslutninger om risiko, fx om hvornår data må deles med en leverandør.',
      'Managers set the example and make decisions about risk, for instance about when data may be shared with a supplier.',
    ),
  ],
  data: [
    fit(
      'specialist',
      1,
      'Analyse, datavarehus og kunstig intelligens kræver dataspecialister, som arbejdspladsen enten skal uddanne eller rekruttere.',
      'Analytics, data warehousing and artificial intelligence require data specialists, whom the workplace must either train or recruit.',
    ),
    fit(
      'digital-leadership',
      2,
      'Data skaber først værdi, når lederne bruger dem i styring og beslutninger og efterspørger dem hos medarbejderne.',
      'Data only create value when managers use them in management and decisions and ask their staff for them.',
    ),
    fit(
      'it-security',
      2,
      'Mere brug af data betyder mere ansvar for at beskytte dem, især når der er personoplysninger i spil.',
      'More use of data means more responsibility for protecting them, especially when personal data are involved.',
    ),
    fit(
      'general-skills',
      3,
      'Alle medarbejdere skal kunne læse en tabel eller et dashboard og vurdere, om tallene giver mening.',
      'All staff need to be able to read a table or a dashboard and judge whether the figures make sense.',
    ),
    fit(
      'digital-innovation',
      3,
      'Nye datakilder åbner for nye løsninger, som bedst bliver udviklet i korte, eksperimenterende forløb.',
      'New data sources open the way to new solutions, which are best developed in short, experimental runs.',
    ),
  ],
};

function byStrengthThenOrder<Key extends string>(order: readonly Key[]) {
  return (a: Fit<Key>, b: Fit<Key>): number =>
    a.strength - b.strength || order.indexOf(a.key) - order.indexOf(b.key);
}

/**
 * Every competence–method pairing, grouped by competence in catalogue order, and within a
 * competence by strength, then method catalogue order.
 */
export const COMPETENCE_METHODS: readonly CompetenceMethodMatch[] = COMPETENCE_KEYS.flatMap(
  (competence) =>
    [...METHODS_BY_COMPETENCE[competence]]
      .sort(byStrengthThenOrder(METHOD_KEYS))
      .map(({ key, strength, rationale }) => ({ competence, method: key, strength, rationale })),
);

/**
 * Every driver–competence pairing, grouped by driver in catalogue order, and within a driver by
 * strength, then competence catalogue order.
 */
export const DRIVER_COMPETENCES: readonly DriverCompetenceMatch[] = DRIVER_KEYS.flatMap((driver) =>
  [...COMPETENCES_BY_DRIVER[driver]]
    .sort(byStrengthThenOrder(COMPETENCE_KEYS))
    .map(({ key, strength, rationale }) => ({ driver, competence: key, strength, rationale })),
);

/** The methods that fit a competence, best first. */
export function methodsForCompetence(competence: CompetenceKey): CompetenceMethodMatch[] {
  return COMPETENCE_METHODS.filter((match) => match.competence === competence);
}

/** The competences that a method serves, best first. */
export function competencesForMethod(method: MethodKey): CompetenceMethodMatch[] {
  return COMPETENCE_METHODS.filter((match) => match.method === method).sort(
    (a, b) =>
      a.strength - b.strength ||
      COMPETENCE_KEYS.indexOf(a.competence) - COMPETENCE_KEYS.indexOf(b.competence),
  );
}

/** The competences suggested for a driver, best first. */
export function competencesForDriver(driver: DriverKey): DriverCompetenceMatch[] {
  return DRIVER_COMPETENCES.filter((match) => match.driver === driver);
}

/** The drivers that suggest a competence, best first. */
export function driversForCompetence(competence: CompetenceKey): DriverCompetenceMatch[] {
  return DRIVER_COMPETENCES.filter((match) => match.competence === competence).sort(
    (a, b) =>
      a.strength - b.strength || DRIVER_KEYS.indexOf(a.driver) - DRIVER_KEYS.indexOf(b.driver),
  );
}

/** The pairing of one competence and one method, if the catalogue has one. */
export function competenceMethodMatch(
  competence: CompetenceKey,
  method: MethodKey,
): CompetenceMethodMatch | undefined {
  return COMPETENCE_METHODS.find(
    (match) => match.competence === competence && match.method === method,
  );
}

/** The pairing of one driver and one competence, if the catalogue has one. */
export function driverCompetenceMatch(
  driver: DriverKey,
  competence: CompetenceKey,
): DriverCompetenceMatch | undefined {
  return DRIVER_COMPETENCES.find(
    (match) => match.driver === driver && match.competence === competence,
  );
}
