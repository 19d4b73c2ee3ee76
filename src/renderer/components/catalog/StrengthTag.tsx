import { useTranslation } from 'react-i18next';
import type { Strength } from '../../../shared/catalog';
import { STRENGTH_KEYS, STRENGTH_SYMBOLS } from './strength';
import './catalog.css';

/** "●●● Passer godt": the dots help the eye, the words carry the meaning. */
export function StrengthTag({ strength }: { strength: Strength }) {
  const { t } = useTranslation();
  return (
    <span className={`strength-tag strength-${strength}`}>
      <span aria-hidden="true" className="strength-symbol">
        {STRENGTH_SYMBOLS[strength]}
      </span>
      {t(STRENGTH_KEYS[strength])}
    </span>
  );
}
