import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NotSet } from './NotSet';

/** A date range where either end may be open, in words; null when neither end is set. */
export function periodText(
  t: TFunction,
  start: string | null,
  end: string | null,
  format: (iso: string) => string,
): string | null {
  if (start && end) return t('common.range', { from: format(start), to: format(end) });
  if (start) return t('common.from', { date: format(start) });
  if (end) return t('common.until', { date: format(end) });
  return null;
}

/** A date range where either end may be open. */
export function Period({
  start,
  end,
  format,
}: {
  start: string | null;
  end: string | null;
  format: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const text = periodText(t, start, end, format);
  return text === null ? <NotSet /> : <>{text}</>;
}
