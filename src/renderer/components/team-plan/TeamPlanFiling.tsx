import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { historyKey } from '../../store/team-plan-slice';
import { Icon } from '../Icon';
import { TeamPlanLists } from './TeamPlanLists';
import { TeamPlanDialog } from './TeamPlanDialog';
import './team-plan.css';

/**
 * The filing's dialog while it is open, and afterwards the word on what it did, with both lists
 * to look through. The dialog's button is gone once it closes, so the word takes focus.
 */
export function TeamPlanFiling() {
  const dialog = useAppStore((s) => s.teamPlan);
  if (dialog) return <TeamPlanDialog dialog={dialog} />;
  return <TeamPlanFiled />;
}

function TeamPlanFiled() {
  const { t } = useTranslation();
  const filed = useAppStore((s) => s.teamPlanFiled);
  const dismiss = useAppStore((s) => s.dismissTeamPlanFiled);
  // Said while the plan's history is as the filing left it: after an undo (or another edit) the
  // word would speak of a plan that is no longer as it says.
  const current = useAppStore((s) => filed !== null && historyKey(s) === filed.history);
  const ref = useRef<HTMLDivElement>(null);
  const report = filed?.report ?? null;

  useEffect(() => {
    if (report) ref.current?.focus();
  }, [report]);

  useEffect(() => {
    if (report && !current) dismiss();
  }, [report, current, dismiss]);

  if (!report) return null;
  return (
    <div className="container">
      <div ref={ref} tabIndex={-1} className="alert alert-success team-plan-filed" role="status">
        <Icon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">
            {t('sharing.teamPlan.filed', {
              added: report.added.length,
              found: report.found.length,
            })}
          </p>
          <details className="team-plan-details">
            <summary>{t('sharing.teamPlan.filedDetails')}</summary>
            <TeamPlanLists added={report.added} found={report.found} />
          </details>
        </div>
        <button type="button" className="alert-close" onClick={dismiss}>
          <Icon name="close" />
          <span>{t('sharing.notice.dismiss')}</span>
        </button>
      </div>
    </div>
  );
}
