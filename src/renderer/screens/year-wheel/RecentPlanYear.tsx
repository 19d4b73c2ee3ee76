import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../shared/api';
// From its own module, not the year wheel's index: the start screen draws this, and the index
// builds the year wheel's schemas, which then cost the window's start-up task their time.
import { monthName } from '../../../shared/year-wheel/labels';
import { useAppStore } from '../../store';
import './recent-plan-year.css';

type Status = CallOutput<'recentPlanStatus'>;

/**
 * Where a recent plan stands in its year, under its name on the start screen: status, the next
 * årshjul item and the annual evaluation. Read without opening the plan; a file that cannot be
 * read shows nothing here (opening it says why).
 */
export function RecentPlanYear({ path }: { path: string }) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let current = true;
    void api.recentPlanStatus({ path }).then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, path]);

  if (!status) return null;
  const due = status.evaluationDue;
  const lines = [
    {
      key: 'status',
      text: t('year.recent.status', { status: t(`enums.planStatus.${status.status}`) }),
    },
    status.nextItem && {
      key: 'next',
      text: t('year.recent.next', {
        title: status.nextItem.title,
        month: `${monthName(status.nextItem.month)[language]} ${String(status.nextItem.year)}`,
      }),
    },
    due && {
      key: 'evaluation',
      due: due.state === 'due',
      text:
        due.state === 'due'
          ? t('year.recent.evaluationDue', { year: due.year })
          : due.state === 'done'
            ? t('year.recent.evaluationDone', { year: due.year })
            : t('year.recent.evaluationNotYet', {
                month: monthName(due.month)[language],
                year: due.year,
              }),
    },
  ].filter((line): line is { key: string; text: string; due?: boolean } => Boolean(line));

  return (
    <>
      {lines.map((line) => (
        <span key={line.key} className={line.due ? 'recent-year recent-year-due' : 'recent-year'}>
          {line.text}
        </span>
      ))}
    </>
  );
}
