import { createContext, useContext } from 'react';

/**
 * Where the workshop's timer reads the time, and what tells it to look again. The plan file only
 * says since when a timer runs; the screen works out the time left from this clock. A test hands
 * in a clock it moves itself, so it never waits on real seconds.
 */
export interface WorkshopClock {
  now: () => Date;
  /** Calls `onTick` whenever the time may have moved on; returns the way to stop. */
  subscribe: (onTick: () => void) => () => void;
}

/** Looks four times a second, so the shown second changes within a quarter of a second. */
export const systemClock: WorkshopClock = {
  now: () => new Date(),
  subscribe: (onTick) => {
    const timer = window.setInterval(onTick, 250);
    return () => window.clearInterval(timer);
  },
};

export const WorkshopClockContext = createContext<WorkshopClock>(systemClock);

export const useWorkshopClock = (): WorkshopClock => useContext(WorkshopClockContext);
