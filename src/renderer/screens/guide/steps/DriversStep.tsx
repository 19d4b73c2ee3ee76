import { useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntry } from '../../../../shared/catalog';
import { PRIORITIES, type Priority } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';
import { priorityOptions } from '../../matching/cards/priority-options';
import { ChoiceItem } from '../ChoiceItem';
import { firstSentence } from '../first-sentence';
import { readGuide } from '../guide-record';
import { currentDocument } from '../guide-writes';
import type { StepProps } from '../step-handle';
import { StepProblem } from '../StepProblem';
import { CustomDriverForm } from './CustomDriverForm';
import {
  DEFAULT_PRIORITY,
  driverOptions,
  selectionOf,
  type DriverOption,
  type DriverSelection,
} from './drivers-model';
import { saveDrivers } from './drivers-save';

const priorityOf = (value: string): Priority =>
  PRIORITIES.find((p) => String(p) === value) ?? DEFAULT_PRIORITY;

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Step 2: why the workplace has to change — drivers from the catalogue or its own, each with a priority. */
export function DriversStep({ ref, planId, doc, record }: StepProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const base = useMemo(() => driverOptions(doc, record), [doc, record]);
  const [added, setAdded] = useState<DriverOption[]>([]);
  const [changes, setChanges] = useState<DriverSelection>({});
  const [problem, setProblem] = useState<string | null>(null);
  const firstBox = useRef<HTMLInputElement | null>(null);

  const options = useMemo(() => [...base, ...added], [base, added]);
  const selection = useMemo<DriverSelection>(
    () => ({ ...selectionOf(options), ...changes }),
    [options, changes],
  );
  const titleOf = (o: DriverOption) =>
    o.row?.title ??
    (o.catalogKey ? catalogEntry('driver', o.catalogKey)?.title[language] : null) ??
    o.customTitle ??
    '';

  useImperativeHandle(
    ref,
    () => ({
      save: async (mode) => {
        const chosen = options.filter((o) => selection[o.key] != null).length;
        if (mode === 'next' && chosen === 0) {
          setProblem(t('guide.drivers.required'));
          firstBox.current?.focus();
          return 'invalid';
        }
        setProblem(null);
        const fresh = currentDocument();
        if (!fresh) return 'failed';
        // Built again from the plan as it is now, so a retry after a refusal makes nothing twice.
        const now = driverOptions(fresh, readGuide(planId) ?? record);
        const unsaved = added.filter(
          (a) =>
            !now.some(
              (o) => o.customTitle !== null && sameTitle(o.customTitle, a.customTitle ?? ''),
            ),
        );
        const carried: DriverSelection = { ...selection };
        for (const a of added) {
          const row = now.find(
            (o) => o.customTitle !== null && sameTitle(o.customTitle, a.customTitle ?? ''),
          );
          if (row) carried[row.key] = selection[a.key] ?? null;
        }
        const ok = await saveDrivers(planId, [...now, ...unsaved], carried, fresh.plan.language);
        return ok ? 'saved' : 'failed';
      },
    }),
    [options, selection, added, planId, record, t],
  );

  const setPriority = (key: string, priority: Priority | null) => {
    setChanges((c) => ({ ...c, [key]: priority }));
    if (priority !== null) setProblem(null);
  };

  const addCustom = (title: string): string | null => {
    if (options.some((o) => sameTitle(titleOf(o), title)))
      return t('guide.drivers.customDuplicate');
    const key = `new:${String(added.length + 1)}:${title}`;
    setAdded((list) => [
      ...list,
      { key, catalogKey: null, customTitle: title.trim(), row: null, locked: false },
    ]);
    setPriority(key, DEFAULT_PRIORITY);
    return null;
  };

  const item = (o: DriverOption, index: number) => {
    const priority = selection[o.key] ?? null;
    const entry = o.catalogKey && !o.row ? catalogEntry('driver', o.catalogKey) : undefined;
    const description = entry ? firstSentence(entry.description[language]) : null;
    return (
      <ChoiceItem
        key={o.key}
        inputRef={
          index === 0
            ? (el) => {
                firstBox.current = el;
              }
            : undefined
        }
        title={titleOf(o)}
        checked={priority !== null}
        disabled={o.locked}
        onChange={(on) => setPriority(o.key, on ? (o.row?.priority ?? DEFAULT_PRIORITY) : null)}
        details={
          (description || o.locked) && (
            <>
              {description && <span className="guide-choice-text">{description}</span>}
              {o.locked && <span className="guide-in-plan">{t('guide.frame.inPlan')}</span>}
            </>
          )
        }
        aside={
          priority !== null && !o.locked ? (
            <PrioritySelect
              name={titleOf(o)}
              value={priority}
              onChange={(p) => setPriority(o.key, p)}
            />
          ) : undefined
        }
      />
    );
  };

  const catalogue = options.filter((o) => o.key.startsWith('catalogue:'));
  const own = options.filter((o) => !o.key.startsWith('catalogue:'));
  return (
    <>
      <fieldset
        className="guide-group"
        aria-describedby={problem ? 'guide-drivers-problem' : undefined}
      >
        <legend className="guide-group-label">{t('guide.drivers.listLabel')}</legend>
        <StepProblem id="guide-drivers-problem" message={problem} />
        <ul className="guide-choices no-max-width">{catalogue.map(item)}</ul>
      </fieldset>
      {own.length > 0 && (
        <fieldset className="guide-group">
          <legend className="guide-group-label">{t('guide.drivers.ownLabel')}</legend>
          <ul className="guide-choices no-max-width">{own.map((o) => item(o, -1))}</ul>
        </fieldset>
      )}
      <CustomDriverForm onAdd={addCustom} />
    </>
  );
}

function PrioritySelect({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Priority;
  onChange: (value: Priority) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="form-select guide-priority"
      aria-label={t('guide.drivers.priority', { name })}
      value={value}
      onChange={(event) => onChange(priorityOf(event.target.value))}
    >
      {priorityOptions(t).map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
