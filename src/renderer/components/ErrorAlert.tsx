import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { Icon } from './Icon';

/** The last refused call, in the chosen language; role="alert" has it read out when it appears. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.error);
  const language = useAppStore((s) => s.language);
  const clearError = useAppStore((s) => s.clearError);
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('error.heading')}</p>
        <p className="alert-text">{error.message[language]}</p>
      </div>
      <button type="button" className="alert-close" onClick={clearError}>
        <Icon name="close" />
        <span>{t('error.dismiss')}</span>
      </button>
    </div>
  );
}
