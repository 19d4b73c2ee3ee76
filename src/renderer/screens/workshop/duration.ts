import type { TFunction } from 'i18next';

/** A workshop's or a step's length as a person says it: »2 timer og 30 minutter«, »15 minutter«. */
export function durationText(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('workshop.duration.minutes', { count: rest });
  if (rest === 0) return t('workshop.duration.hours', { count: hours });
  return t('workshop.duration.hoursMinutes', {
    hours: t('workshop.duration.hours', { count: hours }),
    minutes: t('workshop.duration.minutes', { count: rest }),
  });
}
