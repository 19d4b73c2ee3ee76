import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearItem } from '../../../shared/model/entities';
import type { Language } from '../../../shared/model/enums';
import { monthName } from '../../../shared/year-wheel';
import { KindMark } from './KindMark';
import {
  INNER_RADIUS,
  LABEL_RADIUS,
  markPosition,
  monthAngle,
  polar,
  sectorPath,
  WHEEL_SIZE,
} from './wheel-geometry';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The årshjul drawn: a sector per month, today's month shaded, each item a mark in its kind's
 * shape and colour. A picture for the mouse and the eye; the list beside it is the text alternative and the
 * way to reach the items by keyboard, so the drawing is one image to a screen reader.
 */
export function WheelSvg({
  items,
  currentMonth,
  selectedId,
  language,
  onSelect,
}: {
  items: readonly YearItem[];
  currentMonth: number;
  selectedId: string | null;
  language: Language;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const perMonth = new Map<number, YearItem[]>();
  for (const item of items) perMonth.set(item.month, [...(perMonth.get(item.month) ?? []), item]);
  const centre = WHEEL_SIZE / 2;

  return (
    <svg
      className="wheel-svg"
      viewBox={`-14 -14 ${String(WHEEL_SIZE + 28)} ${String(WHEEL_SIZE + 28)}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t('year.wheel.figureLabel')}</title>
      <desc id={`${id}-desc`}>
        {t('year.wheel.figureDescription', {
          count: items.length,
          month: monthName(currentMonth)[language],
        })}
      </desc>
      {MONTHS.map((month) => (
        <path
          key={month}
          d={sectorPath(month)}
          className={month === currentMonth ? 'wheel-sector wheel-sector-now' : 'wheel-sector'}
        />
      ))}
      {MONTHS.map((month) => {
        const at = polar(LABEL_RADIUS, monthAngle(month));
        return (
          <text
            key={month}
            x={at.x}
            y={at.y}
            className={month === currentMonth ? 'wheel-month wheel-month-now' : 'wheel-month'}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {monthName(month)[language].slice(0, 3)}
          </text>
        );
      })}
      <circle cx={centre} cy={centre} r={INNER_RADIUS} className="wheel-hub" />
      <text x={centre} y={centre - 8} className="wheel-hub-label" textAnchor="middle">
        {t('year.wheel.today')}
      </text>
      <text x={centre} y={centre + 12} className="wheel-hub-month" textAnchor="middle">
        {monthName(currentMonth)[language]}
      </text>
      {[...perMonth.entries()].flatMap(([month, list]) =>
        list.map((item, index) => {
          const at = markPosition(month, index);
          const selected = item.id === selectedId;
          return (
            <KindMark
              key={item.id}
              kind={item.kind}
              x={at.x}
              y={at.y}
              r={selected ? 9 : 7}
              className={selected ? 'wheel-mark wheel-mark-selected' : 'wheel-mark'}
              itemId={item.id}
              onClick={() => onSelect(item.id)}
            >
              <title>
                {t('year.wheel.markTitle', {
                  title: item.title,
                  month: monthName(month)[language],
                })}
              </title>
            </KindMark>
          );
        }),
      )}
    </svg>
  );
}
