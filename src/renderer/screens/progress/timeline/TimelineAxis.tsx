import { useTranslation } from 'react-i18next';
import { addMonths, yearMonthOf } from '../../../../shared/progress';
import { useAppStore } from '../../../store';
import { FONT, INK, INK_MUTED, LINE } from '../charts/chart-style';
import { AXIS_HEIGHT, LABEL_WIDTH, type Scale } from './timeline-geometry';
import { monthsIn } from './timeline-window';

const monthNames = new Map<string, Intl.DateTimeFormat>();
function monthFormat(locale: string, width: 'long' | 'short' | 'narrow') {
  const key = `${locale}-${width}`;
  let f = monthNames.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    monthNames.set(key, f);
  }
  return f;
}

/**
 * The month axis: years above, months below, and today's mark. Kept in its own SVG so it can stay
 * at the top of the window while a long timeline scrolls under it; the dates are in every bar's
 * name, so it is hidden from screen readers.
 */
export function TimelineAxis({
  scale,
  width,
  today,
}: {
  scale: Scale;
  width: number;
  today: string;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const months = monthsIn(scale.window);
  const cell = months.length === 0 ? 0 : (scale.right - scale.left) / months.length;
  const nameWidth = cell >= 70 ? 'long' : cell >= 34 ? 'short' : 'narrow';
  const format = monthFormat(locale, nameWidth);
  const showToday = today >= scale.window.from && today < scale.window.to;
  const todayX = scale.x(today) + scale.pxPerDay / 2;

  return (
    <svg
      className="timeline-axis"
      width={width}
      height={AXIS_HEIGHT}
      viewBox={`0 0 ${String(width)} ${String(AXIS_HEIGHT)}`}
      aria-hidden="true"
      focusable="false"
      fontFamily={FONT}
    >
      <rect x={0} y={0} width={width} height={AXIS_HEIGHT} fill="#ffffff" />
      <text x={8} y={36} fontSize={13} fontWeight={600} fill={INK_MUTED}>
        {t('progress.timeline.activityColumn')}
      </text>
      {months.map((m, i) => {
        const x = scale.x(m);
        const { year, month } = yearMonthOf(m);
        const next = scale.x(addMonths(m, 1));
        return (
          <g key={m}>
            <line
              x1={x}
              x2={x}
              y1={i === 0 || month === 1 ? 0 : 22}
              y2={AXIS_HEIGHT}
              stroke={LINE}
            />
            {(i === 0 || month === 1) && (
              <text x={x + 4} y={14} fontSize={13} fontWeight={600} fill={INK}>
                {year}
              </text>
            )}
            <text x={(x + next) / 2} y={38} fontSize={13} textAnchor="middle" fill={INK}>
              {format.format(new Date(`${m}T00:00:00Z`)).replace(/\.$/, '')}
            </text>
          </g>
        );
      })}
      <line x1={scale.right} x2={scale.right} y1={0} y2={AXIS_HEIGHT} stroke={LINE} />
      <line x1={0} x2={width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke={INK_MUTED} />
      {showToday && (
        <g>
          <rect x={todayX - 22} y={2} width={44} height={16} rx={3} fill={INK} />
          <text x={todayX} y={14} fontSize={12} fontWeight={600} textAnchor="middle" fill="#ffffff">
            {t('progress.timeline.today')}
          </text>
          <line
            x1={todayX}
            x2={todayX}
            y1={18}
            y2={AXIS_HEIGHT}
            stroke={INK}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
        </g>
      )}
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={AXIS_HEIGHT} stroke={LINE} />
    </svg>
  );
}
