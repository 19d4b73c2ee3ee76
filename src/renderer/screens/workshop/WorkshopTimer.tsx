import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { playChime } from './chime';
import { timerText } from './timer-text';
import type { WorkshopTimerState } from './use-workshop-timer';
import './workshop-timer.css';

/** The longest a facilitator can set a step to, in minutes: a half-day at most. */
const MAX_MINUTES = 240;

/**
 * The step's timer in large figures, with start and pause, five minutes more and a length of the
 * facilitator's own. When the time is up the box turns dark with a double frame and says so in
 * words, the room's screen reader hears it once, and — only if the facilitator has asked for it —
 * a short soft tone sounds.
 */
export function WorkshopTimer({
  timer,
  stepTitle,
  sound,
  onSoundChange,
}: {
  timer: WorkshopTimerState;
  stepTitle: string;
  sound: boolean;
  onSoundChange: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [setting, setSetting] = useState(false);
  const [minutes, setMinutes] = useState('');
  const state = timer.ended ? 'ended' : timer.running ? 'running' : timer.used ? 'paused' : 'ready';

  // The tone only for an end seen happening, not for a step shown already over.
  const wasEnded = useRef(timer.ended);
  useEffect(() => {
    if (timer.ended && !wasEnded.current && sound) playChime();
    wasEnded.current = timer.ended;
  }, [timer.ended, sound]);

  const openSetting = () => {
    setMinutes(String(Math.max(1, Math.round(timer.length / 60))));
    setSetting(true);
  };
  const valid =
    /^\d+$/.test(minutes.trim()) && Number(minutes) >= 1 && Number(minutes) <= MAX_MINUTES;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    timer.set(Number(minutes));
    setSetting(false);
  };

  return (
    <section className="workshop-timer" data-state={state} aria-labelledby={`${id}-label`}>
      <div className="workshop-timer-face">
        <h3 id={`${id}-label`} className="workshop-timer-label">
          {t('workshop.timer.label')}
        </h3>
        <p className="workshop-timer-clock" role="timer">
          {timerText(timer.remaining)}
        </p>
        <p className="workshop-timer-state">
          {timer.ended && <span className="workshop-timer-mark" aria-hidden="true" />}
          {t(`workshop.timer.state.${state}`)}
        </p>
      </div>
      <div className="workshop-timer-actions">
        <button
          type="button"
          className="workshop-button"
          aria-keyshortcuts="T Space"
          aria-disabled={timer.ended && !timer.running}
          onClick={timer.toggle}
        >
          {t(
            timer.running
              ? 'workshop.timer.pause'
              : timer.used
                ? 'workshop.timer.resume'
                : 'workshop.timer.start',
          )}
        </button>
        <button
          type="button"
          className="workshop-button workshop-button-plain"
          aria-keyshortcuts="+"
          onClick={timer.extend}
        >
          {t('workshop.timer.extend')}
        </button>
        <button
          type="button"
          className="workshop-button workshop-button-plain"
          aria-expanded={setting}
          aria-controls={`${id}-set`}
          onClick={() => (setting ? setSetting(false) : openSetting())}
        >
          {t('workshop.timer.setting')}
        </button>
      </div>
      {setting && (
        <form id={`${id}-set`} className="workshop-timer-set" onSubmit={onSubmit} noValidate>
          <label htmlFor={`${id}-minutes`}>{t('workshop.timer.minutes')}</label>
          <input
            id={`${id}-minutes`}
            className="workshop-timer-input"
            inputMode="numeric"
            value={minutes}
            aria-invalid={!valid}
            aria-describedby={valid ? undefined : `${id}-range`}
            onChange={(event) => setMinutes(event.target.value)}
          />
          <button type="submit" className="workshop-button">
            {t('workshop.timer.set')}
          </button>
          {!valid && (
            <p id={`${id}-range`} className="workshop-timer-range">
              {t('workshop.timer.range', { max: MAX_MINUTES })}
            </p>
          )}
          <label className="workshop-timer-sound">
            <input
              type="checkbox"
              checked={sound}
              onChange={(event) => onSoundChange(event.target.checked)}
            />
            {t('workshop.timer.sound')}
          </label>
        </form>
      )}
      <p className="sr-only" aria-live="polite">
        {timer.ended ? t('workshop.timer.announceEnd', { step: stepTitle }) : ''}
      </p>
    </section>
  );
}
