import { useTranslation } from 'react-i18next';
import { HELP_PANEL_ID } from './help-topic';

/** Hjælp in the plan's header: the same help F1 opens, for the screen being worked on. */
export function HelpButton({ open, onClick }: { open: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-tertiary button-small help-button"
      title={t('help.panel.buttonTitle')}
      aria-keyshortcuts="F1"
      aria-expanded={open}
      aria-controls={open ? HELP_PANEL_ID : undefined}
      onClick={onClick}
    >
      {t('help.panel.button')}
    </button>
  );
}
