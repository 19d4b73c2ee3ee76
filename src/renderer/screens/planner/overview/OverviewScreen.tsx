import { useTranslation } from 'react-i18next';
import { GuideOffer, openGuide, useGuideState } from '../../guide';
import { Screen, SCREEN_HEADING_ID } from '../../../components/Screen';
import { focusHeadingById } from '../../../components/focus-heading';
import { usePlanDocument } from '../../../components/use-plan';
import { AnonymityThresholdField } from './AnonymityThresholdField';
import { ChangeLogLimitField } from './ChangeLogLimitField';
import { LevelMeaningsEditor } from './LevelMeaningsEditor';
import { MembersEditor } from './MembersEditor';
import { PlanFields } from './PlanFields';
import { PlanStatusStepper } from './PlanStatusStepper';
import { PrinciplesEditor } from './PrinciplesEditor';
import './overview.css';

/** The frame of the plan: its facts, the SU's principles (§ 8) and the committee itself. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const doc = usePlanDocument();
  const guide = useGuideState();
  if (!doc) return null;
  return (
    <Screen view="overview" intro={t('planner.intro.overview')}>
      {guide.offer && (
        <GuideOffer
          onStart={() => openGuide(doc.plan.id)}
          onSkip={() => focusHeadingById(SCREEN_HEADING_ID)}
        />
      )}
      <PlanFields plan={doc.plan} />
      <PlanStatusStepper plan={doc.plan} />
      <PrinciplesEditor principles={doc.plan.principles} />
      <MembersEditor members={doc.members} />
      <LevelMeaningsEditor meanings={doc.plan.levelMeanings} />
      <ChangeLogLimitField limit={doc.plan.changeLogLimit} />
      <AnonymityThresholdField threshold={doc.plan.anonymityThreshold} />
    </Screen>
  );
}
