import { z } from 'zod';

/** The guide's steps, in the order the committee's secretary meets them. */
export const GUIDE_STEPS = [
  'plan',
  'drivers',
  'targetGroups',
  'competences',
  'methods',
  'done',
] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** The entity kinds the guide creates, and so may later change or delete again. */
export type TrackedKind = 'driver' | 'targetGroup' | 'competence' | 'method';

const ids = z.array(z.string().max(100)).max(10_000);

/**
 * What this machine remembers about the guide for one plan. The choices themselves are not here:
 * they are rows in the plan. Only where the secretary got to, which rows the guide made (the ones
 * it may delete again when a choice is undone), and which suggestions were already shown (so a
 * deliberately cleared preselection is not ticked again on the next visit).
 */
const GuideRecordSchema = z.object({
  status: z.enum(['running', 'skipped', 'finished']),
  step: z.enum(GUIDE_STEPS),
  created: z.object({ driver: ids, targetGroup: ids, competence: ids, method: ids }),
  offered: z.object({ competences: ids, methods: ids }),
  /**
   * Rows asked for but not yet answered, by title (or name). Should the program close between
   * the plan saving a row and the answer reaching the guide, the row is recognised by it on the
   * next start and counted as the guide's.
   */
  pending: z
    .array(
      z.object({
        kind: z.enum(['driver', 'targetGroup', 'competence', 'method']),
        label: z.string().max(1000),
      }),
    )
    .max(1000)
    .default([]),
});
export type GuideRecord = z.infer<typeof GuideRecordSchema>;
export type GuideStatus = GuideRecord['status'];

const PREFIX = 'omstil.guide.';

export const guideStorageKey = (planId: string): string => `${PREFIX}${planId}`;

export function newGuideRecord(step: GuideStep = 'plan'): GuideRecord {
  return {
    status: 'running',
    step,
    created: { driver: [], targetGroup: [], competence: [], method: [] },
    offered: { competences: [], methods: [] },
    pending: [],
  };
}

/** The stored text as it is, so a React subscription can compare snapshots cheaply. */
export function readGuideText(planId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(guideStorageKey(planId)) ?? null;
  } catch {
    return null;
  }
}

/** A record written by another version, or damaged by hand, counts as none rather than crashing. */
export function parseGuideRecord(text: string | null): GuideRecord | null {
  if (text === null) return null;
  try {
    const parsed = GuideRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readGuide(planId: string): GuideRecord | null {
  return parseGuideRecord(readGuideText(planId));
}

const listeners = new Set<() => void>();

export function subscribeGuide(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the program may finish or skip the guide for the same plan.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function writeGuide(planId: string, record: GuideRecord): void {
  try {
    globalThis.localStorage?.setItem(guideStorageKey(planId), JSON.stringify(record));
  } catch {
    // Storage may be unavailable (a locked-down profile); the guide then lasts for this session.
  }
  for (const listener of listeners) listener();
}

export function updateGuide(planId: string, change: (record: GuideRecord) => GuideRecord): void {
  writeGuide(planId, change(readGuide(planId) ?? newGuideRecord()));
}

export function markGuideSkipped(planId: string): void {
  updateGuide(planId, (record) => ({ ...record, status: 'skipped' }));
}

export function markGuideFinished(planId: string): void {
  updateGuide(planId, (record) => ({ ...record, status: 'finished' }));
}

/** Said before a row is asked for, so a crash before the answer still finds it (see `pending`). */
export function addPending(planId: string, kind: TrackedKind, label: string): void {
  updateGuide(planId, (record) => ({ ...record, pending: [...record.pending, { kind, label }] }));
}

/** The answer came: the row is the guide's (or was refused), and no longer pending. */
export function settlePending(
  planId: string,
  kind: TrackedKind,
  label: string,
  id: string | null,
): void {
  updateGuide(planId, (record) => {
    const index = record.pending.findIndex((p) => p.kind === kind && p.label === label);
    return {
      ...record,
      pending: record.pending.filter((_, i) => i !== index),
      created:
        id === null ? record.created : { ...record.created, [kind]: [...record.created[kind], id] },
    };
  });
}

export function untrackCreated(planId: string, kind: TrackedKind, id: string): void {
  updateGuide(planId, (record) => ({
    ...record,
    created: { ...record.created, [kind]: record.created[kind].filter((x) => x !== id) },
  }));
}

export function markOffered(
  planId: string,
  list: keyof GuideRecord['offered'],
  keys: readonly string[],
): void {
  updateGuide(planId, (record) => ({
    ...record,
    offered: { ...record.offered, [list]: [...new Set([...record.offered[list], ...keys])] },
  }));
}
