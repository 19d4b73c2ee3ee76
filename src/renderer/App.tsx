import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShellEventSource } from './api';
import { AppFooter } from './components/AppFooter';
import { AppHeader } from './components/AppHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { NoticeAlert } from './components/NoticeAlert';
import { PathDialog } from './components/PathDialog';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { PlanScreen } from './screens/PlanScreen';
import { StartScreen } from './screens/StartScreen';
import { TrendsScreen } from './screens/trends/TrendsScreen';
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
  const [firstScreen, setFirstScreen] = useState<string | null>(null);
  const [moved, setMoved] = useState(false);
  if (screen !== 'loading' && firstScreen === null) setFirstScreen(screen);
  if (firstScreen !== null && screen !== firstScreen && !moved) setMoved(true);

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
        {!loaded ? (
          <p className="container app-loading">{t('app.loading')}</p>
        ) : trendsOpen ? (
          <TrendsScreen takeFocus={moved} />
        ) : snapshot ? (
          <PlanScreen key={snapshot.file.path} snapshot={snapshot} takeFocus={moved} />
        ) : (
          <StartScreen takeFocus={moved} />
        )}
      </main>
      <AppFooter />
      {prompt && <PathDialog key={prompt.purpose} prompt={prompt} />}
    </>
  );
}
