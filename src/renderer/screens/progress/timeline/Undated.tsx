import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/model/entities';
import { sectionId } from '../../../components/Screen';
import { WindowedList } from '../../../components/WindowedList';
import { useGoToActivity } from '../go-to';

/** Activities without dates cannot be drawn; they are named here with a way to date them. */
export function Undated({ activities }: { activities: readonly Activity[] }) {
  const { t } = useTranslation();
  const goTo = useGoToActivity();
  if (activities.length === 0) return null;
  const open = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(id);
  };
  return (
    <section className="timeline-undated" aria-labelledby="timeline-undated">
      <h3 id="timeline-undated">
        {t('progress.timeline.undatedHeading', { count: activities.length })}
      </h3>
      <p className="chart-intro">{t('progress.timeline.undatedIntro')}</p>
      <WindowedList
        count={activities.length}
        itemKey={(i) => activities[i]?.id ?? String(i)}
        estimateSize={32}
        name={{ labelledBy: 'timeline-undated' }}
        renderItem={(i) => {
          const a = activities[i];
          return a ? (
            <a href={`#${sectionId('activities')}`} onClick={open(a.id)}>
              {a.title}
            </a>
          ) : null;
        }}
      />
    </section>
  );
}
