import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkActivitiesFunding, DEFAULT_FUNDING_RULES } from '../../../shared/funding';
import { Screen } from '../../components/Screen';
import { usePlanDocument } from '../../components/use-plan';
import { useToday } from '../progress/today';
import { ActivityFundingCard } from './ActivityFundingCard';
import { FundingRulesPanel } from './FundingRulesPanel';
import '../planner/common/planner.css';
import './funding.css';

/**
 * Kompetencefonden: per activity whether it is likely eligible for Den Statslige Kompetencefond
 * and why, judged by the plan's own rules (or the defaults), which the committee can read and edit.
 */
export function FundingScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const today = useToday();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const rules = doc?.plan.fundingRules ?? DEFAULT_FUNDING_RULES;
  const checks = useMemo(() => {
    if (!doc) return [];
    const saved = Object.fromEntries(doc.activities.map((a) => [a.id, a.fundingApplication ?? {}]));
    return checkActivitiesFunding(doc.activities, saved, rules, today);
  }, [doc, rules, today]);
  if (!doc) return null;

  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Screen view="funding" intro={t('year.funding.intro')}>
      {checks.length === 0 ? (
        <p className="empty-text">{t('year.funding.empty')}</p>
      ) : (
        <ol className="planner-cards no-max-width" aria-label={t('year.funding.listLabel')}>
          {checks.map((entry) => (
            <ActivityFundingCard
              key={entry.activityId}
              entry={entry}
              open={open.has(entry.activityId)}
              onToggle={() => toggle(entry.activityId)}
            />
          ))}
        </ol>
      )}
      <FundingRulesPanel rules={rules} own={doc.plan.fundingRules !== null} />
    </Screen>
  );
}
