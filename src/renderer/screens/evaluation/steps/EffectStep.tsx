import { useTranslation } from 'react-i18next';
import type { EffectLinkFigures, EvaluationFigures } from '../../../../shared/evaluation';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';

/** A change with its sign, as a reader compares levels: +0,4 / −0,2. */
export function signed(value: number, decimal: (n: number) => string): string {
  if (value === 0) return decimal(0);
  return `${value > 0 ? '+' : '−'}${decimal(Math.abs(value))}`;
}

/**
 * What the measurements show, link by link along the effect chain. A link with no measurement in
 * the period is called blind: the committee cannot know what happened there.
 */
export function EffectStep({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const blind = figures.effectChain.filter(isBlind).length;
  const measured = figures.competences.filter((c) => c.baseline !== null || c.change !== null);
  const level = (v: number | null) => (v === null ? '–' : format.decimal(v));
  return (
    <div className="evaluation-effect">
      <p>{t('evaluation.effect.lead')}</p>
      {blind > 0 && (
        <p className="evaluation-warning">{t('evaluation.effect.blindCount', { count: blind })}</p>
      )}
      <ol className="evaluation-chain unstyled-list no-max-width">
        {figures.effectChain.map((link) => (
          <ChainLink key={link.link} link={link} />
        ))}
      </ol>
      <h5>{t('evaluation.effect.competences')}</h5>
      {measured.length === 0 ? (
        <p className="empty-text">{t('evaluation.effect.noCompetences')}</p>
      ) : (
        <FigureTable
          className="evaluation-table"
          rowHeader={{ header: t('evaluation.effect.competence'), cell: (c) => c.title }}
          columns={[
            {
              key: 'before',
              header: t('evaluation.effect.before'),
              numeric: true,
              cell: (c) => level(c.baseline),
            },
            {
              key: 'after',
              header: t('evaluation.effect.after'),
              numeric: true,
              cell: (c) => level(c.followUp),
            },
            {
              key: 'change',
              header: t('evaluation.effect.changeHeader'),
              numeric: true,
              cell: (c) => (c.change === null ? '–' : signed(c.change, format.decimal)),
            },
          ]}
          rows={measured}
          rowKey={(c) => c.competenceId}
        />
      )}
    </div>
  );
}

const isBlind = (link: EffectLinkFigures) => link.measurements === 0 && link.pairs.length === 0;

function ChainLink({ link }: { link: EffectLinkFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const blind = isBlind(link);
  return (
    <li className={blind ? 'evaluation-link is-blind' : 'evaluation-link'}>
      <p className="evaluation-link-name">{link.label[language]}</p>
      {blind ? (
        <p className="evaluation-link-blind">{t('evaluation.effect.blind')}</p>
      ) : (
        <>
          <p>
            {t('evaluation.effect.measurements', {
              count: link.measurements,
              baselines: link.baselines,
              followUps: link.followUps,
            })}
          </p>
          <p>
            {link.meanChange === null
              ? t('evaluation.effect.noChange')
              : t('evaluation.effect.change', {
                  change: signed(link.meanChange, format.decimal),
                  count: link.pairs.length,
                })}
          </p>
          {link.indicators.map((i) => (
            <p key={i.measurementId} className="block-hint">
              {t('evaluation.effect.indicator', { date: format.date(i.date), text: i.indicator })}
            </p>
          ))}
        </>
      )}
    </li>
  );
}
