import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import { ACTIVITY_STATUSES } from '../../../../shared/model/enums';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { Screen } from '../../../components/Screen';
import { usePlanDocument } from '../../../components/use-plan';
import { Legend } from '../charts/Legend';
import { STATUS_SWATCH } from '../charts/chart-style';
import { findByData } from '../find-by-data';
import { useToday } from '../today';
import { useElementWidth } from '../use-element-width';
import { ActivityDetails } from './ActivityDetails';
import { barTarget } from './bar-target';
import { moveDates, moveEnd, type Dates, type Snap } from './date-moves';
import { TimelineAxis } from './TimelineAxis';
import { TimelineChart } from './TimelineChart';
import { detailsPosition, makeScale } from './timeline-geometry';
import { barTexts, windowLabel } from './timeline-labels';
import { timelineLayout, timelineSpan, type BarRow, type TimelineLayout } from './timeline-layout';
import type { Grouping } from './timeline-rows';
import { TimelineTable } from './TimelineTable';
import { TimelineToolbar, TimelineWindowNav } from './TimelineToolbar';
import { keyAction } from './timeline-keys';
import { TimelineMessages } from './TimelineMessages';
import { Undated } from './Undated';
import { useBarDrag } from './use-bar-drag';
import { useDateEdits } from './use-date-edits';
import { useRowWindow } from './use-row-window';
import { initialAnchor, shiftAnchor, windowFor, type Zoom } from './timeline-window';
import '../progress.css';

const NO_LAYOUT: TimelineLayout = {
  rows: [],
  undated: [],
  bars: [],
  byKey: new Map(),
  barIndex: new Map(),
  rowIndex: new Map(),
  shownCount: 0,
};

const DETAILS_WIDTH = 380;

/**
 * Tidslinje: the activities on a month axis, grouped by competence or target group. Dates move by
 * dragging a bar or with the keyboard; each move is one edit, saved at once and undoable.
 */
export function TimelineScreen() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const doc = usePlanDocument();
  const today = useToday();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const id = useId();
  const canvas = useRef<HTMLDivElement>(null);
  /** A bar to focus once it is drawn: one scrolled to from outside the window is not there yet. */
  const focusWanted = useRef<string | null>(null);
  const width = useElementWidth(canvas, 960);

  const [grouping, setGrouping] = useState<Grouping>('competence');
  const [zoom, setZoom] = useState<Zoom>('period');
  const [anchor, setAnchor] = useState<string | null>(null);
  const [snap, setSnap] = useState<Snap>('week');
  const [asTable, setAsTable] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [chartFocused, setChartFocused] = useState(false);
  const [details, setDetails] = useState<{ key: string; focus: boolean } | null>(null);
  const [readOnlyNote, setReadOnlyNote] = useState(false);
  const edits = useDateEdits();
  const openDetails = (key: string, focus: boolean) => {
    setActiveKey(key);
    setDetails((was) => (was?.key === key ? null : { key, focus }));
  };

  const span = doc ? timelineSpan(doc, today) : null;
  const { rows, undated, bars, byKey, barIndex, rowIndex, shownCount } = doc
    ? timelineLayout(doc, grouping)
    : NO_LAYOUT;
  const range = span ? windowFor(zoom, anchor ?? initialAnchor(span, today), span) : null;
  const scale = useMemo(
    () => (range ? makeScale(range, width) : null),
    // The range is rebuilt each render; its ends are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [range?.from, range?.to, width],
  );
  const textsOf = useMemo(() => barTexts(t, format), [t, format]);

  const drag = useBarDrag({
    pxPerDay: scale?.pxPerDay ?? 1,
    snap,
    enabled: !readOnly,
    datesOf: (key) => {
      const row = byKey.get(key);
      return row ? edits.datesOf(row.activity) : null;
    },
    onCommit: (key, dates) => {
      const row = byKey.get(key);
      if (row) void edits.save(row.activity, dates);
    },
    onClick: (key) => openDetails(key, false),
  });

  const active = activeKey !== null && byKey.has(activeKey) ? activeKey : (bars[0]?.key ?? null);
  const { rows: rowWindow, chartRef } = useRowWindow(rows.length, [
    active === null ? undefined : rowIndex.get(active),
    details ? rowIndex.get(details.key) : undefined,
  ]);
  useLayoutEffect(() => {
    const key = focusWanted.current;
    const bar = key === null ? null : findByData<SVGGElement>(canvas.current, 'data-bar-key', key);
    if (!bar) return;
    focusWanted.current = null;
    bar.focus({ preventScroll: true });
  });

  const datesOf = useCallback(
    (key: string, activity: Activity): Dates =>
      drag.preview?.key === key ? drag.preview.dates : edits.datesOf(activity),
    [drag.preview, edits],
  );

  if (!doc || !span || !range || !scale) return null;

  const focusBar = (key: string) => {
    setActiveKey(key);
    const bar = findByData<SVGGElement>(canvas.current, 'data-bar-key', key);
    if (bar) {
      bar.focus();
      return;
    }
    // A bar outside the window is scrolled to, drawn by the render this causes, and focused then.
    const index = rowIndex.get(key);
    if (index !== undefined) rowWindow.scrollToIndex(index);
    focusWanted.current = key;
  };
  const closeDetails = () => {
    const key = details?.key;
    setDetails(null);
    if (key) focusBar(key);
  };

  const move = (row: BarRow, next: (d: Dates) => Dates) => {
    if (readOnly) {
      setReadOnlyNote(true);
      return;
    }
    void edits.save(row.activity, next(edits.datesOf(row.activity)));
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const hit = barTarget(event.target);
    const row = hit ? byKey.get(hit.key) : undefined;
    const action = row ? keyAction(event.key, event.shiftKey, bars.length) : null;
    if (!row || !action) return;
    if (action.kind === 'close' && !details) return;
    event.preventDefault();
    if (action.kind === 'focus') {
      const at = barIndex.get(row.key) ?? 0;
      const index = Math.min(bars.length - 1, Math.max(0, at + action.by));
      const next = bars[index];
      if (next) focusBar(next.key);
    } else if (action.kind === 'move') {
      move(row, (d) => moveDates(d, action.days));
    } else if (action.kind === 'end') {
      move(row, (d) => moveEnd(d, action.days));
    } else if (action.kind === 'details') {
      openDetails(row.key, true);
    } else {
      setDetails(null);
    }
  };

  const locale = i18n.language === 'da' ? 'da-DK' : 'en-GB';
  const monthYear = (iso: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const label = windowLabel(t, zoom, range, monthYear);
  const shown = details ? byKey.get(details.key) : undefined;
  const detailsId = `${id}-details`;
  const hintId = `${id}-hint`;

  return (
    <Screen view="timeline" intro={t('progress.timeline.intro')}>
      <TimelineToolbar
        grouping={grouping}
        onGrouping={setGrouping}
        zoom={zoom}
        onZoom={setZoom}
        snap={snap}
        onSnap={setSnap}
        showSnap={!readOnly && !asTable}
        asTable={asTable}
        onTable={() => setAsTable((was) => !was)}
      />
      {asTable ? (
        <TimelineTable doc={doc} grouping={grouping} />
      ) : (
        <>
          <div className="timeline-legend-row">
            <Legend
              items={ACTIVITY_STATUSES.map((s) => ({
                key: s,
                label: t(`enums.activityStatus.${s}`),
                swatch: STATUS_SWATCH[s],
              }))}
            />
            <TimelineWindowNav
              zoom={zoom}
              windowLabel={label}
              onShift={(by) => setAnchor(shiftAnchor(zoom, range.from, by))}
            />
          </div>
          <p id={hintId} className="block-hint">
            {readOnly ? t('progress.timeline.readOnlyHint') : t('progress.timeline.hint')}
          </p>
          {bars.length === 0 ? (
            <p className="empty-text">{t('progress.timeline.empty')}</p>
          ) : (
            <div ref={canvas} className="timeline-canvas">
              <div className="timeline-axis-holder">
                <TimelineMessages message={edits.message} readOnlyNote={readOnlyNote} />
                <TimelineAxis scale={scale} width={width} today={today} />
              </div>
              <div
                ref={chartRef}
                className={shown ? 'timeline-body with-details' : 'timeline-body'}
              >
                <TimelineChart
                  label={t('progress.timeline.chartLabel', { window: label, count: shownCount })}
                  rows={rows}
                  drawn={rowWindow.getVirtualItems().map((item) => item.index)}
                  scale={scale}
                  width={width}
                  today={today}
                  datesOf={datesOf}
                  textsOf={textsOf}
                  groupTitle={(title, count) =>
                    t('progress.timeline.groupTitle', {
                      title:
                        title ??
                        (grouping === 'competence'
                          ? t('progress.timeline.noCompetence')
                          : t('progress.timeline.noTargetGroup')),
                      count,
                    })
                  }
                  activeKey={active}
                  chartFocused={chartFocused}
                  expandedKey={details?.key ?? null}
                  detailsId={detailsId}
                  hintId={hintId}
                  movable={!readOnly}
                  onKeyDown={onKeyDown}
                  onPointerDown={drag.onPointerDown}
                  onPointerMove={drag.onPointerMove}
                  onPointerUp={drag.onPointerUp}
                  onPointerCancel={drag.onPointerCancel}
                  onFocusBar={(key) => {
                    setActiveKey(key);
                    setChartFocused(true);
                  }}
                  onBlurChart={() => setChartFocused(false)}
                />
                {shown && (
                  <ActivityDetails
                    id={detailsId}
                    activity={shown.activity}
                    dates={datesOf(shown.key, shown.activity)}
                    doc={doc}
                    takeFocus={details?.focus ?? false}
                    position={detailsPosition(
                      rowIndex.get(shown.key) ?? 0,
                      rows.length,
                      Math.min(
                        width - DETAILS_WIDTH,
                        scale.x(datesOf(shown.key, shown.activity).start ?? range.from),
                      ),
                    )}
                    onClose={closeDetails}
                  />
                )}
              </div>
            </div>
          )}
        </>
      )}
      <Undated activities={undated} />
    </Screen>
  );
}
