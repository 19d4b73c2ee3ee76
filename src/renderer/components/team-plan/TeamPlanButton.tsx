import { useTranslation } from 'react-i18next';
import { requestTeamPlan } from '../../flows/team-plan-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';

/** "Indsæt et teams plan…" in the plan's header, beside merging: another file into this plan. */
export function TeamPlanButton() {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  return (
    <button
      type="button"
      className="button button-secondary plan-team-plan plan-tool"
      onClick={() => {
        if (!busy) void requestTeamPlan();
      }}
    >
      <Icon name="teamPlan" className="plan-tool-icon" />
      <span className="plan-tool-label">{t('sharing.teamPlan.action')}</span>
    </button>
  );
}
