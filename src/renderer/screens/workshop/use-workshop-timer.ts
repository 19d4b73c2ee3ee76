import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workshop } from '../../../shared/model/entities';
import type { WorkshopStep } from '../../../shared/workshop/formats';
import {
  extendTimer,
  pauseTimer,
  setTimer,
  startTimer,
  timerRemaining,
  timerRunning,
} from '../../../shared/workshop/timer';
import { useAppStore } from '../../store';
import { useWorkshopClock } from './workshop-clock';

/** What »+5 min« gives a step. */
export const EXTEND_SECONDS = 5 * 60;

type Timer = Pick<
  Workshop,
  'timerStepId' | 'timerSeconds' | 'timerRunningSince' | 'timerElapsedSeconds'
>;

export interface WorkshopTimerState {
  /** Whole seconds left, counted up to the next whole second; zero or below once over. */
  remaining: number;
  /** The length the timer is set to, in seconds. */
  length: number;
  running: boolean;
  /** Started at some point since it was last set. */
  used: boolean;
  ended: boolean;
  toggle: () => void;
  extend: () => void;
  /** Sets the step's time anew, stopped: the facilitator starts it. */
  set: (minutes: number) => void;
}

/**
 * The step's timer. The plan file holds one timer, for the step it was last used on; a step
 * entered for the first time shows its own minutes, and only starting, extending or setting it
 * writes to the plan — each an ordinary change, undone like any other. The time shown is worked
 * out from the clock and redrawn as the shown second changes; nothing is written while it runs.
 */
export function useWorkshopTimer(workshop: Workshop, step: WorkshopStep): WorkshopTimerState {
  const clock = useWorkshopClock();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const own = workshop.timerStepId === step.id;
  const timer: Timer = own ? workshop : setTimerOf(step);
  const running = own && timerRunning(workshop);
  const remaining = useRemaining(timer, running);
  const used = running || timer.timerElapsedSeconds > 0;
  const ended = used && remaining <= 0;

  const write = useCallback(
    (patch: Partial<Timer>) => {
      if (Object.keys(patch).length === 0) return;
      void updateEntity({ entity: 'workshop', id: workshop.id, patch });
    },
    [updateEntity, workshop.id],
  );
  // A first use on this step sets the timer to the step before the action itself.
  const base = own ? {} : setTimerOf(step);
  const toggle = () => {
    if (running) write(pauseTimer(timer, clock.now()));
    // An ended timer starts again only with more time.
    else if (!ended) write({ ...base, ...startTimer(timer, clock.now()) });
  };
  const extend = () => write({ ...base, ...extendTimer(timer, EXTEND_SECONDS) });
  const set = (minutes: number) => write(setTimer(step.id, Math.round(minutes * 60)));
  return {
    remaining,
    length: timer.timerSeconds,
    running,
    used,
    ended,
    toggle,
    extend,
    set,
  };
}

function setTimerOf(step: WorkshopStep): Timer {
  return setTimer(step.id, step.minutes * 60) as Timer;
}

/** The whole seconds left, redrawn only when that number changes, and only while it runs. */
function useRemaining(timer: Timer, running: boolean): number {
  const clock = useWorkshopClock();
  const remaining = Math.ceil(timerRemaining(timer, clock.now()));
  const latest = useRef({ timer, remaining });
  useEffect(() => {
    latest.current = { timer, remaining };
  });
  const [, redraw] = useState(0);
  useEffect(() => {
    if (!running) return;
    return clock.subscribe(() => {
      const { timer: t, remaining: shown } = latest.current;
      if (Math.ceil(timerRemaining(t, clock.now())) !== shown) redraw((n) => n + 1);
    });
  }, [clock, running]);
  return remaining;
}
