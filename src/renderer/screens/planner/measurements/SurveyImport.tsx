import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { SurveyDialog } from '../../../components/survey/SurveyDialog';
import { useAppStore } from '../../../store';
import { folderOf, joinPath } from '../../../store/paths';
import '../../../components/survey/survey.css';

/**
 * The way in to a survey's results from the measurements: the button, the dialog it opens, and
 * the word on how many measurements the import added.
 */
export function SurveyImport({ doc }: { doc: WindowDocument }) {
  const { t } = useTranslation();
  const appInfo = useAppStore((s) => s.appInfo);
  const planPath = useAppStore((s) => s.snapshot?.file.path ?? '');
  const [open, setOpen] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  // An export is usually saved beside the plan; where the host has a file dialog, it asks.
  const initialPath = appInfo ? joinPath(folderOf(planPath), appInfo.pathSeparator, '') : '';
  return (
    <div className="survey-import">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setImported(null);
          setOpen(true);
        }}
      >
        {t('survey.open')}
      </button>
      <p className="survey-imported" role="status">
        {imported !== null && t('survey.imported', { count: imported })}
      </p>
      {open && (
        <SurveyDialog
          doc={doc}
          initialPath={initialPath}
          onClose={() => setOpen(false)}
          onImported={(count) => {
            setOpen(false);
            setImported(count);
          }}
        />
      )}
    </div>
  );
}
