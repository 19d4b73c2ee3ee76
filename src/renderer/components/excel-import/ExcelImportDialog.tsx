import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { PathDialog, type PathDialogField } from '../PathDialog';
import { ChooseOtherFileButton } from '../ChooseOtherFileButton';
import { SharingAlert } from '../sharing/SharingAlert';
import { ExcelMapping } from './ExcelMapping';
import type { useExcelImport } from './use-excel-import';
import './excel-import.css';

/**
 * »Importér fra Excel …«: the workbook (asked for here where the host has no file dialog), then
 * its sheet, header row and columns, the rows as they will be read, and the import. Editing the
 * path forgets what was read, so what is imported is always what was shown.
 */
export function ExcelImportDialog({
  flow,
  onChooseFile,
  onCancel,
}: {
  flow: ReturnType<typeof useExcelImport>;
  onChooseFile: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const { state, busy } = flow;
  const { overview, choice, preview } = state;
  const count = preview
    ? preview.activities.length - (state.createNames ? 0 : preview.rowsNamingNew.length)
    : 0;
  const fields: PathDialogField[] = native
    ? []
    : [
        {
          label: t('excelImport.pathLabel'),
          hint: t('excelImport.pathHint'),
          value: state.path,
          onChange: (path) => flow.reset(path),
        },
      ];
  return (
    <PathDialog
      className="excel-import-dialog"
      title={t('excelImport.title')}
      intro={t('excelImport.intro')}
      alert={<SharingAlert error={state.error} />}
      fields={fields}
      missingText={t('excelImport.pathRequired')}
      submitLabel={overview ? t('excelImport.importButton', { count }) : t('excelImport.read')}
      submitDisabled={overview !== null && (preview === null || count === 0)}
      busy={busy}
      onSubmit={() => void (overview ? flow.importRows() : flow.read(state.path))}
      onCancel={onCancel}
      actions={
        native ? (
          <ChooseOtherFileButton
            label={t('excelImport.otherFile')}
            busy={busy}
            onChoose={onChooseFile}
          />
        ) : null
      }
      body={(rendered) => (
        <>
          {rendered}
          {overview && choice && (
            <ExcelMapping
              state={state}
              overview={overview}
              choice={choice}
              onChoose={flow.choose}
              onCreateNames={(createNames) => flow.update({ createNames })}
            />
          )}
        </>
      )}
    />
  );
}
