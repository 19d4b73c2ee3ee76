import { useEffect, type RefObject } from 'react';

/**
 * Keeps what the browser brings into view in a scrolled step — a field tabbed to, a card — clear
 * of the timer that stays at the top of it: the step's scroll padding (workshop.css) follows the
 * timer's height, which changes as it wraps, ends or opens its own field. The timer is made anew
 * for each step, so it is found again when the step changes.
 */
export function useTimerClearance(stepRef: RefObject<HTMLElement | null>, stepId: string): void {
  useEffect(() => {
    const step = stepRef.current;
    const timer = step?.querySelector<HTMLElement>('.workshop-timer');
    if (!step || !timer || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      step.style.setProperty('--workshop-timer-height', `${timer.offsetHeight}px`),
    );
    observer.observe(timer, { box: 'border-box' });
    return () => observer.disconnect();
  }, [stepRef, stepId]);
}
