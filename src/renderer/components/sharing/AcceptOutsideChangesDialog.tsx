import { useTranslation } from 'react-i18next';
import { confirmAcceptOutsideChanges } from '../../flows/outside-changes-flow';
import { useAppStore } from '../../store';
import { RiskyConfirmDialog } from './RiskyConfirmDialog';

/**
 * Asks before taking the content of a plan changed outside Omstil as it is, saying plainly what
 * that means: the content becomes the plan, nobody has checked the changes, and afterwards they
 * can no longer be told apart.
 */
export function AcceptOutsideChangesDialog() {
  const { t } = useTranslation();
  const cancel = useAppStore((s) => s.cancelAcceptOutsideChanges);
  return (
    <RiskyConfirmDialog
      className="accept-dialog"
      title={t('sharing.outside.confirmTitle')}
      paragraphs={[
        t('sharing.outside.confirmWhat'),
        t('sharing.outside.confirmRisk'),
        t('sharing.outside.confirmFinal'),
      ]}
      described={3}
      confirmLabel={t('sharing.outside.confirm')}
      onConfirm={() => void confirmAcceptOutsideChanges()}
      onCancel={cancel}
    />
  );
}
