import { useTranslation } from 'react-i18next';
import type { CompetenceEffect, LevelPoint } from '../../../../shared/progress';
import { FigureTable } from '../../../components/FigureTable';
import { LevelMeaning } from '../../../components/level/LevelMeaning';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { ChartFigure } from '../charts/ChartFigure';
import { BASELINE_SWATCH, FOLLOW_UP_SWATCH } from '../charts/chart-style';
import { Legend } from '../charts/Legend';
import { BeforeAfterChart, type BeforeAfterRow } from './BeforeAfterChart';
import { EffectChainSteps } from './EffectChainSteps';

/** One competence along the effect chain: the gap, the change measured and the blind links. */
export function CompetenceEffectCard({
  effect,
  groupName,
}: {
  effect: CompetenceEffect;
  groupName: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const level = (v: number) => format.decimal(v);
  const signed = (v: number) => (v === 0 ? level(0) : `${v > 0 ? '+' : '−'}${level(Math.abs(v))}`);
  const point = (p: LevelPoint | null) =>
    p === null
      ? null
      : t('progress.effect.levelOn', { level: level(p.level), date: format.date(p.date) });

  const { overall } = effect;
  const rows: BeforeAfterRow[] = effect.groups.map((g) => ({
    key: g.targetGroupId ?? 'none',
    label: groupName(g.targetGroupId),
    before: g.baseline?.level ?? null,
    after: g.followUp?.level ?? null,
    beforeText: g.baseline
      ? t('progress.effect.before', { level: level(g.baseline.level) })
      : t('progress.effect.noBaseline'),
    afterText:
      g.followUp && g.change !== null
        ? t('progress.effect.after', { level: level(g.followUp.level), change: signed(g.change) })
        : t('progress.effect.noFollowUp'),
  }));
  if (effect.overall && effect.groups.length > 1) {
    const o = effect.overall;
    rows.push({
      key: 'overall',
      label: t('progress.effect.overall'),
      before: o.baseline,
      after: o.followUp,
      beforeText: t('progress.effect.before', { level: level(o.baseline) }),
      afterText: t('progress.effect.after', { level: level(o.followUp), change: signed(o.change) }),
    });
  }
  const summary = rows
    .map((r) =>
      t('progress.effect.rowSummary', { group: r.label, before: r.beforeText, after: r.afterText }),
    )
    .join(' ');
  const targetText =
    effect.targetLevel === null
      ? ''
      : t('progress.effect.targetMark', { level: level(effect.targetLevel) });

  return (
    <article className="effect-card" aria-labelledby={`effect-${effect.competenceId}`}>
      <h3 id={`effect-${effect.competenceId}`}>{effect.title}</h3>
      <div className="effect-card-body">
        <dl className="effect-levels">
          <div>
            <dt>{t('progress.effect.current')}</dt>
            <dd>
              {effect.currentLevel === null ? <NotSet /> : level(effect.currentLevel)}
              <LevelMeaning level={effect.currentLevel} />
            </dd>
          </div>
          <div>
            <dt>{t('progress.effect.target')}</dt>
            <dd>
              {effect.targetLevel === null ? <NotSet /> : level(effect.targetLevel)}
              <LevelMeaning level={effect.targetLevel} />
            </dd>
          </div>
          <div>
            <dt>{t('progress.effect.gap')}</dt>
            <dd>{effect.gap === null ? <NotSet /> : signed(effect.gap)}</dd>
          </div>
          <div>
            <dt>{t('progress.effect.change')}</dt>
            <dd>{effect.overall ? signed(effect.overall.change) : <NotSet />}</dd>
          </div>
        </dl>
        {rows.length === 0 ? (
          <p className="empty-text">{t('progress.effect.noLevels')}</p>
        ) : (
          <ChartFigure
            heading={t('progress.effect.chartHeading')}
            chart={
              <BeforeAfterChart
                label={t('progress.effect.chartLabel', {
                  title: effect.title,
                  summary,
                  target: targetText,
                })}
                rows={rows}
                target={effect.targetLevel}
                targetText={targetText}
              />
            }
            legend={
              <Legend
                items={[
                  {
                    key: 'before',
                    label: t('progress.effect.baselineLegend'),
                    swatch: BASELINE_SWATCH,
                  },
                  {
                    key: 'after',
                    label: t('progress.effect.followUpLegend'),
                    swatch: FOLLOW_UP_SWATCH,
                  },
                ]}
              />
            }
            table={
              <FigureTable
                className="chart-table"
                caption={t('progress.effect.tableCaption', { title: effect.title })}
                captionHidden
                rowHeader={{
                  header: t('progress.effect.targetGroup'),
                  cell: (g) => groupName(g.targetGroupId),
                }}
                columns={[
                  {
                    key: 'baseline',
                    header: t('progress.effect.baseline'),
                    cell: (g) => point(g.baseline) ?? <NotSet />,
                    total: overall && level(overall.baseline),
                  },
                  {
                    key: 'followUp',
                    header: t('progress.effect.followUp'),
                    cell: (g) => point(g.followUp) ?? <NotSet />,
                    total: overall && level(overall.followUp),
                  },
                  {
                    key: 'change',
                    header: t('progress.effect.change'),
                    numeric: true,
                    cell: (g) => (g.change === null ? <NotSet /> : signed(g.change)),
                    total: overall && signed(overall.change),
                  },
                ]}
                rows={effect.groups}
                rowKey={(g) => g.targetGroupId ?? 'none'}
                {...(overall ? { totalLabel: t('progress.effect.overall') } : {})}
              />
            }
          />
        )}
      </div>
      <h4 className="effect-chain-heading">{t('progress.effect.chainHeading')}</h4>
      <EffectChainSteps
        links={effect.links}
        label={t('progress.effect.chainLabel', { title: effect.title })}
      />
    </article>
  );
}
