import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aggregateTrends } from '../../../shared/trends';
import { focusHeading } from '../../components/focus-heading';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useAppStore } from '../../store';
import { TrendsExport } from './TrendsExport';
import { TrendsResults } from './TrendsResults';
import { TrendsSources } from './TrendsSources';
import { useTrendsCount, type CountState } from './use-trends-count';
import './trends.css';

/**
 * »Tendenser på tværs af planer«: which drivers, competences and methods recur across many plan
 * files, read without opening any of them, so no plan needs to be open.
 */
export function TrendsScreen({ takeFocus }: { takeFocus: boolean }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const closeTrends = useAppStore((s) => s.closeTrends);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, takeFocus);
  const [sources, setSources] = useState<string[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const { state, start, cancel } = useTrendsCount();
  const reading = state.kind === 'reading';
  const anonymousId = useId();
  const countRef = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  // The button pressed gives way to the progress bar and its cancel button, and they to the
  // result: focus lost with them goes on to the result's heading, or back to the count button.
  useEffect(() => {
    if (reading || document.activeElement !== document.body) return;
    if (state.kind === 'read') focusHeading(resultsRef.current);
    else countRef.current?.focus();
  }, [reading, state.kind]);

  // Counted once the last file is in, and again only when the language or anonymity changes:
  // a few milliseconds for hundreds of plans.
  const read = state.kind === 'read' ? state.value : null;
  const report = useMemo(
    () => (read ? aggregateTrends(read, { lang: language, anonymous }) : null),
    [read, language, anonymous],
  );

  return (
    <div className="container trends-screen">
      <button type="button" className="button button-tertiary trends-back" onClick={closeTrends}>
        {t('trends.back')}
      </button>
      <h1 ref={headingRef} tabIndex={-1} className="trends-title">
        {t('trends.title')}
      </h1>
      <p className="font-lead trends-intro">{t('trends.intro')}</p>

      <TrendsSources sources={sources} onChange={setSources} disabled={reading} />
      <div className="trends-run">
        {reading ? (
          <ReadingProgress state={state} onCancel={cancel} />
        ) : (
          <button
            ref={countRef}
            type="button"
            className="button button-primary"
            disabled={sources.length === 0}
            onClick={() => void start(sources)}
          >
            {t('trends.count')}
          </button>
        )}
        <Outcome state={state} />
      </div>

      {report && (
        <section className="trends-results" aria-labelledby="trends-results-heading">
          <h2 id="trends-results-heading" ref={resultsRef} tabIndex={-1}>
            {t('trends.resultsHeading')}
          </h2>
          {report.plans.length + report.skipped.length === 0 ? (
            <p>{t('trends.noFiles')}</p>
          ) : (
            <>
              <div className="trends-toolbar">
                <div className="form-group-checkbox trends-anonymous">
                  <input
                    id={anonymousId}
                    type="checkbox"
                    className="form-checkbox"
                    checked={anonymous}
                    onChange={(event) => setAnonymous(event.target.checked)}
                    aria-describedby={`${anonymousId}-hint`}
                  />
                  <label className="form-label" htmlFor={anonymousId}>
                    {t('trends.anonymous')}
                  </label>
                  <span id={`${anonymousId}-hint`} className="form-hint">
                    {t('trends.anonymousHint')}
                  </span>
                </div>
                <TrendsExport report={report} />
              </div>
              <TrendsResults report={report} />
            </>
          )}
        </section>
      )}
    </div>
  );
}

function ReadingProgress({
  state,
  onCancel,
}: {
  state: Extract<CountState, { kind: 'reading' }>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { done, total } = state;
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The count button just pressed has gone; its place for the keyboard is the way to stop.
  useEffect(() => {
    if (document.activeElement === document.body) cancelRef.current?.focus();
  }, []);
  return (
    <div className="trends-progress">
      <p id={id} className="trends-progress-text" aria-live="polite">
        {total === null ? t('trends.listing') : t('trends.reading', { done, total })}
      </p>
      {/* Without a value while the files are listed: the browser shows it as under way. */}
      {total === null ? (
        <progress aria-labelledby={id} />
      ) : (
        <progress aria-labelledby={id} max={Math.max(total, 1)} value={done} />
      )}
      <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
        {t('trends.cancel')}
      </button>
    </div>
  );
}

function Outcome({ state }: { state: CountState }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  if (state.kind === 'cancelled') {
    return (
      <p className="trends-outcome" role="status">
        {t('trends.cancelled')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p className="form-error-message trends-outcome" role="alert">
        {state.error.message[language]}
      </p>
    );
  }
  return null;
}
