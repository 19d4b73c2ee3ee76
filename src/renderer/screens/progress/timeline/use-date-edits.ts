import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import { periodText } from '../../../components/Period';
import { useFormat } from '../../../i18n/use-format';
import { fieldKey, useAppStore } from '../../../store';
import { changedFields, type Dates } from './date-moves';

export interface DateEdits {
  /** Dates being saved, shown at once so a second key press moves on from the first. */
  pending: ReadonlyMap<string, Dates>;
  /** The last outcome in words: what moved, or why it was refused. */
  message: { text: string; refused: boolean } | null;
  save: (activity: Activity, next: Dates) => Promise<boolean>;
  datesOf: (activity: Activity) => Dates;
}

/**
 * Saves a timeline move as one `updateEntity` call with the dates that changed. A refusal from
 * the core (an end before the start, a read-only plan) is shown at the timeline, where the user
 * is looking, and taken off the activity's form so it does not linger there.
 */
export function useDateEdits(): DateEdits {
  const { t } = useTranslation();
  const format = useFormat();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const clearFieldError = useAppStore((s) => s.clearFieldError);
  const clearError = useAppStore((s) => s.clearError);
  const [pending, setPending] = useState<ReadonlyMap<string, Dates>>(new Map());
  const [message, setMessage] = useState<DateEdits['message']>(null);

  const datesOf = (a: Activity): Dates => pending.get(a.id) ?? { start: a.start, end: a.end };

  const period = (d: Dates) => periodText(t, d.start, d.end, format.date) ?? t('common.notSet');

  const save = async (activity: Activity, next: Dates) => {
    const before = datesOf(activity);
    const patch = changedFields(before, next);
    if (Object.keys(patch).length === 0) return true;
    setPending((was) => new Map(was).set(activity.id, next));
    const ok = await updateEntity({ entity: 'activity', id: activity.id, patch });
    setPending((was) => {
      if (was.get(activity.id) !== next) return was;
      const rest = new Map(was);
      rest.delete(activity.id);
      return rest;
    });
    if (ok) {
      setMessage({
        text: t('progress.timeline.moved', { title: activity.title, period: period(next) }),
        refused: false,
      });
      return true;
    }
    const state = useAppStore.getState();
    const keys = ['start', 'end'].map((f) => fieldKey('activity', activity.id, f));
    const issue = keys.map((k) => state.fieldErrors[k]).find((i) => i !== undefined);
    const reason = (issue ?? state.error)?.message[state.language] ?? '';
    for (const k of keys) clearFieldError(k);
    if (!issue) clearError();
    setMessage({
      text: t('progress.timeline.refused', { title: activity.title, reason }),
      refused: true,
    });
    return false;
  };

  return { pending, message, save, datesOf };
}
