import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearMonthOf } from '../../../shared/progress/dates';
import { useAppStore } from '../../store';
import { Screen } from '../../components/Screen';
import { useListEditing } from '../planner/common/use-list-editing';
import { usePlanDocument } from '../../components/use-plan';
import { useToday } from '../progress/today';
import { AddYearItemForm } from './AddYearItemForm';
import { MonthList } from './MonthList';
import { NextItemLine } from './NextItemLine';
import { defaultItemsPresent } from './restore-defaults';
import { useRestoreDefaults } from './use-restore-defaults';
import { WheelLegend } from './WheelLegend';
import { WheelSvg } from './WheelSvg';
import './year-wheel.css';

/** Årshjul: the committee's recurring year as a wheel and as a list, every item editable. */
export function YearWheelScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const today = useToday();
  const language = useAppStore((s) => s.language);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const addRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const restore = useRestoreDefaults(doc);
  const items = doc?.yearItems ?? [];
  const list = useListEditing({
    kind: 'yearItem',
    rows: items,
    nameOf: (item) => item.title,
    fallbackFocus: () => addRef.current,
  });
  if (!doc) return null;

  const defaults = defaultItemsPresent(doc.plan, items);
  const currentMonth = yearMonthOf(today).month;
  const firstMonth = doc.plan.periodStart ? yearMonthOf(doc.plan.periodStart).month : 1;

  return (
    <Screen view="yearWheel" intro={t('year.wheel.intro')}>
      <NextItemLine items={items} today={today} />
      <div className="wheel-layout">
        <figure className="wheel-figure">
          <WheelSvg
            items={items}
            currentMonth={currentMonth}
            selectedId={selectedId}
            language={language}
            onSelect={(id) => {
              setSelectedId(id);
              setFocusRequest((n) => n + 1);
            }}
          />
          <WheelLegend items={items} language={language} />
          {!readOnly && (
            <div className="wheel-restore">
              {defaults !== 'all' && (
                <>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-describedby="wheel-restore-hint"
                    disabled={restore.working}
                    onClick={() =>
                      void restore.restore().then((complete) => {
                        // The button goes once nothing is missing; focus stays on the outcome.
                        if (complete) resultRef.current?.focus();
                      })
                    }
                  >
                    {t(defaults === 'none' ? 'year.wheel.add' : 'year.wheel.restore')}
                  </button>
                  <p id="wheel-restore-hint" className="form-hint">
                    {t(defaults === 'none' ? 'year.wheel.addHint' : 'year.wheel.restoreHint')}
                  </p>
                </>
              )}
              <p className="wheel-restore-result" role="status" tabIndex={-1} ref={resultRef}>
                {restore.message}
              </p>
            </div>
          )}
        </figure>
        <MonthList
          doc={doc}
          firstMonth={firstMonth}
          currentMonth={currentMonth}
          selectedId={selectedId}
          focusRequest={focusRequest}
          onSelect={setSelectedId}
          onDelete={(item, from) => void list.remove(item, from)}
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
      {!readOnly && (
        <AddYearItemForm initialMonth={currentMonth} inputRef={addRef} onCreated={setSelectedId} />
      )}
    </Screen>
  );
}
