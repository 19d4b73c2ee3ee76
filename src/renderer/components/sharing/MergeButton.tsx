import { useTranslation } from 'react-i18next';
import { requestMerge } from '../../flows/merge-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';

/** "Flet med en kopi…" in the plan's header: compares the open plan with another copy of it. */
export function MergeButton() {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  return (
    <button
      type="button"
      className="button button-secondary plan-merge plan-tool"
      onClick={() => {
        if (!busy) void requestMerge();
      }}
    >
      <Icon name="merge" className="plan-tool-icon" />
      <span className="plan-tool-label">{t('sharing.merge.action')}</span>
    </button>
  );
}
