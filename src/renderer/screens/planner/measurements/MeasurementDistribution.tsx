import { useTranslation } from 'react-i18next';
import { levelScale } from '../../../../shared/i18n/level-meanings';
import type { LevelDistribution } from '../../../../shared/model/stored/level-distribution';
import { FigureTable } from '../../../components/FigureTable';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';

interface Step {
  step: number;
  meaning: string;
  count: number;
}

/**
 * How a survey's answers fell on the scale's steps, under the mean it gave: two groups with the
 * same mean may be one of a few who cannot and many who can, or all in the middle. Each step is
 * named in the plan's own words for the scale.
 */
export function MeasurementDistribution({
  distribution,
  meanings,
}: {
  distribution: LevelDistribution;
  meanings: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const scale = levelScale(meanings, language);
  const total = distribution.reduce((sum, n) => sum + n, 0);
  const steps: Step[] = distribution.map((count, i) => ({
    step: i + 1,
    meaning: scale[i] ?? '',
    count,
  }));
  const share = (count: number) => (total > 0 ? format.percent((count / total) * 100) : '–');
  const d = 'planner.measurements.distribution';
  return (
    <FigureTable
      caption={t(`${d}.caption`)}
      className="measurement-distribution"
      rowHeader={{
        header: t(`${d}.level`),
        cell: (s) => t(`${d}.step`, { step: s.step, meaning: s.meaning }),
      }}
      columns={[
        {
          key: 'count',
          header: t(`${d}.count`),
          cell: (s) => format.number(s.count),
          numeric: true,
          total: format.number(total),
        },
        { key: 'share', header: t(`${d}.share`), cell: (s) => share(s.count), numeric: true },
      ]}
      rows={steps}
      rowKey={(s) => String(s.step)}
      totalLabel={t(`${d}.total`)}
    />
  );
}
