import { useTranslation } from 'react-i18next';
import { LEVEL_STEPS } from '../../../shared/i18n/level-meanings';
import { useLevelScale } from './use-level-meaning';
import './level.css';

/** The whole 1–5 scale as this plan words it, for a reader who wants every step at once. */
export function LevelScale({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const scale = useLevelScale();
  return (
    <dl className="level-scale" aria-labelledby={labelledBy}>
      {LEVEL_STEPS.map((step) => (
        <div key={step} className="level-scale-step">
          <dt>{t('help.levels.step', { level: step })}</dt>
          <dd>{scale[step - 1]}</dd>
        </div>
      ))}
    </dl>
  );
}
