import { lazy } from 'react';
import type * as PlanScreens from './screens/PlanScreen';
import type * as TrendsScreens from './screens/trends/TrendsScreen';

// The plan's screens and the trends are modules of their own: with them, and the schemas and
// catalogues they bring, the program's start-up script was one long task before the start screen
// could be drawn. They are fetched as soon as this module is evaluated and evaluated each in a task
// of its own, long before anyone can have opened a plan.

let planScreenModule: typeof PlanScreens | null = null;
let trendsScreenModule: typeof TrendsScreens | null = null;

/** Resolves once both screens can be drawn without waiting (the renderer's tests wait for it). */
export const laterScreensLoaded: Promise<void> = Promise.all([
  import('./screens/PlanScreen').then((m) => {
    planScreenModule = m;
  }),
  import('./screens/trends/TrendsScreen').then((m) => {
    trendsScreenModule = m;
  }),
]).then(() => undefined);

/**
 * A module already loaded, handed over at once: React.lazy then draws the screen in the same
 * render, and suspends (showing the nearest fallback) only while the module is on its way. It
 * calls nothing but `then`, whose callback here runs before `then` returns.
 */
function ready<T>(value: T): Promise<T> {
  const thenable = {
    then: (done: (v: T) => unknown) => ready(done(value)),
  };
  return thenable as unknown as Promise<T>;
}

export const PlanScreen = lazy(() =>
  planScreenModule
    ? ready({ default: planScreenModule.PlanScreen })
    : import('./screens/PlanScreen').then((m) => ({ default: m.PlanScreen })),
);

export const TrendsScreen = lazy(() =>
  trendsScreenModule
    ? ready({ default: trendsScreenModule.TrendsScreen })
    : import('./screens/trends/TrendsScreen').then((m) => ({ default: m.TrendsScreen })),
);
