import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { DEFAULT_STARTING_SOON_DAYS } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';
import { Screen } from '../../../components/Screen';
import { usePlanDocument } from '../../../components/use-plan';
import { StatusSnapshots } from '../snapshots/StatusSnapshots';
import { usePlanSnapshotStore } from '../snapshots/use-snapshot-store';
import {
  budget,
  competenceFigures,
  overallProgress,
  overdue,
  participants,
  startingSoon,
  statusCounts,
} from '../plan-figures';
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
  const snapshotStore = usePlanSnapshotStore(doc);

  return (
    <Screen view="progress" intro={t('progress.overview.intro')}>
      <p className="as-of">{t('progress.overview.asOf', { date: format.date(today) })}</p>
      {doc.activities.length === 0 && <p className="empty-text">{t('progress.overview.empty')}</p>}
      <KeyFiguresPart activities={doc.activities} />
      <StatusPart activities={doc.activities} />
      <SchedulePart activities={doc.activities} today={today} />
      <BudgetPart activities={doc.activities} />
      <CompetencesPart activities={doc.activities} competences={doc.competences} />
      <StatusSnapshots store={snapshotStore} doc={doc} today={today} />
    </Screen>
  );
}

// Each part works out its own figures as it is drawn (see plan-figures).
type Activities = WindowDocument['activities'];

function KeyFiguresPart({ activities }: { activities: Activities }) {
  return (
    <KeyFigures
      overview={{
        progress: overallProgress(activities),
        budget: budget(activities),
        participants: participants(activities),
      }}
    />
  );
}

function StatusPart({ activities }: { activities: Activities }) {
  return <StatusChart counts={statusCounts(activities)} />;
}

function SchedulePart({ activities, today }: { activities: Activities; today: string }) {
  return (
    <ScheduleLists
      overdue={overdue(activities, today)}
      startingSoon={startingSoon(activities, today)}
      days={DEFAULT_STARTING_SOON_DAYS}
    />
  );
}

function BudgetPart({ activities }: { activities: Activities }) {
  return <BudgetChart budget={budget(activities)} />;
}

function CompetencesPart({
  activities,
  competences,
}: {
  activities: Activities;
  competences: WindowDocument['competences'];
}) {
  return (
    <CompetenceProgressChart
      competences={competenceFigures(activities, competences)}
      activities={activities}
    />
  );
}
