import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Activity } from '../../../../shared/model/entities';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { createLookup, namesOf } from '../../../components/lookup';
import { sectionId } from '../../../components/Screen';
import { useGoToActivity } from '../go-to';
import type { Dates } from './date-moves';

/**
 * The facts of one activity, opened from its bar and shown beside it. Focus moves in, so the
 * panel is read at once; Escape or "Luk" puts focus back on the bar.
 */
export function ActivityDetails({
  id,
  activity,
  dates,
  doc,
  position,
  takeFocus,
  onClose,
}: {
  id: string;
  activity: Activity;
  dates: Dates;
  doc: WindowDocument;
  position: { top?: number; bottom?: number; left: number };
  takeFocus: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const goTo = useGoToActivity();
  const heading = useRef<HTMLHeadingElement>(null);
  const lookup = createLookup(doc);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus, activity.id]);

  const keys = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const edit = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(activity.id);
  };
  const list = (names: string[]) => (names.length === 0 ? <NotSet /> : format.list(names));
  const owner = lookup.member(activity.ownerId);

  return (
    <div
      id={id}
      className="timeline-details"
      role="region"
      aria-labelledby={`${id}-heading`}
      style={position}
      onKeyDown={keys}
    >
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {activity.title}
      </h3>
      <dl className="details-list">
        <div>
          <dt>{t('progress.timeline.period')}</dt>
          <dd>
            {dates.start ? format.date(dates.start) : <NotSet />}
            {' – '}
            {dates.end ? format.date(dates.end) : <NotSet />}
          </dd>
        </div>
        <div>
          <dt>{t('progress.timeline.status')}</dt>
          <dd>
            <span className={`status-tag status-${activity.status}`}>
              {t(`enums.activityStatus.${activity.status}`)}
            </span>{' '}
            {t('progress.timeline.progressDone', { percent: format.percent(activity.progress) })}
          </dd>
        </div>
        <div>
          <dt>{t('progress.timeline.owner')}</dt>
          <dd>{owner ?? <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('progress.timeline.competences')}</dt>
          <dd>{list(namesOf(activity.competenceIds, lookup.competence))}</dd>
        </div>
        <div>
          <dt>{t('progress.timeline.targetGroups')}</dt>
          <dd>{list(namesOf(activity.targetGroupIds, (g) => lookup.targetGroup(g)))}</dd>
        </div>
        <div>
          <dt>{t('progress.timeline.participants')}</dt>
          <dd>
            {t('progress.timeline.participantsValue', {
              reached: format.number(activity.participantsReached),
              planned: format.number(activity.participantsPlanned),
            })}
          </dd>
        </div>
      </dl>
      <div className="timeline-details-actions">
        <a href={`#${sectionId('activities')}`} onClick={edit}>
          {t('progress.timeline.editActivity')}
        </a>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('progress.timeline.close')}
        </button>
      </div>
    </div>
  );
}
