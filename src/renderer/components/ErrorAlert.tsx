import { useTranslation } from 'react-i18next';
import { PROBLEM_MARK } from '../../shared/i18n/file-problems';
import { useAppStore } from '../store';
import { Icon } from './Icon';
import './error-alert.css';

/** The last refused call, in the chosen language; role="alert" has it read out when it appears. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.error);
  const language = useAppStore((s) => s.language);
  const clearError = useAppStore((s) => s.clearError);
  if (!error) return null;
  // A refused file's message is a line that counts its problems, one line per problem (»– …«)
  // and perhaps a line that counts the rest: shown as a list, so each can be read on its own.
  const [lead, ...more] = error.message[language].split('\n');
  const problems = more.filter((line) => line.startsWith(PROBLEM_MARK));
  const after = more.filter((line) => !line.startsWith(PROBLEM_MARK));
  return (
    <div className="alert alert-error" role="alert">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('error.heading')}</p>
        <p className="alert-text">{lead}</p>
        {problems.length > 0 && (
          // Focusable, so a keyboard user can scroll a list longer than its box.
          <ul className="alert-problems" tabIndex={0}>
            {problems.map((line, i) => (
              <li key={i}>{line.slice(PROBLEM_MARK.length)}</li>
            ))}
          </ul>
        )}
        {after.map((line, i) => (
          <p key={i} className="alert-text">
            {line}
          </p>
        ))}
      </div>
      <button type="button" className="alert-close" onClick={clearError}>
        <Icon name="close" />
        <span>{t('error.dismiss')}</span>
      </button>
    </div>
  );
}
