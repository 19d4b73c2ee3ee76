import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fillOf, svgIdPrefix, type Swatch } from './chart-style';
import { SvgPatterns } from './SvgPatterns';

/** What the fills and patterns of a chart mean, in words beside a sample of each. */
export function Legend({
  items,
}: {
  items: readonly { key: string; label: string; swatch: Swatch }[];
}) {
  const { t } = useTranslation();
  const prefix = svgIdPrefix(useId());
  return (
    <ul className="chart-legend" aria-label={t('progress.chart.legend')}>
      {items.map((item, index) => (
        <li key={item.key}>
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <SvgPatterns prefix={`${prefix}-${String(index)}`} />
            <rect
              x="1"
              y="1"
              width="26"
              height="14"
              rx="2"
              fill={fillOf(item.swatch, `${prefix}-${String(index)}`)}
              stroke={item.swatch.stroke}
              strokeWidth="1.5"
              strokeDasharray={item.swatch.dash}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
