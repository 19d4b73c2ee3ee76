import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShellEventSource } from './api';
import { AppFooter } from './components/AppFooter';
import { AppHeader } from './components/AppHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { NoticeAlert } from './components/NoticeAlert';
import { PathDialog } from './components/PathDialog';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { PlanScreen, TrendsScreen } from './later-screens';
import { StartScreen } from './screens/StartScreen';
import { useAppStore } from './store';
import { useHistoryShortcuts } from './use-history-shortcuts';
import { useShellEvents } from './use-shell-events';
import { useUnloadGuard } from './use-unload-guard';

export function App({ shellEvents }: { shellEvents: ShellEventSource }) {
  const { t } = useTranslation();
  const loaded = useAppStore((s) => s.loaded);
  const busy = useAppStore((s) => s.busy);
  const snapshot = useAppStore((s) => s.snapshot);
  const prompt = useAppStore((s) => s.prompt);
  const trendsOpen = useAppStore((s) => s.trendsOpen);
  const loadInitial = useAppStore((s) => s.loadInitial);
  useShellEvents(shellEvents);
  useHistoryShortcuts();
  useUnloadGuard();

  useEffect(() => {
    void loadInitial();
  }, [loadInitial]);

  // The first screen after start-up leaves focus alone; every later change of screen moves it
  // to the new heading.
  const screen = !loaded
    ? 'loading'
    : trendsOpen
      ? 'trends'
      : snapshot
        ? `plan:${snapshot.file.path}`
        : 'start';
  // A plan's screen is drawn at once only by a render React may break up: drawn in the store's
  // own update, which React cannot break up, its first drawing held the window for one long task.
  // Until it is drawn the screen before it stays; neither of those needs the plan.
  const deferred = useDeferredValue(screen);
  const drawn = screen.startsWith('plan:') && !deferred.startsWith('plan:') ? deferred : screen;
  const [firstScreen, setFirstScreen] = useState<string | null>(null);
  const [moved, setMoved] = useState(false);
  if (drawn !== 'loading' && firstScreen === null) setFirstScreen(drawn);
  if (firstScreen !== null && drawn !== firstScreen && !moved) setMoved(true);

  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="app-main" aria-busy={busy}>
        {!prompt && (
          <div className="container app-messages">
            <ErrorAlert />
            <NoticeAlert />
          </div>
        )}
        <Suspense fallback={<p className="container app-loading">{t('app.loading')}</p>}>
          {drawn === 'loading' ? (
            <p className="container app-loading">{t('app.loading')}</p>
          ) : drawn === 'trends' ? (
            <TrendsScreen takeFocus={moved} />
          ) : snapshot && drawn !== 'start' ? (
            <PlanScreen key={snapshot.file.path} snapshot={snapshot} takeFocus={moved} />
          ) : (
            <StartScreen takeFocus={moved} />
          )}
        </Suspense>
      </main>
      <AppFooter />
      {prompt && <PathDialog key={prompt.purpose} prompt={prompt} />}
    </>
  );
}
