import { useTranslation } from 'react-i18next';
import { requestExport } from '../../flows/export-flow';
import { useAppStore } from '../../store';
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
        className="button button-secondary plan-export"
        onClick={() => {
          if (!busy) void requestExport();
        }}
      >
        {t('export.action')}
      </button>
      {dialog && <ExportDialog state={dialog} />}
    </>
  );
}
