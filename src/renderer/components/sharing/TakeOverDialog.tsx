import { useTranslation } from 'react-i18next';
import type { LockHolder } from '../../../shared/api';
import { formatTime } from '../../../shared/errors';
import { confirmTakeOver } from '../../flows/take-over-flow';
import { useAppStore } from '../../store';
import { RiskyConfirmDialog } from './RiskyConfirmDialog';

/**
 * Asks before taking over a plan that is probably still in use elsewhere, saying what that costs
 * the other person.
 */
export function TakeOverDialog({ lock }: { lock: LockHolder }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const cancel = useAppStore((s) => s.cancelTakeOver);

  const user = lock.user ?? t('sharing.lock.unknownUser');
  const machine = lock.machine ?? t('sharing.lock.unknownMachine');
  const holder = lock.since
    ? t('sharing.takeOver.holderSince', { user, machine, since: formatTime(lock.since, language) })
    : t('sharing.takeOver.holder', { user, machine });

  return (
    <RiskyConfirmDialog
      className="take-over-dialog"
      title={t('sharing.takeOver.title')}
      paragraphs={[holder, t('sharing.takeOver.risk', { user }), t('sharing.takeOver.alternative')]}
      described={2}
      confirmLabel={t('sharing.takeOver.confirm')}
      onConfirm={() => void confirmTakeOver()}
      onCancel={cancel}
    />
  );
}
