import { useTranslation } from 'react-i18next';
import { SCREEN_HEADING_ID } from '../../../components/Screen';
import { MatrixView } from './MatrixView';
import '../../../components/screen.css';
import '../matching.css';

/**
 * The matrix of competences and methods as a screen of its own, marked up as the planner's other
 * screens are, so the navigation can show it and move focus to its heading.
 */
export function MatchMatrix() {
  const { t } = useTranslation();
  return (
    <section
      id="screen-matrix"
      className="plan-screen plan-screen-matrix"
      aria-labelledby={SCREEN_HEADING_ID}
      tabIndex={-1}
    >
      <h2 id={SCREEN_HEADING_ID} tabIndex={-1} className="plan-screen-heading">
        {t('matching.matrix.heading')}
      </h2>
      <MatrixView labelledBy={SCREEN_HEADING_ID} />
    </section>
  );
}
