import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { GuideField } from '../GuideField';
import { readGuide } from '../guide-record';
import { currentDocument } from '../guide-writes';
import type { StepProps } from '../step-handle';
import { StepProblem } from '../StepProblem';
import {
  groupProblems,
  initialRows,
  MAX_GROUPS,
  otherGroups,
  saveTargetGroups,
  type GroupProblems,
  type GroupRow,
} from './target-groups-model';

const QUICK = ['caseworkers', 'leaders', 'administrative'] as const;

type FocusTarget = { key: string; field: 'name' | 'headcount' } | { key: 'add'; field: 'button' };

/** Step 3: for whom — one to five groups of staff, each with a rough headcount. */
export function TargetGroupsStep({ ref, planId, doc, record }: StepProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const planLanguage = doc.plan.language;
  const [rows, setRows] = useState<GroupRow[]>(() => initialRows(doc, record));
  const [problems, setProblems] = useState<GroupProblems>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const nextKey = useRef(0);
  const others = otherGroups(doc, record);

  useEffect(() => {
    if (!focusTarget) return;
    // Keys are ids and counters ([a-z0-9:-]), safe inside a quoted attribute selector.
    const key = `${focusTarget.key}:${focusTarget.field}`;
    root.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
  }, [focusTarget]);

  useImperativeHandle(
    ref,
    () => ({
      save: async (mode) => {
        const found = groupProblems(rows, language);
        setProblems(found);
        const firstBad = rows.find((row) => found[row.key]);
        if (firstBad) {
          setFocusTarget({
            key: firstBad.key,
            field: found[firstBad.key]?.name ? 'name' : 'headcount',
          });
          return 'invalid';
        }
        if (mode === 'next' && rows.length + others.length === 0) {
          setProblem(t('guide.targetGroups.required'));
          setFocusTarget({ key: 'add', field: 'button' });
          return 'invalid';
        }
        setProblem(null);
        const fresh = currentDocument();
        if (!fresh) return 'failed';
        const ok = await saveTargetGroups(
          planId,
          fresh,
          readGuide(planId) ?? record,
          rows,
          language,
          (key, id) =>
            setRows((list) => list.map((r) => (r.key === key ? { ...r, rowId: id } : r))),
        );
        return ok ? 'saved' : 'failed';
      },
    }),
    [rows, others.length, language, planId, record, t],
  );

  const add = (name: string, focus: 'name' | 'headcount') => {
    nextKey.current += 1;
    const key = `new-${String(nextKey.current)}`;
    setRows((list) => [...list, { key, rowId: null, name, headcount: '' }]);
    setProblem(null);
    setFocusTarget({ key, field: focus });
  };

  const remove = (index: number) => {
    const after = rows[index + 1] ?? rows[index - 1];
    setRows((list) => list.filter((_, i) => i !== index));
    setFocusTarget(after ? { key: after.key, field: 'name' } : { key: 'add', field: 'button' });
  };

  const change = (key: string, patch: Partial<GroupRow>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const full = rows.length + others.length >= MAX_GROUPS;
  const taken = new Set([...rows, ...others].map((r) => r.name.trim().toLowerCase()));
  const quick = QUICK.map((k) =>
    t(`guide.targetGroups.suggestions.${k}`, { lng: planLanguage }),
  ).filter((name) => !taken.has(name.toLowerCase()));

  return (
    <div ref={root}>
      {others.length > 0 && (
        <p className="guide-note">
          {t('guide.targetGroups.existing', { names: others.map((g) => g.name).join(', ') })}
        </p>
      )}
      {!full && quick.length > 0 && (
        <div className="guide-quick" role="group" aria-labelledby="guide-quick-label">
          <span id="guide-quick-label" className="guide-quick-label">
            {t('guide.targetGroups.quickLabel')}
          </span>
          {quick.map((name) => (
            <button
              key={name}
              type="button"
              className="button button-secondary button-small guide-quick-add"
              aria-label={t('guide.targetGroups.quickAdd', { name })}
              onClick={() => add(name, 'headcount')}
            >
              <span aria-hidden="true">+</span>
              {name}
            </button>
          ))}
        </div>
      )}
      <StepProblem message={problem} />
      {/* Said once above the rows rather than under every field, so the rows line up. */}
      {rows.length > 0 && <p className="guide-note">{t('guide.targetGroups.headcountHint')}</p>}
      {rows.length > 0 && (
        <ol className="guide-groups no-max-width" aria-label={t('guide.targetGroups.listLabel')}>
          {rows.map((row, index) => {
            const number = index + 1;
            const rowProblems = problems[row.key] ?? {};
            return (
              <li key={row.key} className="guide-group-row">
                <fieldset>
                  <legend className="sr-only">{t('guide.targetGroups.group', { number })}</legend>
                  <GuideField
                    className="guide-group-name"
                    label={t('guide.targetGroups.name')}
                    value={row.name}
                    required
                    focusKey={`${row.key}:name`}
                    error={rowProblems.name && t(`guide.targetGroups.${rowProblems.name}`)}
                    onChange={(name) => change(row.key, { name })}
                  />
                  <GuideField
                    className="guide-group-headcount"
                    label={t('guide.targetGroups.headcount')}
                    value={row.headcount}
                    inputMode="numeric"
                    focusKey={`${row.key}:headcount`}
                    error={
                      rowProblems.headcount && t(`guide.targetGroups.${rowProblems.headcount}`)
                    }
                    onChange={(headcount) => change(row.key, { headcount })}
                  />
                  <button
                    type="button"
                    className="button button-tertiary button-small guide-group-remove"
                    aria-label={t('guide.targetGroups.removeItem', { number })}
                    onClick={() => remove(index)}
                  >
                    {t('guide.targetGroups.remove')}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {full ? (
        <p className="guide-note">{t('guide.targetGroups.max')}</p>
      ) : (
        <button
          data-focus-key="add:button"
          type="button"
          className="button button-secondary guide-group-add"
          onClick={() => add('', 'name')}
        >
          {t('guide.targetGroups.add')}
        </button>
      )}
    </div>
  );
}
