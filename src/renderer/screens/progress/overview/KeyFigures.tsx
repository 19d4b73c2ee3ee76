import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProgressOverview, WeightedProgress } from '../../../../shared/progress';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';

/** The three figures a committee asks for first: how far, what it cost, and how many took part. */
export function KeyFigures({
  overview,
}: {
  overview: Pick<ProgressOverview, 'progress' | 'budget' | 'participants'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { progress, budget, participants } = overview;
  const percent = (value: number | null) =>
    value === null ? <NotSet /> : format.percent(Math.round(value));
  const reachedShare = participants.share === null ? null : participants.share * 100;
  const spentShare = budget.planned > 0 ? (budget.spent / budget.planned) * 100 : null;
  return (
    <div className="key-figure-row">
      <div role="group" className="key-figure-card" aria-labelledby="progress-overall">
        <h3 id="progress-overall">{t('progress.overview.overallHeading')}</h3>
        <p className="key-figure-big">{percent(progress.percent)}</p>
        <Bar value={progress.percent} />
        <p className="key-figure-note">{weightingNote(progress, t)}</p>
      </div>
      <div role="group" className="key-figure-card" aria-labelledby="progress-money">
        <h3 id="progress-money">{t('progress.overview.moneyHeading')}</h3>
        <dl className="key-figures">
          <div>
            <dt>{t('progress.overview.budget')}</dt>
            <dd>{format.money(budget.planned)}</dd>
          </div>
          <div>
            <dt>{t('progress.overview.spent')}</dt>
            <dd>{format.money(budget.spent)}</dd>
          </div>
          <div>
            <dt>
              {budget.remaining < 0
                ? t('progress.overview.overspent')
                : t('progress.overview.remaining')}
            </dt>
            <dd>{format.money(Math.abs(budget.remaining))}</dd>
          </div>
        </dl>
        <Bar value={spentShare} />
      </div>
      <div role="group" className="key-figure-card" aria-labelledby="progress-participants">
        <h3 id="progress-participants">{t('progress.overview.participantsHeading')}</h3>
        <dl className="key-figures">
          <div>
            <dt>{t('progress.overview.participantsPlanned')}</dt>
            <dd>{format.number(participants.planned)}</dd>
          </div>
          <div>
            <dt>{t('progress.overview.participantsReached')}</dt>
            <dd>{format.number(participants.reached)}</dd>
          </div>
          <div>
            <dt>{t('progress.overview.reachedShare')}</dt>
            <dd>{percent(reachedShare)}</dd>
          </div>
        </dl>
        <Bar value={reachedShare} />
      </div>
    </div>
  );
}

function weightingNote(progress: WeightedProgress, t: TFunction): string {
  if (progress.weighting === 'participants') {
    return t('progress.overview.weightedByParticipants');
  }
  if (progress.weighting === 'unweighted') {
    return t('progress.overview.unweighted');
  }
  return t('progress.overview.nothingToWeigh');
}

/** A share as a bar for the eye; the figure above it is what a screen reader hears. */
function Bar({ value }: { value: number | null }) {
  if (value === null) return null;
  return (
    <span className="key-figure-bar" aria-hidden="true">
      <span className="key-figure-bar-fill" style={{ width: `${String(Math.min(100, value))}%` }} />
    </span>
  );
}
