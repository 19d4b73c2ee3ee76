import { useTranslation } from 'react-i18next';
import { requestExport } from '../../flows/export-flow';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';
import { ExportDialog } from './ExportDialog';

/** "Eksportér …" in the plan's header, and the dialog it (or the File menu) opens. */
export function ExportButton() {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const dialog = useAppStore((s) => s.exportDialog);
  return (
    <>
      <button
        type="button"
        className="button button-secondary plan-export plan-tool"
        onClick={() => {
          if (!busy) void requestExport();
        }}
      >
        <Icon name="download" className="plan-tool-icon" />
        <span className="plan-tool-label">{t('export.action')}</span>
      </button>
      {dialog && <ExportDialog state={dialog} />}
    </>
  );
}
