import { useTranslation } from 'react-i18next';
import { STRENGTHS } from '../../../../shared/catalog';
import { CheckMark } from '../../../components/catalog/CheckMark';
import { STRENGTH_KEYS, STRENGTH_SYMBOLS } from '../../../components/catalog/strength';

/** What the cells mean, and how to work the grid without a mouse. */
export function MatrixLegend({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="matrix-legend">
      <h3 className="matrix-legend-heading">{t('matching.matrix.legendHeading')}</h3>
      <dl className="matrix-legend-list">
        {STRENGTHS.map((strength) => (
          <div key={strength}>
            <dt>
              <span aria-hidden="true" className="strength-symbol">
                {STRENGTH_SYMBOLS[strength]}
              </span>{' '}
              {t(STRENGTH_KEYS[strength])}
            </dt>
            <dd>{t(`matching.matrix.legend.${strength}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span aria-hidden="true">–</span> {t('matching.matrix.noSuggestion')}
          </dt>
          <dd>{t('matching.matrix.legend.none')}</dd>
        </div>
        <div>
          <dt>
            <CheckMark /> {t('matching.inUse')}
          </dt>
          <dd>{t('matching.matrix.legend.used')}</dd>
        </div>
      </dl>
      <p id={`${id}-keys`} className="matrix-keys">
        {t('matching.matrix.keys')}
      </p>
    </div>
  );
}
