import { useTranslation } from 'react-i18next';
import type { YearItem } from '../../../shared/model/entities';
import { monthName, nextYearWheelItem } from '../../../shared/year-wheel';
import { useAppStore } from '../../store';

/** "Næste punkt: …": what the committee has coming, counting the current month. */
export function NextItemLine({ items, today }: { items: readonly YearItem[]; today: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const next = nextYearWheelItem(items, today);
  if (!next) return <p className="wheel-next">{t('year.wheel.nextNone')}</p>;
  const month = monthName(next.month)[language];
  const when =
    next.monthsAway === 0
      ? t('year.wheel.nextWhenThisMonth', { month })
      : t('year.wheel.nextWhenLater', { month, year: next.year });
  return (
    <p className="wheel-next">
      <strong>{t('year.wheel.next', { title: next.item.title })}</strong> – {when}
    </p>
  );
}
