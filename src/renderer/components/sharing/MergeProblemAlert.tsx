import { useTranslation } from 'react-i18next';
import type { MergeProblem } from '../../store/merge-state';
import { SharingAlert } from './SharingAlert';

/** Why the merge did not finish, in words about the user's choices where that is the reason. */
export function MergeProblemAlert({ problem }: { problem: MergeProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const heading = t('sharing.merge.problemHeading');
  switch (problem.kind) {
    case 'error':
      return <SharingAlert heading={heading} error={problem.error} />;
    case 'outdated':
      return (
        <SharingAlert heading={heading}>
          <p className="alert-text">{t('sharing.merge.outdated')}</p>
        </SharingAlert>
      );
    case 'unresolved':
      return (
        <SharingAlert heading={heading}>
          <p className="alert-text">
            {t('sharing.merge.unresolved', { count: problem.ids.length })}
          </p>
        </SharingAlert>
      );
    case 'date-order':
      return (
        <SharingAlert heading={heading}>
          <p className="alert-text">{t('sharing.merge.dateOrder')}</p>
        </SharingAlert>
      );
  }
}
