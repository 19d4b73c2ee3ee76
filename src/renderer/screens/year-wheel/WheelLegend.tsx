import { useTranslation } from 'react-i18next';
import type { YearItem } from '../../../shared/model/entities';
import type { Language } from '../../../shared/model/enums';
import { YEAR_WHEEL_KINDS } from '../../../shared/year-wheel';
import { KindIcon } from './KindMark';
import { kindLabel } from './labels';

/** What the marks' shapes and colours mean, for the kinds the wheel holds. */
export function WheelLegend({
  items,
  language,
}: {
  items: readonly YearItem[];
  language: Language;
}) {
  const { t } = useTranslation();
  const kinds = YEAR_WHEEL_KINDS.filter((kind) => items.some((i) => i.kind === kind));
  if (kinds.length === 0) return null;
  return (
    <ul className="wheel-legend no-max-width" aria-label={t('year.wheel.legend')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <KindIcon kind={kind} />
          {kindLabel(kind, language)}
        </li>
      ))}
    </ul>
  );
}
