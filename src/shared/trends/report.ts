import { z } from 'zod';

/** One counted driver, competence, method, target group or area of the state's model. */
export const CountedEntrySchema = z.strictObject({
  /** The catalogue key (or the state model's area key); null for a group of custom entries. */
  key: z.string().nullable(),
  title: z.string(),
  /** How many plans hold it: a plan holding it twice counts once. */
  count: z.number().int().min(0),
  /** `count` of all the plans counted, 0–1. */
  share: z.number().min(0).max(1),
  files: z.array(z.string()),
});
export type CountedEntry = z.infer<typeof CountedEntrySchema>;

export const TargetGroupEntrySchema = CountedEntrySchema.extend({
  /** The headcounts summed over the plans that give one; null when none does. */
  headcount: z.number().nullable(),
});

const endpoint = z.strictObject({ key: z.string().nullable(), title: z.string() });

/** A link the plans make, e.g. a driver behind a competence, counted in plans as entries are. */
export const CombinationSchema = z.strictObject({
  from: endpoint,
  to: endpoint,
  count: z.number().int().min(1),
  share: z.number().min(0).max(1),
  files: z.array(z.string()),
});
export type Combination = z.infer<typeof CombinationSchema>;

/** A file that could not be counted, with the reason the program gives when opening it. */
export const SkippedFileSchema = z.strictObject({ file: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof SkippedFileSchema>;

export const DUPLICATE_RULES = ['same-file', 'same-plan'] as const;

/** A file not counted because what it holds is counted already, from `sameAs`. */
export const DuplicateFileSchema = z.strictObject({
  file: z.string(),
  sameAs: z.string(),
  rule: z.enum(DUPLICATE_RULES),
});
export type DuplicateFile = z.infer<typeof DuplicateFileSchema>;

const summed = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, plans: z.number().int().min(0) });

/** The trends of a set of plans in one language; what the JSON, the PDF and the screen show. */
export const TrendsReportSchema = z.strictObject({
  lang: z.enum(['da', 'en']),
  anonymous: z.boolean(),
  plans: z.array(z.string()),
  skipped: z.array(SkippedFileSchema),
  duplicates: z.array(DuplicateFileSchema),
  drivers: z.array(CountedEntrySchema),
  competences: z.array(CountedEntrySchema),
  methods: z.array(CountedEntrySchema),
  targetGroups: z.array(TargetGroupEntrySchema),
  stateModelAreas: z.array(CountedEntrySchema),
  combinations: z.strictObject({
    driverCompetence: z.array(CombinationSchema),
    competenceMethod: z.array(CombinationSchema),
    competenceTargetGroup: z.array(CombinationSchema),
  }),
  totals: z.strictObject({
    plans: z.number().int().min(0),
    skipped: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    activities: z.number().int().min(0),
    /** Summed over the plans whose activities have a budget (`plans` says how many). */
    money: summed({ budget: z.number(), spent: z.number() }),
    participants: summed({ planned: z.number(), reached: z.number() }),
  }),
  /** From the earliest start to the latest end of the plans that give a period. */
  period: summed({ start: z.string().nullable(), end: z.string().nullable() }),
});
export type TrendsReport = z.infer<typeof TrendsReportSchema>;
