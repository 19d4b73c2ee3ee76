import { FUNDING_FIELDS } from '../model/stored/funding-application';
import { FUNDING_RULES_VERSION, type FundingRules } from '../model/stored/funding-rules';

/**
 * The rules as Omstil ships them, read from Kompetencesekretariatet's pages on the fund on the
 * date in `checkedAt`. They are data so that the committee can correct them when the fund
 * changes its rules, without a new version of the program.
 */
export const DEFAULT_FUNDING_RULES: FundingRules = {
  version: FUNDING_RULES_VERSION,
  checkedAt: '2026-11-27',
  source: {
    da: 'Kompetencesekretariatets sider om Den Statslige Kompetencefond på kompetenceudvikling.dk: de generelle regler og vilkår, spørgsmål og svar samt ansøgningsguiden.',
    en: 'Kompetencesekretariatet’s pages on Den Statslige Kompetencefond at kompetenceudvikling.dk: the general rules and conditions, the questions and answers, and the application guide.',
  },
  note: {
    da: 'Fondens regler, puljer og beløb ændrer sig. Omstils vurdering er en hjælp til at forberede ansøgningen – ikke et tilsagn. Tjek altid de gældende regler og frister hos Den Statslige Kompetencefond, før der gives løfter til medarbejderne.',
    en: 'The fund’s rules, pools and amounts change. Omstil’s assessment helps you prepare the application – it is not a grant. Always check the current rules and deadlines with Den Statslige Kompetencefond before promising anything to employees.',
  },
  requiredFields: [...FUNDING_FIELDS],
  approvalReminderDays: 30,
  rules: [
    {
      id: 'obligatory',
      effect: 'not-eligible',
      title: { da: 'Arbejdspladsen er forpligtet', en: 'The workplace is obliged' },
      explanation: {
        da: 'Fonden støtter ikke kompetenceudvikling, som arbejdspladsen er forpligtet til at tilbyde, fx efter lovgivningen. Den betales af arbejdspladsens eget budget.',
        en: 'The fund does not support development the workplace is obliged to offer, for example by law. The workplace pays for it from its own budget.',
      },
      when: { test: 'equals', field: 'obligatory', value: true },
    },
    {
      id: 'basic-to-job',
      effect: 'not-eligible',
      title: { da: 'Grundlæggende for jobbet', en: 'Basic to the job' },
      explanation: {
        da: 'Fonden støtter ikke det, der er grundlæggende for at varetage jobbet – fx introduktion til arbejdspladsens egne it-systemer.',
        en: 'The fund does not support what is basic to doing the job – for example an introduction to the workplace’s own IT systems.',
      },
      when: { test: 'equals', field: 'basicToJob', value: true },
    },
    {
      id: 'routinely-offered',
      effect: 'not-eligible',
      title: { da: 'Tilbydes rutinemæssigt', en: 'Routinely offered' },
      explanation: {
        da: 'Fonden støtter ikke kompetenceudvikling, som arbejdspladsen rutinemæssigt tilbyder medarbejderne. Fondens midler er et supplement til arbejdspladsens egne.',
        en: 'The fund does not support development the workplace routinely offers its employees. The fund’s money comes on top of the workplace’s own.',
      },
      when: { test: 'equals', field: 'routinelyOffered', value: true },
    },
    {
      id: 'not-individual',
      effect: 'not-eligible',
      title: { da: 'Ikke individuel udvikling', en: 'Not individual development' },
      explanation: {
        da: 'Fonden støtter individuel, kompetencegivende udvikling, som medarbejderen søger om, og som lederen godkender. Fælles forløb for en hel enhed hører til arbejdspladsens eget budget.',
        en: 'The fund supports individual, competence-giving development that the employee applies for and the manager approves. Joint programmes for a whole unit belong in the workplace’s own budget.',
      },
      when: { test: 'equals', field: 'individualDevelopment', value: false },
    },
    {
      id: 'no-co-financing',
      effect: 'not-eligible',
      title: { da: 'Ingen medfinansiering', en: 'No co-financing' },
      explanation: {
        da: 'Arbejdspladsen skal betale en del af udgifterne til den kompetenceudvikling, der søges støtte til.',
        en: 'The workplace must pay part of the costs of the development applied for.',
      },
      when: { test: 'equals', field: 'workplaceCoFinances', value: false },
    },
    {
      id: 'own-workplace-provider',
      effect: 'check',
      title: { da: 'Egen arbejdsplads er udbyder', en: 'Own workplace is the provider' },
      explanation: {
        da: 'Ansøgningen spørger, om udbyderen er jeres egen arbejdsplads. Er den det, skal I kunne vise, at aktiviteten er kompetencegivende og ikke noget, arbejdspladsen tilbyder rutinemæssigt. Tjek puljens retningslinjer.',
        en: 'The application asks whether the provider is your own workplace. If it is, you must be able to show that the activity is competence-giving and not something the workplace routinely offers. Check the pool’s guidelines.',
      },
      when: { test: 'equals', field: 'providerIsOwnWorkplace', value: true },
    },
    {
      id: 'not-on-positive-list',
      effect: 'check',
      title: { da: 'Ikke på positivlisten', en: 'Not on the positive list' },
      explanation: {
        da: 'Aktiviteter uden for puljens positivliste søges som »øvrige aktiviteter« og vurderes enkeltvis. Tjek puljens retningslinjer.',
        en: 'Activities outside the pool’s positive list are applied for as “other activities” and assessed one by one. Check the pool’s guidelines.',
      },
      when: { test: 'equals', field: 'onPositiveList', value: false },
    },
    {
      id: 'amount-above-limit',
      effect: 'check',
      title: { da: 'Beløbet er over grænsen', en: 'Amount above the limit' },
      explanation: {
        da: 'Da reglerne blev gennemgået, var aktiviteter på positivlisten kun forhåndsgodkendt op til 25.000 kr. pr. medarbejder pr. kalenderår. Et højere beløb vurderes enkeltvis. Tjek den aktuelle grænse for jeres pulje.',
        en: 'When the rules were checked, activities on the positive list were pre-approved only up to DKK 25,000 per employee per calendar year. A higher amount is assessed individually. Check the current limit for your pool.',
      },
      when: { test: 'greater-than', field: 'amount', value: 25_000 },
    },
    {
      id: 'end-before-start',
      effect: 'check',
      title: { da: 'Slutdato før startdato', en: 'End before start' },
      explanation: {
        da: 'Slutdatoen ligger før startdatoen. Ret datoerne, før ansøgningen sendes.',
        en: 'The end date is before the start date. Correct the dates before the application is sent.',
      },
      when: { test: 'date-before', field: 'end', other: 'start' },
    },
    {
      id: 'already-started',
      effect: 'check',
      title: { da: 'Aktiviteten er begyndt', en: 'The activity has started' },
      explanation: {
        da: 'Fonden giver kun støtte, når ansøgningen er godkendt af både medarbejder og leder senest dagen før aktiviteten begynder. Tjek, om ansøgningen blev godkendt i tide.',
        en: 'The fund only supports an activity when the application was approved by both employee and manager no later than the day before it starts. Check whether it was approved in time.',
      },
      when: { test: 'days-until-at-most', field: 'start', days: 0 },
    },
    {
      id: 'individual',
      effect: 'note',
      title: { da: 'Individuel udvikling', en: 'Individual development' },
      explanation: {
        da: 'Individuel, kompetencegivende udvikling, som medarbejderen søger om, og lederen godkender – det er det, fonden støtter.',
        en: 'Individual, competence-giving development that the employee applies for and the manager approves – which is what the fund supports.',
      },
      when: { test: 'equals', field: 'individualDevelopment', value: true },
    },
    {
      id: 'co-financed',
      effect: 'note',
      title: { da: 'Arbejdspladsen medfinansierer', en: 'The workplace co-finances' },
      explanation: {
        da: 'Arbejdspladsen betaler en del af udgifterne, som fonden kræver.',
        en: 'The workplace pays part of the costs, as the fund requires.',
      },
      when: { test: 'equals', field: 'workplaceCoFinances', value: true },
    },
    {
      id: 'on-positive-list',
      effect: 'note',
      title: { da: 'På positivlisten', en: 'On the positive list' },
      explanation: {
        da: 'Aktiviteten står på puljens positivliste over aktiviteter, der på forhånd er vurderet støtteberettigede.',
        en: 'The activity is on the pool’s positive list of activities assessed as eligible in advance.',
      },
      when: { test: 'equals', field: 'onPositiveList', value: true },
    },
  ],
};
