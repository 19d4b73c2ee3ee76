import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { useAppStore } from '../../store';
import { Icon } from '../Icon';

/**
 * A refusal inside a sharing dialog, in the chosen language. The page's own alert sits behind the
 * modal, so the dialog says it where the user is.
 */
export function SharingAlert({
  error,
  heading,
  children,
}: {
  error?: AppError | null;
  heading?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  if (!error && !children) return null;
  return (
    <div className="alert alert-error sharing-alert" role="alert">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading ?? t('sharing.error.heading')}</p>
        {error && <p className="alert-text">{error.message[language]}</p>}
        {children}
      </div>
    </div>
  );
}
