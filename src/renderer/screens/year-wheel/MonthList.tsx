import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { YearItem } from '../../../shared/model/entities';
import { useAppStore } from '../../store';
import { KindIcon } from './KindMark';
import { kindLabel, monthTitle, ownerLabel } from './labels';
import { YearItemFields } from './YearItemFields';

/**
 * The årshjul as a list, month by month from the month the plan's period starts: the text
 * alternative to the drawing and where items are edited. Focus inside an item selects it, so the
 * drawing shows which dot the keyboard is on.
 */
export function MonthList({
  doc,
  firstMonth,
  currentMonth,
  selectedId,
  focusRequest,
  onSelect,
  onDelete,
}: {
  doc: WindowDocument;
  firstMonth: number;
  currentMonth: number;
  selectedId: string | null;
  /** Bumped when the drawing selects an item, so the list brings it into view. */
  focusRequest: number;
  onSelect: (id: string) => void;
  onDelete: (item: YearItem, from: Element | null) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const rows = useRef(new Map<string, HTMLLIElement>());
  const months = Array.from({ length: 12 }, (_, i) => ((firstMonth - 1 + i) % 12) + 1);

  useEffect(() => {
    if (focusRequest === 0 || !selectedId) return;
    const row = rows.current.get(selectedId);
    row?.scrollIntoView?.({ block: 'nearest' });
    row?.focus();
    // Only a new request from the drawing moves focus; the selection alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="wheel-list" role="group" aria-label={t('year.wheel.listLabel')}>
      {months.map((month) => {
        const items = doc.yearItems.filter((i) => i.month === month);
        const headingId = `wheel-month-${String(month)}`;
        return (
          <section
            key={month}
            className={month === currentMonth ? 'wheel-month-block now' : 'wheel-month-block'}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="wheel-month-heading">
              {monthTitle(month, language)}
              {month === currentMonth && (
                <span className="wheel-month-now-tag"> – {t('year.wheel.thisMonth')}</span>
              )}
            </h3>
            {items.length === 0 ? (
              <p className="wheel-month-empty">{t('year.wheel.monthEmpty')}</p>
            ) : (
              <ul className="wheel-items no-max-width">
                {items.map((item) => {
                  const isOpen = open.has(item.id);
                  const links = item.activityIds.length + item.measurementIds.length;
                  return (
                    <li
                      key={item.id}
                      ref={(el) => {
                        if (el) rows.current.set(item.id, el);
                        else rows.current.delete(item.id);
                      }}
                      data-row
                      tabIndex={-1}
                      className={item.id === selectedId ? 'wheel-item selected' : 'wheel-item'}
                      aria-current={item.id === selectedId ? 'true' : undefined}
                      onFocus={() => {
                        if (item.id !== selectedId) onSelect(item.id);
                      }}
                    >
                      <div className="wheel-item-head">
                        <KindIcon kind={item.kind} />
                        <div className="wheel-item-text">
                          <h4 className="wheel-item-title">{item.title}</h4>
                          <p className="wheel-item-meta">
                            {[
                              kindLabel(item.kind, language),
                              item.ownerRole
                                ? `${t('year.wheel.owner')}: ${ownerLabel(item.ownerRole, language)}`
                                : t('year.wheel.noOwner'),
                              links > 0 ? t('year.wheel.links', { count: links }) : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </p>
                          {!isOpen && item.description && (
                            <p className="wheel-item-description">{item.description}</p>
                          )}
                        </div>
                        <div className="wheel-item-tools">
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            aria-expanded={isOpen}
                            aria-controls={`year-item-${item.id}`}
                            aria-label={t(isOpen ? 'year.wheel.hideItem' : 'year.wheel.editItem', {
                              name: item.title,
                            })}
                            onClick={() => toggle(item.id)}
                          >
                            {t(isOpen ? 'year.wheel.hide' : 'year.wheel.edit')}
                          </button>
                          {!readOnly && (
                            <button
                              type="button"
                              className="button button-tertiary button-small button-delete"
                              aria-label={t('year.wheel.deleteItem', { name: item.title })}
                              onClick={(e) => onDelete(item, e.currentTarget)}
                            >
                              {t('year.wheel.delete')}
                            </button>
                          )}
                        </div>
                      </div>
                      <div id={`year-item-${item.id}`} hidden={!isOpen}>
                        {isOpen && <YearItemFields item={item} doc={doc} />}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
