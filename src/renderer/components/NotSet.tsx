import { useTranslation } from 'react-i18next';

/** A dash to the eye, words to a screen reader. */
export function NotSet() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" className="not-set">
        –
      </span>
      <span className="sr-only">{t('common.notSet')}</span>
    </>
  );
}
