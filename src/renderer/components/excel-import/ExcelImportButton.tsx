import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { ExcelImportDialog } from './ExcelImportDialog';
import { onExcelImportRequest, takeExcelImportRequest } from '../../flows/excel-import-request';
import { useExcelImport, type ExcelImported } from './use-excel-import';
import './excel-import.css';

/**
 * »Importér fra Excel …« beside the activities' own add button, and its dialog. What was imported
 * is said by the screen (`ExcelImportedNotice`): this button is drawn in another row once the
 * plan has activities, and would forget it.
 */
export function ExcelImportButton({ onImported }: { onImported: (done: ExcelImported) => void }) {
  const { t } = useTranslation();
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const chooseFile = useAppStore((s) => s.api.chooseFile);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const flow = useExcelImport((imported) => {
    setOpen(false);
    onImported(imported);
  });

  const choose = async () => {
    const chosen = await chooseFile({ purpose: 'import', format: 'xlsx' });
    if (!chosen.ok || chosen.value.path === null) return false;
    flow.reset(chosen.value.path);
    await flow.read(chosen.value.path);
    return true;
  };

  const start = async () => {
    flow.reset('');
    if (native && !(await choose())) return;
    setOpen(true);
  };

  // The File menu's »Importér fra Excel …« starts it as a click does.
  const startFromMenu = useEffectEvent(() => void start());
  useEffect(() => {
    const take = () => {
      if (takeExcelImportRequest()) startFromMenu();
    };
    take();
    return onExcelImportRequest(take);
  }, []);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary excel-import-open"
        aria-haspopup="dialog"
        onClick={() => void start()}
      >
        {t('excelImport.action')}
      </button>
      {open && (
        <ExcelImportDialog flow={flow} onChooseFile={() => void choose()} onCancel={close} />
      )}
    </>
  );
}
