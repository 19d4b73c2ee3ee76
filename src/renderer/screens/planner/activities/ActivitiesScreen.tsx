import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { createLookup } from '../../../components/lookup';
import { AddForm } from '../common/AddForm';
import { keepFocus } from '../common/focus';
import { moved } from '../common/reorder';
import { Screen } from '../../../components/Screen';
import { usePlanDocument } from '../../../components/use-plan';
import { ExcelImportButton } from '../../../components/excel-import/ExcelImportButton';
import {
  ExcelImportedNotice,
  useExcelImported,
} from '../../../components/excel-import/ExcelImportedNotice';
import { ActivityFilterBar } from './ActivityFilterBar';
import { ActivityForm } from './ActivityForm';
import { ACTIVITY_ROW_HEIGHT, ActivityRow } from './ActivityRow';
import { filterActivities, isFiltered } from './filter-activities';
import { VirtualListbox } from './VirtualListbox';
import './activities.css';

/**
 * The activities: a searchable list that stays fast with thousands of rows, and the chosen
 * activity's form beside it. The list is the master: arrows choose, Alt+Arrow moves, Delete deletes
 * (with undo), Enter goes to the form.
 */
export function ActivitiesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = usePlanDocument();
  const listId = useId();
  const filter = useAppStore((s) => s.activityFilter);
  const selectedId = useAppStore((s) => s.selectedActivityId);
  const select = useAppStore((s) => s.selectActivity);
  const createEntity = useAppStore((s) => s.createEntity);
  const deleteEntity = useAppStore((s) => s.deleteEntity);
  const reorderEntities = useAppStore((s) => s.reorderEntities);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const [focusForm, setFocusForm] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addRef = useRef<HTMLInputElement>(null);
  const excel = useExcelImported();

  const activities = useMemo(() => doc?.activities ?? [], [doc]);
  // The list follows the search in the background, so a key typed is drawn in the field at once:
  // at 20,000 activities, filtering and drawing the list in the key's own task held each key.
  const listFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterActivities(activities, listFilter), [activities, listFilter]);
  const lookup = useMemo(() => (doc ? createLookup(doc) : null), [doc]);
  if (!doc || !lookup) return null;

  const filtered = isFiltered(listFilter);
  // One pass over the list shown, which is the whole plan when nothing is searched.
  const activeIndex = selectedId === null ? -1 : shown.findIndex((a) => a.id === selectedId);
  // A chosen activity the search now hides is not edited out of sight.
  const selected = shown[activeIndex] ?? null;
  const optionId = (i: number) => `${listId}-option-${i}`;
  const focusList = () => document.getElementById(`${listId}-box`)?.focus();

  const choose = (activity: Activity | null, openForm = false) => {
    setFocusForm(openForm);
    select(activity?.id ?? null);
  };

  const move = (activity: Activity, by: -1 | 1) => {
    if (readOnly) return;
    if (filtered) {
      setAnnouncement(t('planner.activities.reorderFiltered'));
      return;
    }
    const next = moved(
      activities.map((a) => a.id),
      activity.id,
      by,
    );
    if (!next) return;
    void keepFocus(async () => {
      if (await reorderEntities('activity', next)) {
        setAnnouncement(
          t('planner.list.moved', {
            name: activity.title,
            position: next.indexOf(activity.id) + 1,
            count: next.length,
          }),
        );
      }
    });
  };

  const remove = async (activity: Activity, refocus: () => void) => {
    if (readOnly) return;
    const at = shown.findIndex((a) => a.id === activity.id);
    if (!(await deleteEntity('activity', activity.id, activity.title))) return;
    const rest = shown.filter((a) => a.id !== activity.id);
    choose(rest[Math.min(at, rest.length - 1)] ?? null);
    refocus();
  };

  /**
   * An activity is made only once it has a title, so no "Ny indsats" is left behind by a press
   * of the button; it then opens in the form, to be filled in.
   */
  const add = async (title: string) => {
    const id = await createEntity({ entity: 'activity', values: { title } });
    if (id === null) return false;
    setFocusForm(true);
    select(id);
    return true;
  };

  const addButton = readOnly ? null : (
    <>
      <AddForm
        compact
        heading={t('planner.activities.addHeading')}
        nameLabel={t('planner.activities.newTitle')}
        submitLabel={t('planner.activities.add')}
        inputRef={addRef}
        onAdd={add}
      />
      <ExcelImportButton onImported={excel.onImported} />
    </>
  );

  const listKeys = (event: KeyboardEvent<HTMLDivElement>) => {
    const active = shown[activeIndex];
    if (!active) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(active, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Delete' && !readOnly) {
      event.preventDefault();
      void remove(active, focusList);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      document.getElementById('activity-form-heading')?.focus();
    }
  };

  return (
    <Screen view="activities" intro={t('planner.intro.activities')}>
      {/* The add button leads the search row, so both fit one line on a projector. */}
      {activities.length > 0 ? (
        <ActivityFilterBar doc={doc} leading={addButton} />
      ) : (
        <div className="filter-row activities-toolbar">{addButton}</div>
      )}
      <ExcelImportedNotice done={excel.done} onDismiss={excel.dismiss} />
      <p className="list-status" role="status">
        {activities.length === 0
          ? t('planner.activities.empty')
          : shown.length === 0
            ? t('planner.activities.noMatches')
            : t('planner.activities.shown', {
                shown: format.number(shown.length),
                total: format.number(activities.length),
              })}
      </p>
      <div className={selected ? 'master-detail with-detail' : 'master-detail'}>
        {shown.length > 0 && (
          <div className="master">
            <p id={`${listId}-hint`} className="block-hint">
              {t('planner.activities.listHint')}
            </p>
            <VirtualListbox
              id={`${listId}-box`}
              label={t('planner.activities.listLabel')}
              describedBy={`${listId}-hint`}
              count={shown.length}
              rowHeight={ACTIVITY_ROW_HEIGHT}
              activeIndex={activeIndex}
              onActiveChange={(i) => choose(shown[i] ?? null)}
              optionId={optionId}
              renderOption={(i) => {
                const activity = shown[i];
                return activity ? <ActivityRow activity={activity} lookup={lookup} /> : null;
              }}
              onKeyDown={listKeys}
            />
          </div>
        )}
        {selected ? (
          <div className="detail">
            <ActivityForm
              key={selected.id}
              activity={selected}
              doc={doc}
              index={activities.indexOf(selected)}
              count={activities.length}
              canMove={!filtered}
              takeFocus={focusForm}
              onMove={(by) => move(selected, by)}
              onDelete={() =>
                void remove(selected, () =>
                  shown.length > 1 ? focusList() : addRef.current?.focus(),
                )
              }
              onClose={() => {
                choose(null);
                focusList();
              }}
            />
          </div>
        ) : (
          shown.length > 0 && (
            <p className="detail-placeholder">{t('planner.activities.selectHint')}</p>
          )
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </Screen>
  );
}
