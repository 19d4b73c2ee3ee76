import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SalvageOffer } from '../components/sharing/SalvageOffer';
import { useFocusOnMount } from '../components/use-focus-on-mount';
import { useAppStore } from '../store';
import { RecentFiles } from './RecentFiles';
import './start-screen.css';

export function StartScreen({ takeFocus }: { takeFocus: boolean }) {
  const { t } = useTranslation();
  const recent = useAppStore((s) => s.recent);
  const busy = useAppStore((s) => s.busy);
  const ready = useAppStore((s) => s.appInfo !== null);
  const requestNew = useAppStore((s) => s.requestNew);
  const requestOpen = useAppStore((s) => s.requestOpen);
  const openExample = useAppStore((s) => s.openExample);
  const requestImport = useAppStore((s) => s.requestImport);
  const openTrends = useAppStore((s) => s.openTrends);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, takeFocus);
  // Without app info there is no folder to suggest and no way to know which dialog to use.
  const disabled = !ready;
  // Buttons stay enabled while a call runs, so focus is not thrown out; a second press waits.
  const whenIdle = (action: () => Promise<unknown>) => () => {
    if (!busy) void action();
  };

  return (
    <div className="container start-screen">
      <div className="start-intro">
        <h1 ref={headingRef} tabIndex={-1} className="start-title">
          {t('app.name')}
        </h1>
        <p className="font-lead start-tagline">{t('app.tagline')}</p>
        <div className="start-actions" role="group" aria-label={t('start.actionsLabel')}>
          <button
            type="button"
            className="button button-primary"
            disabled={disabled}
            onClick={whenIdle(requestNew)}
          >
            {t('start.newPlan')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={disabled}
            onClick={whenIdle(requestOpen)}
          >
            {t('start.openPlan')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={disabled}
            aria-describedby="start-example-hint"
            onClick={whenIdle(openExample)}
          >
            {t('start.openExample')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={disabled}
            onClick={whenIdle(requestImport)}
          >
            {t('start.importPlan')}
          </button>
        </div>
        <p className="start-trends">
          <button
            type="button"
            className="button button-tertiary"
            disabled={disabled}
            aria-describedby="start-trends-hint"
            onClick={openTrends}
          >
            {t('trends.open')}
          </button>
          <span className="start-hint" id="start-trends-hint">
            {t('trends.openHint')}
          </span>
        </p>
        <SalvageOffer />
        <p className="start-hint" id="start-example-hint">
          {t('start.exampleHint')}
        </p>
      </div>
      <section className="start-recent" aria-labelledby="start-recent-heading">
        <h2 id="start-recent-heading">{t('start.recentHeading')}</h2>
        <RecentFiles files={recent} />
      </section>
    </div>
  );
}
