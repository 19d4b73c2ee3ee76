import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultEvaluationPeriod, type EvaluationPeriod } from '../../../shared/evaluation';
import type { WindowDocument } from '../../../shared/model/document';
import { addDays, addMonths } from '../../../shared/progress/dates';
import { FieldError } from '../../components/fields';
import { DateInput } from '../../components/fields/DateInput';
import { readDateText, useDateText } from '../../components/fields/date-text';
import { fieldKey, useAppStore } from '../../store';
import { yearOf } from './record';

/**
 * Starts a year's evaluation with the suggested period: from the day after the previous
 * evaluation (or the plan's start) to today. One per year: a second is refused here with a
 * message, before the core would refuse it too.
 */
export function StartEvaluation({
  doc,
  today,
  onStarted,
}: {
  doc: WindowDocument;
  today: string;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const createEntity = useAppStore((s) => s.createEntity);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const id = useId();
  const previous = doc.evaluations.reduce<{ periodEnd: string } | null>(
    (latest, e) => (latest === null || e.periodEnd > latest.periodEnd ? e : latest),
    null,
  );
  // Once this year's evaluation is started, the form is for a later year: offer the next one,
  // covering the twelve months after the latest evaluated period.
  const thisYear = yearOf(today);
  const taken = doc.evaluations.some((e) => e.year === thisYear);
  const suggested =
    taken && previous
      ? followingYear(previous.periodEnd)
      : defaultEvaluationPeriod(doc.plan, today, previous);
  const [year, setYear] = useState(String(taken ? thisYear + 1 : thisYear));
  const from = useDateText(suggested.from);
  const to = useDateText(suggested.to);
  const [problem, setProblem] = useState<string | null>(null);
  if (readOnly) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const n = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || n < 2000 || n > 2200) {
      setProblem(t('evaluation.start.yearInvalid'));
      return;
    }
    if (doc.evaluations.some((e) => e.year === n)) {
      setProblem(t('evaluation.start.exists', { year: n }));
      return;
    }
    const start = readDateText(from.text, t);
    const end = readDateText(to.text, t);
    if (!start.ok || !end.ok) {
      setProblem(start.ok ? (end.ok ? null : end.message) : start.message);
      return;
    }
    if (start.value === null || end.value === null) {
      setProblem(t('evaluation.start.dateMissing'));
      return;
    }
    if (end.value < start.value) {
      setProblem(t('evaluation.start.dateOrder'));
      return;
    }
    setProblem(null);
    const created = await createEntity({
      entity: 'evaluation',
      values: {
        year: n,
        periodStart: start.value,
        periodEnd: end.value,
        figures: null,
        musFollowUp: '',
        conclusions: '',
        decisions: [],
        completedAt: null,
      },
    });
    if (created) onStarted(created);
  };

  const errorId = `${id}-error`;
  const form = (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {problem && (
        <p id={errorId} className="form-error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-year`}>
          {t('evaluation.start.year')}
        </label>
        <input
          id={`${id}-year`}
          className="form-input input-width-xs"
          inputMode="numeric"
          value={year}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => setYear(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-from`}>
          {t('evaluation.start.from')}
        </label>
        <DateInput
          id={`${id}-from`}
          label={t('evaluation.start.from')}
          text={from.text}
          onText={from.setText}
          onPick={from.pick}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-to`}>
          {t('evaluation.start.to')}
        </label>
        <DateInput
          id={`${id}-to`}
          label={t('evaluation.start.to')}
          text={to.text}
          onText={to.setText}
          onPick={to.pick}
        />
      </div>
      <FieldError errorKey={fieldKey('evaluation', 'new', 'year')} />
      <button type="submit" className="button button-primary">
        {t('evaluation.start.submit', { year: /^\d{4}$/.test(year.trim()) ? year.trim() : '' })}
      </button>
    </form>
  );
  if (taken) {
    // This year's is under way, so starting another is the exception: folded away until asked for.
    return (
      <details className="plan-block evaluation-start">
        <summary>{t('evaluation.start.otherYear')}</summary>
        <p className="block-hint">{t('evaluation.start.intro')}</p>
        {form}
      </details>
    );
  }
  return (
    <section className="plan-block evaluation-start" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('evaluation.start.heading')}</h3>
      <p className="block-hint">{t('evaluation.start.intro')}</p>
      {form}
    </section>
  );
}

/** The twelve months after an evaluated period. */
function followingYear(previousEnd: string): EvaluationPeriod {
  const from = addDays(previousEnd, 1);
  return { from, to: addDays(addMonths(from, 12), -1) };
}
