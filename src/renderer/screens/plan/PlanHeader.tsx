import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../shared/api';
import { ExportButton } from '../../components/export/ExportButton';
import { HelpButton } from '../../components/help/HelpButton';
import { Icon } from '../../components/Icon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { MergeButton } from '../../components/sharing/MergeButton';
import { PlanSharing } from '../../components/sharing/PlanSharing';
import { TeamPlanFiling } from '../../components/team-plan/TeamPlanFiling';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useAppStore } from '../../store';
import { HistoryButtons } from '../../components/HistoryButtons';
import type { WorkshopMode } from '../workshop/use-workshop-mode';
import { WorkshopButton } from '../workshop/WorkshopButton';

export function PlanHeader({
  snapshot,
  takeFocus,
  help,
  workshop,
}: {
  snapshot: PlanSnapshot;
  takeFocus: boolean;
  help: { open: boolean; show: () => void };
  workshop: Pick<WorkshopMode, 'start' | 'resume'>;
}) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const closePlan = useAppStore((s) => s.closePlan);
  const leave = useAppStore((s) => s.leave);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After the frame: focus at once made the browser work out the styles of the whole opened plan
  // in the task that drew it, a third of opening's long task at 20,000 activities.
  useFocusOnMount(headingRef, takeFocus, 'drawn');
  const { file, document: doc } = snapshot;
  const context = [doc.plan.organisation, doc.plan.unit].filter((part) => part.trim() !== '');

  return (
    <div className="plan-header">
      <div className="container plan-header-inner">
        <div className="plan-header-text">
          {/* One line, cut with an ellipsis on a small screen; the whole title shows on hover
              and is the heading's text for a screen reader all the same. */}
          <h1 ref={headingRef} tabIndex={-1} className="plan-title" title={doc.plan.title}>
            {doc.plan.title}
          </h1>
          <p className="plan-meta" title={[...context, file.path].join(' · ')}>
            {context.length > 0 && <span className="plan-context">{context.join(' · ')}</span>}
            <span className="plan-file">
              <Icon name="file" className="plan-file-icon" />
              <span className="sr-only">{t('plan.file')}: </span>
              {file.name}
            </span>
          </p>
        </div>
        <div className="plan-header-tools">
          <SaveIndicator />
          <HistoryButtons />
          <ExportButton />
          <MergeButton />
          <WorkshopButton workshop={workshop} />
          <HelpButton open={help.open} onClick={help.show} />
          <button
            type="button"
            className="button button-secondary plan-close"
            onClick={() => {
              // A refused value would close with the plan, so closing asks first.
              if (!busy) leave(() => void closePlan());
            }}
          >
            {t('plan.close')}
          </button>
        </div>
      </div>
      <PlanSharing file={file} />
      <TeamPlanFiling />
    </div>
  );
}
