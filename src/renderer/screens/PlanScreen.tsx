import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../shared/api';
import { ActivitiesSection } from './plan/ActivitiesSection';
import { CompetencesSection } from './plan/CompetencesSection';
import { DriversSection } from './plan/DriversSection';
import { createLookup } from './plan/lookup';
import { MeasurementsSection } from './plan/MeasurementsSection';
import { MethodsSection } from './plan/MethodsSection';
import { OverviewSection } from './plan/OverviewSection';
import { PlanHeader } from './plan/PlanHeader';
import { PlanNav } from './plan/PlanNav';
import { TargetGroupsSection } from './plan/TargetGroupsSection';

/** The whole plan on one page, read-only for now; the side navigation jumps between its parts. */
export function PlanScreen({
  snapshot,
  takeFocus,
}: {
  snapshot: PlanSnapshot;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const doc = snapshot.document;
  const lookup = useMemo(() => createLookup(doc), [doc]);

  useEffect(() => {
    document.title = t('app.windowTitlePlan', { title: doc.plan.title });
    return () => {
      document.title = t('app.name');
    };
  }, [doc.plan.title, t]);

  return (
    <>
      <PlanHeader snapshot={snapshot} takeFocus={takeFocus} />
      <div className="container plan-layout">
        <PlanNav doc={doc} />
        <div className="plan-content">
          <OverviewSection doc={doc} />
          <DriversSection drivers={doc.drivers} />
          <TargetGroupsSection targetGroups={doc.targetGroups} />
          <CompetencesSection competences={doc.competences} lookup={lookup} />
          <MethodsSection methods={doc.methods} />
          <ActivitiesSection activities={doc.activities} lookup={lookup} />
          <MeasurementsSection measurements={doc.measurements} lookup={lookup} />
        </div>
      </div>
    </>
  );
}
