import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusHeadingById } from './focus-heading';

export const MAIN_ID = 'main-content';

/** Moves focus itself rather than changing the URL, so the page never navigates. */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusHeadingById(MAIN_ID);
  };
  return (
    <a className="skipnav" href={`#${MAIN_ID}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}
