import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPACT_LAYERS } from '../../../shared/impact';
import type { WindowDocument } from '../../../shared/model/document';
import { useFormat } from '../../i18n/use-format';
import { findByData } from '../progress/find-by-data';
import { useAppStore } from '../../store';
import { Screen } from '../../components/Screen';
import { usePlanDocument } from '../../components/use-plan';
import { chainSummary } from './chain-summary';
import { downloadPng, downloadSvg, safeFileName } from './export-image';
import { IMPACT_FIGURE_PARTS, impactFigures, selectedChain } from './impact-figures';
import { ImpactGapList } from './ImpactGapList';
import { ImpactMapSvg } from './ImpactMapSvg';
import { ImpactTable } from './ImpactTable';
import { MAP_KEYS, neighbour, type MapKey } from './impact-navigation';
import { useNodeNames } from './use-node-names';
import { useShownGaps } from './use-shown-gaps';
import '../progress/progress.css';
import './impact.css';

/**
 * The impact map: why → who → how → what. Selecting a node lights up its chain; the loose ends
 * are flagged on the map and listed below it. The map can be saved as SVG or PNG.
 */
export function ImpactMapScreen() {
  const doc = usePlanDocument();
  return doc ? <FiguresInParts doc={doc} part={0} /> : null;
}

/**
 * Works out the figures' large parts one component each before the map asks for the whole:
 * the screen is drawn in the background (see PlanScreen), and React lets the browser in between
 * two components, so at 20,000 activities the first drawing is several short tasks, not one long.
 */
function FiguresInParts({ doc, part }: { doc: WindowDocument; part: number }) {
  const workOut = IMPACT_FIGURE_PARTS[part];
  if (!workOut) return <ImpactMap doc={doc} />;
  workOut(doc);
  return <FiguresInParts doc={doc} part={part + 1} />;
}

function ImpactMap({ doc }: { doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [asTable, setAsTable] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const figures = impactFigures(doc);
  const map = figures.map;
  const gaps = useShownGaps(figures);
  const chain = selectedId ? selectedChain(map, selectedId) : null;
  const { nameOf, labelOf, titleOf } = useNodeNames(map, gaps, figures.counted);
  const { layout, gapIds } = figures;

  const active =
    activeId !== null && layout.nodes.some((n) => n.id === activeId)
      ? activeId
      : (layout.nodes[0]?.id ?? null);
  const focusNode = (nodeId: string) => {
    setActiveId(nodeId);
    findByData<SVGGElement>(svg.current, 'data-node-id', nodeId)?.focus();
  };
  const toggle = (nodeId: string) => setSelectedId((was) => (was === nodeId ? null : nodeId));

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const nodeId = (event.target as Element)
      .closest?.('[data-node-id]')
      ?.getAttribute('data-node-id');
    if (!nodeId) return;
    if (MAP_KEYS.includes(event.key)) {
      const next = neighbour(layout.nodes, nodeId, event.key as MapKey);
      if (next) focusNode(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      toggle(nodeId);
    } else if (event.key === 'Escape' && selectedId !== null) {
      setSelectedId(null);
    } else {
      return;
    }
    event.preventDefault();
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const nodeId = (event.target as Element)
      .closest?.('[data-node-id]')
      ?.getAttribute('data-node-id');
    if (!nodeId) return;
    setActiveId(nodeId);
    toggle(nodeId);
  };
  const showGap = (nodeId: string) => {
    setAsTable(false);
    setSelectedId(nodeId);
    // The map may only now be drawn again, after the table.
    requestAnimationFrame(() => focusNode(nodeId));
  };

  const fileName = safeFileName(
    t('progress.impact.fileName', { title: doc.plan.title }),
    t('progress.impact.fileFallback'),
  );
  const saveSvg = () => {
    if (svg.current) downloadSvg(svg.current, `${fileName}.svg`);
  };
  const savePng = () => {
    if (!svg.current) return;
    setExportFailed(false);
    downloadPng(svg.current, `${fileName}.png`).catch(() => setExportFailed(true));
  };
  const headings = Object.fromEntries(
    IMPACT_LAYERS.map((kind) => [
      kind,
      layout.columns.find((c) => c.kind === kind)?.heading[language] ?? '',
    ]),
  ) as Record<(typeof IMPACT_LAYERS)[number], string>;
  const hintId = `${id}-hint`;

  return (
    <Screen view="impactMap" intro={t('progress.impact.intro')}>
      <div className="impact-toolbar">
        <button
          type="button"
          className="button button-tertiary button-small chart-table-toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((was) => !was)}
        >
          {t('progress.chart.showTable')}
        </button>
        {!asTable && (
          <>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={saveSvg}
            >
              {t('progress.impact.saveSvg')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={savePng}
            >
              {t('progress.impact.savePng')}
            </button>
          </>
        )}
        {gaps.length > 0 && (
          <a className="impact-gap-link" href="#impact-gaps">
            <span aria-hidden="true">⚠ </span>
            {t('progress.impact.gapsLink', { count: gaps.length })}
          </a>
        )}
      </div>
      {exportFailed && (
        <p role="alert" className="form-error-message">
          {t('progress.impact.exportFailed')}
        </p>
      )}
      {figures.counted.size > 0 && (
        <p className="impact-counted-note">
          {t('progress.impact.counted', {
            count: doc.activities.length,
            number: format.number(doc.activities.length),
          })}
        </p>
      )}
      {asTable ? (
        <ImpactTable doc={doc} counted={figures.counted.size > 0} />
      ) : (
        <>
          <p id={hintId} className="sr-only">
            {t('progress.impact.hint')}
          </p>
          <p className="impact-chain-summary" aria-live="polite">
            {chain
              ? chainSummary(t, format, map, chain, titleOf)
              : t('progress.impact.nothingSelected')}
          </p>
          <div className="impact-canvas">
            <ImpactMapSvg
              ref={svg}
              layout={layout}
              label={t('progress.impact.mapLabel', { count: gaps.length })}
              hintId={hintId}
              headings={headings}
              chain={chain}
              gapIds={gapIds}
              objectives={figures.objectives}
              nameOf={nameOf}
              labelOf={labelOf}
              activeId={active}
              focused={focused}
              onKeyDown={onKeyDown}
              onClick={onClick}
              onFocusNode={(nodeId) => {
                setActiveId(nodeId);
                setFocused(true);
              }}
              onBlurMap={() => setFocused(false)}
            />
          </div>
        </>
      )}
      <ImpactGapList gaps={gaps} onShow={showGap} />
    </Screen>
  );
}
