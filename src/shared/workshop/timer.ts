import type { Workshop } from '../model/entities';

// A workshop's timer as the plan file keeps it: the length it was set to, what it ran before it
// was last paused, and since when it runs now. Nothing ticks in the file; whoever reads it works
// out the time left from their own clock, so a reload, or a second window, shows the same time.

type Timer = Pick<
  Workshop,
  'timerStepId' | 'timerSeconds' | 'timerRunningSince' | 'timerElapsedSeconds'
>;
type TimerPatch = Partial<Timer>;

/** The longest a timer holds (the field's limit): a step of a half-day runs hours at most. */
const MAX_SECONDS = 24 * 60 * 60;

const instant = (now: Date | string) => (typeof now === 'string' ? Date.parse(now) : now.getTime());
const capped = (seconds: number) => Math.min(MAX_SECONDS, Math.max(0, seconds));

/** The seconds the timer has run at `now`; a clock set back does not make it run backwards. */
export function timerElapsed(workshop: Timer, now: Date | string): number {
  const since = workshop.timerRunningSince;
  const running = since === null ? 0 : Math.max(0, (instant(now) - Date.parse(since)) / 1000);
  return workshop.timerElapsedSeconds + running;
}

/**
 * The seconds left of the step's time at `now`; below zero when the step has run over, by as
 * much as it has. The screen gives its signal when this reaches zero.
 */
export function timerRemaining(workshop: Timer, now: Date | string): number {
  return workshop.timerSeconds - timerElapsed(workshop, now);
}

export function timerRunning(workshop: Timer): boolean {
  return workshop.timerRunningSince !== null;
}

/** A timer for `stepId` of `seconds`, stopped and unused: the facilitator starts it. */
export function setTimer(stepId: string, seconds: number): TimerPatch {
  return {
    timerStepId: stepId,
    timerSeconds: capped(seconds),
    timerRunningSince: null,
    timerElapsedSeconds: 0,
  };
}

export function startTimer(workshop: Timer, now: Date): TimerPatch {
  return timerRunning(workshop) ? {} : { timerRunningSince: now.toISOString() };
}

/** Stops the timer and keeps what it ran, so it goes on from there when started again. */
export function pauseTimer(workshop: Timer, now: Date): TimerPatch {
  if (!timerRunning(workshop)) return {};
  return { timerRunningSince: null, timerElapsedSeconds: capped(timerElapsed(workshop, now)) };
}

/** More time for the step, running or not. */
export function extendTimer(workshop: Timer, seconds: number): TimerPatch {
  return { timerSeconds: capped(workshop.timerSeconds + seconds) };
}
