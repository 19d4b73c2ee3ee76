import type {
  ApiClient,
  CallInput,
  LockHolder,
  MergeConflict,
  MergePreview,
  PlanSnapshot,
} from '../../../src/shared/api';
import { errors, type AppError } from '../../../src/shared/errors';
import type { Result } from '../../../src/shared/result';
import { createFakeApi, type FakeApi } from '../fake-api';
import { browserAppInfo, ids, planDocument, planPath, snapshotOf } from '../fixtures';

/** Someone else's lock, as the core reports it for a plan opened read-only. */
export function lockedSnapshot(takeOver: LockHolder['takeOver'] = 'confirm'): PlanSnapshot {
  const snapshot = snapshotOf();
  snapshot.file.readOnly = true;
  snapshot.file.notice = {
    code: 'locked',
    message: errors.locked({
      user: 'Jens Brandt',
      machine: 'PC-1042',
      since: '2026-11-27T08:12:00.000Z',
    }).message,
  };
  snapshot.file.lock = {
    user: 'Jens Brandt',
    machine: 'PC-1042',
    since: '2026-11-27T08:12:00.000Z',
    program: 'Omstil 0.1.0',
    takeOver,
  };
  return snapshot;
}

/** A plan read-only for another reason the core names by `code`. */
export function readOnlySnapshot(code: string, message: AppError['message']): PlanSnapshot {
  const snapshot = snapshotOf();
  snapshot.file.readOnly = true;
  snapshot.file.notice = { code, message };
  return snapshot;
}

export const theirsPath = '/home/sekretariat/Dokumenter/Kompetenceplan 2026 fra Jens.omstil';

const conflict = (c: Omit<MergeConflict, 'id' | 'table'>): MergeConflict => ({
  ...c,
  id: `${c.entityKind === 'targetGroup' ? 'target_group' : c.entityKind}/${c.rowId}/${c.field ?? '-'}`,
  table: c.entityKind === 'targetGroup' ? 'target_group' : c.entityKind,
});

/** The conflicts of two copies of the fixture plan edited apart, one of each sort. */
export const conflicts: MergeConflict[] = [
  conflict({
    rowId: ids.superusers,
    entityKind: 'activity',
    entityTitle: 'Superbrugeruddannelse i sagsbehandlingssystemet',
    field: 'budget',
    mine: 1_250_000,
    theirs: 1_400_000,
    kind: 'field',
  }),
  conflict({
    rowId: ids.superusers,
    entityKind: 'activity',
    entityTitle: 'Superbrugeruddannelse i sagsbehandlingssystemet',
    field: 'status',
    mine: 'in-progress',
    theirs: 'done',
    kind: 'field',
  }),
  conflict({
    rowId: ids.plan,
    entityKind: 'plan',
    entityTitle: planDocument.plan.title,
    field: 'periodEnd',
    mine: '2027-06-30',
    theirs: '2027-12-31',
    kind: 'field',
  }),
  conflict({
    rowId: ids.sprints,
    entityKind: 'method',
    entityTitle: 'Sprints',
    field: null,
    mine: null,
    theirs: {
      id: ids.sprints,
      catalogKey: 'sprints',
      title: 'Sprints',
      description: 'To ugers sprints med en fast rytme.',
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
    kind: 'delete-edit',
  }),
];

export function previewOf(found: MergeConflict[], takenFromTheirs = 3): MergePreview {
  return {
    planId: ids.plan,
    mine: { path: planPath, name: 'Kompetenceplan 2026.omstil', title: planDocument.plan.title },
    theirs: {
      path: theirsPath,
      name: 'Kompetenceplan 2026 fra Jens.omstil',
      title: planDocument.plan.title,
    },
    conflicts: found,
    takenFromTheirs,
  };
}

type Answers = {
  [C in keyof ApiClient]?: (input: CallInput<C>) => Awaited<ReturnType<ApiClient[C]>>;
};

/**
 * The fake api with the sharing calls answered by the test: each answer is a function of the
 * input, so a test can refuse the first attempt and accept the next. Every call is logged.
 */
export function createSharingApi(
  open: PlanSnapshot | null,
  answers: Answers,
  options: { native?: boolean } = {},
): FakeApi {
  const logged: Record<string, unknown[]> = {};
  const overrides: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [call, answer] of Object.entries(answers) as [string, (input: unknown) => unknown][]) {
    overrides[call] = (input) => {
      (logged[call] ??= []).push(input);
      return Promise.resolve(answer(input));
    };
  }
  const fake = createFakeApi(
    {
      open,
      appInfo: options.native ? { ...browserAppInfo, nativeDialogs: true } : browserAppInfo,
    },
    overrides,
  );
  // One log for both: the stand-in's own calls and the answered ones.
  Object.assign(fake.calls, logged);
  for (const call of Object.keys(answers)) {
    Object.defineProperty(fake.calls, call, { get: () => logged[call], enumerable: true });
  }
  return fake;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(error: AppError): Result<T> => ({ ok: false, error });
