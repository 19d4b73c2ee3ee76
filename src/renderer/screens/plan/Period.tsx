import { useTranslation } from 'react-i18next';
import { NotSet } from '../../components/NotSet';

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
  if (start && end) return <>{t('common.range', { from: format(start), to: format(end) })}</>;
  if (start) return <>{t('common.from', { date: format(start) })}</>;
  if (end) return <>{t('common.until', { date: format(end) })}</>;
  return <NotSet />;
}
