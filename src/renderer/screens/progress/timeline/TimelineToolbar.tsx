import { useTranslation } from 'react-i18next';
import { Segmented } from '../charts/Segmented';
import type { Snap } from './date-moves';
import { GROUPINGS, type Grouping } from './timeline-rows';
import { ZOOMS, type Zoom } from './timeline-window';

/** How the timeline is grouped, how much of the calendar it shows, and how a drag snaps. */
export function TimelineToolbar({
  grouping,
  onGrouping,
  zoom,
  onZoom,
  snap,
  onSnap,
  showSnap,
  asTable,
  onTable,
}: {
  grouping: Grouping;
  onGrouping: (g: Grouping) => void;
  zoom: Zoom;
  onZoom: (z: Zoom) => void;
  snap: Snap;
  onSnap: (s: Snap) => void;
  showSnap: boolean;
  asTable: boolean;
  onTable: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="timeline-toolbar">
      <Segmented
        label={t('progress.timeline.groupBy')}
        value={grouping}
        onChange={onGrouping}
        options={GROUPINGS.map((g) => ({ value: g, label: t(`progress.timeline.grouping.${g}`) }))}
      />
      <Segmented
        label={t('progress.timeline.zoom')}
        value={zoom}
        onChange={onZoom}
        options={ZOOMS.map((z) => ({ value: z, label: t(`progress.timeline.zooms.${z}`) }))}
      />
      {showSnap && (
        <Segmented
          label={t('progress.timeline.snap')}
          value={snap}
          onChange={onSnap}
          options={(['day', 'week'] as const).map((s) => ({
            value: s,
            label: t(`progress.timeline.snaps.${s}`),
          }))}
        />
      )}
      <button
        type="button"
        className="button button-tertiary button-small chart-table-toggle"
        aria-pressed={asTable}
        onClick={onTable}
      >
        {t('progress.chart.showTable')}
      </button>
    </div>
  );
}

/** Which quarter or year is shown, with the way to the one before and after. */
export function TimelineWindowNav({
  zoom,
  windowLabel,
  onShift,
}: {
  zoom: Zoom;
  windowLabel: string;
  onShift: (by: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="timeline-window">
      {zoom !== 'period' && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onShift(-1)}
        >
          <span aria-hidden="true">‹ </span>
          {t(`progress.timeline.previous.${zoom}`)}
        </button>
      )}
      <p className="timeline-window-label" aria-live="polite">
        {windowLabel}
      </p>
      {zoom !== 'period' && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onShift(1)}
        >
          {t(`progress.timeline.next.${zoom}`)}
          <span aria-hidden="true"> ›</span>
        </button>
      )}
    </div>
  );
}
