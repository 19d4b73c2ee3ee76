import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { DEFAULT_STARTING_SOON_DAYS } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';
import { Screen } from '../../../components/Screen';
import { usePlanDocument } from '../../../components/use-plan';
import { StatusSnapshots } from '../snapshots/StatusSnapshots';
import { usePlanSnapshotStore } from '../snapshots/use-snapshot-store';
import { progressFigures } from '../plan-figures';
import { useToday } from '../today';
import { BudgetChart } from './BudgetChart';
import { CompetenceProgressChart } from './CompetenceProgressChart';
import { KeyFigures } from './KeyFigures';
import { ScheduleLists } from './ScheduleLists';
import { StatusChart } from './StatusChart';
import '../progress.css';

/**
 * Fremdrift: where the plan stands today, as the committee asks at each meeting. The figures are
 * `progressOverview`'s, so the screen, the PDF and a marked status always agree.
 */
export function ProgressScreen() {
  const doc = usePlanDocument();
  return doc ? <Progress doc={doc} /> : null;
}

function Progress({ doc }: { doc: WindowDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useToday();
  const overview = progressFigures(doc, today);
  const snapshotStore = usePlanSnapshotStore(doc);

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
      <StatusSnapshots store={snapshotStore} doc={doc} today={today} />
    </Screen>
  );
}
