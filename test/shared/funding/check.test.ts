import { describe, expect, it } from 'vitest';
import {
  applicationFromActivity,
  checkActivitiesFunding,
  checkFunding,
  conditionHolds,
  DEFAULT_FUNDING_RULES,
  FUNDING_FIELDS,
  FundingApplicationSchema,
  type FundingApplication,
  type FundingRules,
} from '../../../src/shared/funding';
import { activity, id } from '../progress/plan-builder';

const TODAY = '2027-03-01';

/** An application that passes every default rule: a diploma module, co-financed, 60 days out. */
const good: FundingApplication = {
  pool: 'Pulje A',
  activityType: 'Diplommodul',
  title: 'Diplommodul i digital forvaltning',
  start: '2027-04-30',
  end: '2027-06-15',
  amount: 18_000,
  provider: 'Professionshøjskolen',
  scope: 'module',
  providerIsOwnWorkplace: false,
  onPositiveList: true,
  obligatory: false,
  basicToJob: false,
  routinelyOffered: false,
  individualDevelopment: true,
  workplaceCoFinances: true,
};

const check = (changes: Partial<FundingApplication>, rules: FundingRules = DEFAULT_FUNDING_RULES) =>
  checkFunding({ ...good, ...changes }, rules, TODAY);
const fired = (changes: Partial<FundingApplication>) => check(changes).reasons.map((r) => r.ruleId);

describe('the default rules', () => {
  it('say when they were checked and that they must be checked again', () => {
    expect(DEFAULT_FUNDING_RULES.checkedAt).toBe('2026-11-27');
    expect(DEFAULT_FUNDING_RULES.note.da).toContain('ændrer sig');
    expect(DEFAULT_FUNDING_RULES.note.en).toContain('change');
    expect(DEFAULT_FUNDING_RULES.requiredFields).toEqual([...FUNDING_FIELDS]);
  });

  it('find a well-prepared application likely eligible, with the reasons that speak for it', () => {
    const result = check({});
    expect(result.verdict).toBe('likely-eligible');
    expect(result.verdictLabel.da).toBe('Sandsynligvis støtteberettiget');
    expect(result.reasons.map((r) => [r.ruleId, r.effect])).toEqual([
      ['individual', 'note'],
      ['co-financed', 'note'],
      ['on-positive-list', 'note'],
    ]);
    expect(result.missing).toEqual([]);
    expect(result.reminder).toBeNull();
    expect(result.rulesCheckedAt).toBe('2026-11-27');
  });

  it.each([
    ['obligatory', { obligatory: true }],
    ['basic-to-job', { basicToJob: true }],
    ['routinely-offered', { routinelyOffered: true }],
    ['not-individual', { individualDevelopment: false }],
    ['no-co-financing', { workplaceCoFinances: false }],
  ] as const)('rule %s makes an activity likely not eligible', (rule, changes) => {
    const result = check(changes);
    expect(result.verdict).toBe('likely-not-eligible');
    expect(result.reasons[0]).toMatchObject({ ruleId: rule, effect: 'not-eligible' });
    expect(result.reasons[0]?.explanation.da).not.toBe('');
  });

  it.each([
    ['own-workplace-provider', { providerIsOwnWorkplace: true }],
    ['not-on-positive-list', { onPositiveList: false }],
    ['amount-above-limit', { amount: 30_000 }],
    ['end-before-start', { end: '2027-04-01' }],
    ['already-started', { start: '2027-02-15', end: '2027-06-15' }],
  ] as const)('rule %s means more information is needed', (rule, changes) => {
    const result = check(changes);
    expect(result.verdict).toBe('needs-information');
    expect(result.reasons.filter((r) => r.effect === 'check').map((r) => r.ruleId)).toEqual([rule]);
  });

  it('explains an introduction to the workplace’s own IT system as basic to the job', () => {
    const result = check({ basicToJob: true, providerIsOwnWorkplace: true, onPositiveList: false });
    expect(result.reasons.map((r) => r.ruleId).slice(0, 3)).toEqual([
      'basic-to-job',
      'own-workplace-provider',
      'not-on-positive-list',
    ]);
    expect(result.reasons[0]?.explanation.da).toContain('egne it-systemer');
  });

  it('does not fire on what is not answered, but names it as missing', () => {
    const result = check({ obligatory: null, pool: '  ', amount: null });
    expect(result.verdict).toBe('needs-information');
    expect(result.missing.map((m) => m.field)).toEqual(['pool', 'amount', 'obligatory']);
    expect(result.missing[0]?.label).toEqual({ da: 'Fondspulje', en: 'Fund pool' });
    expect(fired({ obligatory: null })).not.toContain('obligatory');
  });

  it('lets a rule that excludes win over missing fields and checks', () => {
    const result = check({ routinelyOffered: true, amount: 40_000, pool: null });
    expect(result.verdict).toBe('likely-not-eligible');
    expect(result.reasons.map((r) => r.effect)).toEqual([
      'not-eligible',
      'check',
      'note',
      'note',
      'note',
    ]);
    expect(result.missing.map((m) => m.field)).toEqual(['pool']);
  });
});

describe('the approval reminder', () => {
  it('reminds that approval must be in place the day before a start that is near', () => {
    const result = check({ start: '2027-03-11' });
    expect(result.verdict).toBe('likely-eligible');
    expect(result.reminder).toEqual({
      kind: 'start-soon',
      daysUntilStart: 10,
      approveBy: '2027-03-10',
      message: {
        da: 'Aktiviteten begynder om 10 dage. Ansøgningen skal være godkendt af både medarbejder og leder senest 10. marts 2027.',
        en: 'The activity starts in 10 days. The application must be approved by both employee and manager by 10 March 2027.',
      },
    });
    expect(check({ start: '2027-03-02' }).reminder?.message.da).toContain('om 1 dag.');
  });

  it('warns when the activity has started', () => {
    const result = check({ start: TODAY });
    expect(result.reminder).toMatchObject({
      kind: 'start-passed',
      daysUntilStart: 0,
      approveBy: '2027-02-28',
    });
    expect(result.reasons.map((r) => r.ruleId)).toContain('already-started');
  });

  it('stays quiet far ahead and follows an edited reminder window', () => {
    expect(check({ start: '2027-04-01' }).reminder).toBeNull();
    const longer = { ...DEFAULT_FUNDING_RULES, approvalReminderDays: 60 };
    expect(check({ start: '2027-04-01' }, longer).reminder?.kind).toBe('start-soon');
    expect(check({ start: null }).reminder).toBeNull();
  });
});

describe('rules edited by the committee', () => {
  it('follow a changed amount limit', () => {
    expect(check({ amount: 30_000 }).verdict).toBe('needs-information');
    const raised: FundingRules = {
      ...DEFAULT_FUNDING_RULES,
      rules: DEFAULT_FUNDING_RULES.rules.map((r) =>
        r.id === 'amount-above-limit'
          ? { ...r, when: { test: 'greater-than', field: 'amount', value: 50_000 } }
          : r,
      ),
    };
    expect(check({ amount: 30_000 }, raised).verdict).toBe('likely-eligible');
  });

  it('follow a rule whose effect was made stricter, or a rule removed', () => {
    const stricter: FundingRules = {
      ...DEFAULT_FUNDING_RULES,
      rules: DEFAULT_FUNDING_RULES.rules.map((r) =>
        r.id === 'own-workplace-provider' ? { ...r, effect: 'not-eligible' } : r,
      ),
    };
    expect(check({ providerIsOwnWorkplace: true }, stricter).verdict).toBe('likely-not-eligible');
    const without: FundingRules = {
      ...DEFAULT_FUNDING_RULES,
      rules: DEFAULT_FUNDING_RULES.rules.filter((r) => r.id !== 'obligatory'),
    };
    expect(check({ obligatory: true }, without).verdict).toBe('likely-eligible');
  });

  it('follow a new rule on a text field and fewer required fields', () => {
    const own: FundingRules = {
      ...DEFAULT_FUNDING_RULES,
      requiredFields: ['title', 'start'],
      rules: [
        ...DEFAULT_FUNDING_RULES.rules,
        {
          id: 'own-academy',
          effect: 'not-eligible',
          title: { da: 'Eget kursuscenter', en: 'Own training centre' },
          explanation: { da: 'Vores eget kursuscenter.', en: 'Our own training centre.' },
          when: { test: 'equals', field: 'provider', value: 'eget kursuscenter' },
        },
      ],
    };
    expect(check({ provider: '  Eget  Kursuscenter ' }, own).verdict).toBe('likely-not-eligible');
    expect(check({ pool: null }, own).verdict).toBe('likely-eligible');
  });
});

describe('conditions', () => {
  const app = { ...good };
  it('combine with all, any and not', () => {
    const obligatory = { test: 'equals', field: 'obligatory', value: true } as const;
    const module = { test: 'equals', field: 'scope', value: 'module' } as const;
    expect(
      conditionHolds(
        { test: 'all', conditions: [module, { test: 'not', condition: obligatory }] },
        app,
        TODAY,
      ),
    ).toBe(true);
    expect(conditionHolds({ test: 'any', conditions: [obligatory] }, app, TODAY)).toBe(false);
    expect(conditionHolds({ test: 'less-than', field: 'amount', value: 20_000 }, app, TODAY)).toBe(
      true,
    );
    expect(
      conditionHolds({ test: 'missing', field: 'provider' }, { ...app, provider: '' }, TODAY),
    ).toBe(true);
    expect(
      conditionHolds({ test: 'days-until-at-most', field: 'start', days: 60 }, app, TODAY),
    ).toBe(true);
    expect(
      conditionHolds({ test: 'days-until-at-most', field: 'start', days: 59 }, app, TODAY),
    ).toBe(false);
    expect(
      conditionHolds(
        { test: 'date-before', field: 'end', other: 'start' },
        { ...app, start: null },
        TODAY,
      ),
    ).toBe(false);
  });
});

describe('applications from the plan', () => {
  const course = activity(1, {
    title: 'Diplommodul',
    start: '2027-04-30',
    end: '2027-06-15',
    budget: 40_000,
  });

  it('take title and dates from the activity and the rest from what was saved', () => {
    expect(applicationFromActivity(course)).toMatchObject({
      title: 'Diplommodul',
      start: '2027-04-30',
      end: '2027-06-15',
      amount: null,
      pool: null,
    });
    expect(
      applicationFromActivity(course, { title: 'Eget navn', amount: 12_000, pool: undefined }),
    ).toMatchObject({
      title: 'Eget navn',
      amount: 12_000,
      pool: null,
    });
    expect(FundingApplicationSchema.safeParse(applicationFromActivity(course, good)).success).toBe(
      true,
    );
  });

  it('are checked for the activities one can still apply for', () => {
    const activities = [
      course,
      activity(2, { status: 'done' }),
      activity(3, { status: 'cancelled' }),
      activity(4, { status: 'idea', title: 'Idé' }),
    ];
    const results = checkActivitiesFunding(
      activities,
      { [id(1)]: good },
      DEFAULT_FUNDING_RULES,
      TODAY,
    );
    expect(results.map((r) => [r.activityId, r.check.verdict])).toEqual([
      [id(1), 'likely-eligible'],
      [id(4), 'needs-information'],
    ]);
    expect(results[1]?.application.title).toBe('Idé');
  });
});
