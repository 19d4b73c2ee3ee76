import { Fragment, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { linkKey } from '../../../components/history/focus-step';
import { adoptMethod } from '../adopt';
import { buildMatrix, type MatrixColumn, type MatrixRow } from './matrix-model';
import { MatrixCellButton } from './MatrixCellButton';
import { MatrixLegend } from './MatrixLegend';
import { useGridFocus } from './use-grid-focus';
import { useScrollEdges } from './use-scroll-edges';
import { usePlanDocument, usePlanReadOnly } from '../../../components/use-plan';
import '../matching.css';

/**
 * The whole match at once: the plan's competences down, its methods across, and in each cell how
 * well the pair fits and whether the plan uses it. Pressing a cell links or unlinks the pair; a
 * catalogue method not yet in the plan is added to it on the way. `labelledBy` names the heading
 * the grid is called by, which belongs to whoever shows it.
 */
export function MatrixView({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const readOnly = usePlanReadOnly();
  const language = useAppStore((s) => s.language);
  const addLink = useAppStore((s) => s.addLink);
  const removeLink = useAppStore((s) => s.removeLink);
  const [showCatalogue, setShowCatalogue] = useState<boolean | null>(null);
  const [working, setWorking] = useState(false);
  const id = useId();
  // A plan without methods yet is best served by seeing the catalogue's straight away.
  const withCatalogue = showCatalogue ?? (doc !== null && doc.methods.length === 0);
  const matrix = useMemo(
    () => (doc ? buildMatrix(doc, withCatalogue, language) : null),
    [doc, withCatalogue, language],
  );
  const rowKeys = useMemo(() => matrix?.rows.map((r) => r.competenceId) ?? [], [matrix]);
  const colKeys = useMemo(() => matrix?.columns.map((c) => c.key) ?? [], [matrix]);
  const grid = useGridFocus(rowKeys, colKeys);
  const [edges, scroller] = useScrollEdges();
  if (!doc || !matrix) return null;

  async function toggle(row: MatrixRow, column: MatrixColumn) {
    if (readOnly || working || !matrix) return;
    setWorking(true);
    grid.select(row.competenceId, column.key);
    if (column.methodId !== null) {
      const kind = 'competence-method';
      if (matrix.cell(row, column).used) await removeLink(kind, row.competenceId, column.methodId);
      else await addLink(kind, row.competenceId, column.methodId);
    } else if (column.methodKey !== null) {
      // The catalogue column becomes the plan's own as soon as the method exists; focus follows.
      await adoptMethod(row.competenceId, column.methodKey, null, (newId) =>
        grid.focusWhenShown(row.competenceId, `method:${newId}`),
      );
    }
    setWorking(false);
  }

  const legendId = `${id}-legend`;
  return (
    <div className="match-matrix">
      <p className="matrix-intro">{t('matching.matrix.intro')}</p>
      <div className="matrix-options form-group-checkbox">
        <input
          id={`${id}-catalogue`}
          className="form-checkbox"
          type="checkbox"
          checked={withCatalogue}
          onChange={(event) => setShowCatalogue(event.target.checked)}
        />
        <label htmlFor={`${id}-catalogue`}>{t('matching.matrix.showCatalogue')}</label>
      </div>
      {matrix.rows.length === 0 ? (
        <p className="empty-text">{t('matching.matrix.noCompetences')}</p>
      ) : matrix.columns.length === 0 ? (
        <p className="empty-text">{t('matching.matrix.noMethods')}</p>
      ) : (
        <div
          className={[
            'matrix-frame',
            edges.right ? 'more-right' : null,
            edges.left ? 'more-left' : null,
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <p className="matrix-more" aria-hidden={!edges.right}>
            {edges.right ? t('matching.matrix.moreRight') : ''}
          </p>
          <div ref={scroller} className="matrix-scroll">
            <table
              role="grid"
              className="matrix"
              aria-labelledby={labelledBy}
              aria-describedby={`${legendId}-keys`}
              aria-readonly={readOnly || undefined}
            >
              <thead>
                <tr role="row">
                  <th role="columnheader" scope="col" className="matrix-corner">
                    {t('matching.matrix.corner')}
                  </th>
                  {matrix.columns.map((column) => (
                    <th
                      key={column.key}
                      role="columnheader"
                      scope="col"
                      className={
                        column.methodId === null
                          ? 'matrix-method matrix-catalogue'
                          : 'matrix-method'
                      }
                    >
                      <span className="matrix-method-title" title={column.title}>
                        {breakable(column.title)}
                      </span>
                      {column.methodId === null && (
                        <span className="matrix-not-in-plan">{t('matching.matrix.notInPlan')}</span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr role="row" key={row.competenceId}>
                    <th role="rowheader" scope="row" className="matrix-competence">
                      {breakable(row.title)}
                    </th>
                    {matrix.columns.map((column) => (
                      <td
                        role="gridcell"
                        key={column.key}
                        className={column.methodId === null ? 'matrix-catalogue' : undefined}
                      >
                        <MatrixCellButton
                          cell={matrix.cell(row, column)}
                          linkKey={
                            column.methodId === null
                              ? null
                              : linkKey('competence-method', row.competenceId, column.methodId)
                          }
                          tabIndex={grid.isActive(row.competenceId, column.key) ? 0 : -1}
                          buttonRef={grid.ref(row.competenceId, column.key)}
                          disabled={readOnly || working}
                          onKeyDown={grid.onKeyDown}
                          // Focus put here from outside (an undo) makes this cell the tab stop.
                          onFocus={() => {
                            if (!grid.isActive(row.competenceId, column.key))
                              grid.select(row.competenceId, column.key);
                          }}
                          onToggle={() => void toggle(row, column)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {/* Below the grid, so a laptop's or a projector's screen opens on the grid itself; the cells
          say their strength in words, and the grid names the legend as its description. */}
      <MatrixLegend id={legendId} />
    </div>
  );
}

/**
 * Titles like "frontløbere/ambassadører" may wrap after the slash: the browser will not break
 * there by itself, and a narrow column would otherwise cut the word in the middle.
 */
function breakable(title: string): ReactNode {
  const parts = title.split('/');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}
