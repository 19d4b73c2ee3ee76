import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { SharingNotice as Notice } from '../../store/sharing-slice';
import { Icon } from '../Icon';

const TEXT = {
  'taken-over': 'sharing.notice.takenOver',
  'copy-opened': 'sharing.notice.copyOpened',
  salvaged: 'sharing.notice.salvaged',
  accepted: 'sharing.notice.accepted',
  merged: 'sharing.notice.merged',
} as const satisfies Record<Notice['kind'], string>;

/**
 * What a sharing step did, beside the plan it concerns. After a take-over or an acceptance the
 * page stays but the buttons that were pressed are gone, so the notice takes focus; the other
 * steps open another file, and the app moves focus to its heading.
 */
export function SharingNotice({ path }: { path: string }) {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.sharingNotice);
  const dismiss = useAppStore((s) => s.dismissSharingNotice);
  const ref = useRef<HTMLDivElement>(null);
  const shown = notice !== null && notice.path === path ? notice : null;
  const kind = shown?.kind;

  useEffect(() => {
    if (kind === 'taken-over' || kind === 'accepted') ref.current?.focus();
  }, [kind]);

  if (!shown) return null;
  return (
    <div className="container">
      <div ref={ref} tabIndex={-1} className="alert alert-success sharing-notice" role="status">
        <Icon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t(TEXT[shown.kind], { path: shown.path })}</p>
        </div>
        <button type="button" className="alert-close" onClick={dismiss}>
          <Icon name="close" />
          <span>{t('sharing.notice.dismiss')}</span>
        </button>
      </div>
    </div>
  );
}
