import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/model/enums';
import { useAppStore } from '../store';
import './language-switch.css';

/** Each language is named in itself, so a reader who cannot read the other one still finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const leave = useAppStore((s) => s.leave);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={language === option}
          // The fields are drawn anew in the other language, so a refused value would be lost.
          onClick={() => {
            if (option !== language) leave(() => setLanguage(option));
          }}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
