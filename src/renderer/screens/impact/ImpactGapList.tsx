import { useTranslation } from 'react-i18next';
import type { ImpactGap } from '../../../shared/impact';
import { useAppStore } from '../../store';

/** The loose ends of the plan in words, each with a way to find it on the map. */
export function ImpactGapList({
  gaps,
  onShow,
}: {
  gaps: readonly ImpactGap[];
  onShow: (nodeId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <section id="impact-gaps" className="impact-gaps" aria-labelledby="impact-gaps-heading">
      <h3 id="impact-gaps-heading">{t('progress.impact.gapsHeading', { count: gaps.length })}</h3>
      {gaps.length === 0 ? (
        <p className="empty-text">{t('progress.impact.noGaps')}</p>
      ) : (
        <ul className="impact-gap-list no-max-width">
          {gaps.map((g) => (
            <li key={`${g.kind}-${g.nodeId}`} data-gap-kind={g.kind}>
              <span className="impact-gap-kind">
                <span aria-hidden="true">⚠ </span>
                {t(`progress.impact.gapKinds.${g.kind}`)}
              </span>
              <span className="impact-gap-message">{g.message[language]}</span>
              <button
                type="button"
                className="button button-tertiary button-small"
                onClick={() => onShow(g.nodeId)}
                aria-label={t('progress.impact.showOnMapItem', { title: g.title })}
              >
                {t('progress.impact.showOnMap')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
