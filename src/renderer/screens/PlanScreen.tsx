import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../shared/api';
import { HelpPanel } from '../components/help/HelpPanel';
import { useHelpPanel } from '../components/help/use-help-panel';
import { LeaveDialog } from '../components/LeaveDialog';
import { UndoToast } from '../components/UndoToast';
import { currentView, useAppStore, type PlanView } from '../store';
import { EvaluationScreen } from './evaluation/EvaluationScreen';
import { FundingScreen } from './funding/FundingScreen';
import { ImpactMapScreen } from './impact/ImpactMapScreen';
import { CompetencesSection } from './plan/CompetencesSection';
import { DriversSection } from './plan/DriversSection';
import { MethodsSection } from './plan/MethodsSection';
import { PlanHeader } from './plan/PlanHeader';
import { PlanNav } from './plan/PlanNav';
import { ActivitiesScreen } from './planner/activities/ActivitiesScreen';
import { usePreparedSearch } from './planner/activities/use-prepared-search';
import { closeGuide, GuidedStart, useGuideState } from './guide';
import { SCREEN_HEADING_ID } from '../components/Screen';
import { focusHeadingWhenDrawn } from '../components/focus-heading';
import { MeasurementsScreen } from './planner/measurements/MeasurementsScreen';
import { OverviewScreen } from './planner/overview/OverviewScreen';
import { TargetGroupsScreen } from './planner/target-groups/TargetGroupsScreen';
import { EffectScreen } from './progress/effect/EffectScreen';
import { ProgressScreen } from './progress/overview/ProgressScreen';
import { TimelineScreen } from './progress/timeline/TimelineScreen';
import { YearWheelScreen } from './year-wheel/YearWheelScreen';
import { useWorkshopMode } from './workshop/use-workshop-mode';
import { WorkshopMode } from './workshop/WorkshopMode';
import './plan/plan.css';

const SCREENS: Record<PlanView, () => React.JSX.Element | null> = {
  overview: OverviewScreen,
  drivers: DriversSection,
  targetGroups: TargetGroupsScreen,
  competences: CompetencesSection,
  methods: MethodsSection,
  activities: ActivitiesScreen,
  measurements: MeasurementsScreen,
  progress: ProgressScreen,
  timeline: TimelineScreen,
  effect: EffectScreen,
  impactMap: ImpactMapScreen,
  yearWheel: YearWheelScreen,
  funding: FundingScreen,
  evaluation: EvaluationScreen,
};

const focusScreenHeading = () => focusHeadingWhenDrawn(SCREEN_HEADING_ID);

/** The open plan: its header, the steps of the committee's process, and the step being worked on. */
export function PlanScreen({
  snapshot,
  takeFocus,
}: {
  snapshot: PlanSnapshot;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const doc = snapshot.document;
  const view = useAppStore(currentView);
  // The step chosen is drawn in the background, in slices between the browser's other work, while
  // the one before stays on screen: drawn at once, a large plan's screen was one long task, and
  // the focus put on its heading forced its layout into the same task.
  const shown = useDeferredValue(view);
  const shownView = useRef(shown);
  const guide = useGuideState();
  const guideShown = useRef(guide.open);

  useEffect(() => {
    document.title = t('app.windowTitlePlan', { title: doc.plan.title });
    return () => {
      document.title = t('app.name');
    };
  }, [doc.plan.title, t]);

  // A new step gets focus on its heading, so Tab goes on from the top of what is new.
  useEffect(() => {
    if (shownView.current === shown) return;
    shownView.current = shown;
    focusScreenHeading();
  }, [shown]);

  // Leaving the guide puts focus on the screen's heading, as any change of screen does.
  useEffect(() => {
    if (guideShown.current === guide.open) return;
    guideShown.current = guide.open;
    if (!guide.open) focusScreenHeading();
  }, [guide.open]);

  usePreparedSearch(doc.activities);

  const help = useHelpPanel();
  const workshop = useWorkshopMode();
  // Gone when its start is undone, or a merge took it away: the room is back in the editor.
  const runningWorkshop = doc.workshops.find((w) => w.id === workshop.workshopId) ?? null;

  // The same element while the step shown stays, so that choosing the next step does not draw
  // the one still shown again, at once, while the next is drawn in the background.
  const current = useMemo(() => {
    const Current = SCREENS[shown];
    return <Current />;
  }, [shown]);
  return (
    <>
      <PlanHeader snapshot={snapshot} takeFocus={takeFocus} help={help} workshop={workshop} />
      <div className="container plan-layout">
        <PlanNav doc={doc} />
        <div className="plan-content">
          {guide.open ? (
            <GuidedStart onFinish={closeGuide} onSkip={closeGuide} onPause={closeGuide} />
          ) : (
            current
          )}
        </div>
      </div>
      <UndoToast onUndone={focusScreenHeading} />
      {help.open && (
        <HelpPanel
          topic={guide.open ? 'guide' : view}
          request={help.request}
          onClose={help.close}
        />
      )}
      <LeaveDialog />
      {runningWorkshop && (
        <WorkshopMode workshop={runningWorkshop} doc={doc} onLeave={workshop.leave} />
      )}
    </>
  );
}
