import '../../../styles/progress.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_STARTING_SOON_DAYS, progressOverview } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';
import { Screen } from '../../planner/common/Screen';
import { usePlan } from '../../planner/use-plan';
import type { SnapshotStore } from '../snapshots/snapshot-store';
import { StatusSnapshots } from '../snapshots/StatusSnapshots';
import { useToday } from '../today';
import { BudgetChart } from './BudgetChart';
import { CompetenceProgressChart } from './CompetenceProgressChart';
import { KeyFigures } from './KeyFigures';
import { ScheduleLists } from './ScheduleLists';
import { StatusChart } from './StatusChart';

/**
 * Fremdrift: where the plan stands today, as the committee asks at each meeting. The figures are
 * `progressOverview`'s, so the screen, the PDF and a marked status always agree. Marking a status
 * appears once the plan file can store it (`snapshotStore`).
 */
export function ProgressScreen({ snapshotStore }: { snapshotStore?: SnapshotStore } = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = usePlan();
  const today = useToday();
  const overview = useMemo(() => (doc ? progressOverview(doc, today) : null), [doc, today]);
  if (!doc || !overview) return null;

  return (
    <Screen view="progress" intro={t('progress.overview.intro')}>
      <p className="as-of">{t('progress.overview.asOf', { date: format.date(today) })}</p>
      {doc.activities.length === 0 && <p className="empty-text">{t('progress.overview.empty')}</p>}
      <KeyFigures overview={overview} />
      <StatusChart counts={overview.byStatus} />
      <ScheduleLists
        overdue={overview.overdue}
        startingSoon={overview.startingSoon}
        days={DEFAULT_STARTING_SOON_DAYS}
      />
      <BudgetChart budget={overview.budget} />
      <CompetenceProgressChart competences={overview.competences} activities={doc.activities} />
      {snapshotStore && <StatusSnapshots store={snapshotStore} doc={doc} today={today} />}
    </Screen>
  );
}
