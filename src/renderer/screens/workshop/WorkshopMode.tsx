import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop } from '../../../shared/model/entities';
import { WORKSHOP_FORMATS } from '../../../shared/workshop/formats';
import { pauseTimer } from '../../../shared/workshop/timer';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store';
import { durationText } from './duration';
import { isEntryPart } from '../../../shared/workshop/step-entries';
import { StepEntries } from './StepEntries';
import { useFullscreen } from './use-fullscreen';
import { useTimerClearance } from './use-timer-clearance';
import { useWorkshopKeys } from './use-workshop-keys';
import { useWorkshopStep } from './use-workshop-step';
import { useWorkshopTimer } from './use-workshop-timer';
import { WorkshopAgenda } from './WorkshopAgenda';
import { useWorkshopClock } from './workshop-clock';
import { WorkshopCards } from './WorkshopCards';
import { WorkshopDocuments } from './WorkshopDocuments';
import { WorkshopHelp } from './WorkshopHelp';
import { WorkshopPrioritising } from './WorkshopPrioritising';
import { WorkshopTimer } from './WorkshopTimer';
import './workshop.css';

/**
 * The plan as the room sees it in a workshop: the whole screen in large type and high contrast,
 * the format's programme at the side and one step at a time — its title, length, timer, the
 * facilitator's guide and the plan's entries for it. A modal dialog over the editor, so the
 * editor keeps its place and nothing behind can be reached. Esc or »Forlad workshoppen« leaves
 * the room and keeps the workshop open, to be taken up where it stopped; only »Afslut
 * workshoppen« on the last step ends it for good.
 */
export function WorkshopMode({
  workshop,
  doc,
  onLeave,
}: {
  workshop: Workshop;
  doc: WindowDocument;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const formatId = workshop.format;
  const format = WORKSHOP_FORMATS[formatId];
  const { step, index, count, goTo, next, previous } = useWorkshopStep(format, workshop);
  const timer = useWorkshopTimer(workshop, step);
  const clock = useWorkshopClock();
  const updateEntity = useAppStore((s) => s.updateEntity);
  const [helpOpen, setHelpOpen] = useState(false);
  const [sound, setSound] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The header's »Workshop« takes focus when the room is left (see useWorkshopMode).
  useModalDialog(dialogRef, headingRef).keepFocusOnClose();
  useFullscreen(onLeave);
  const id = useId();
  const stepTitle = t(`workshop.steps.${step.id}.title`);

  const history = (command: 'undo' | 'redo') => {
    const state = useAppStore.getState();
    const can = state.snapshot?.history[command === 'undo' ? 'canUndo' : 'canRedo'];
    if (can) void state[command]();
  };
  useWorkshopKeys(count, {
    next,
    previous,
    goTo,
    leave: onLeave,
    leaveField: () => headingRef.current?.focus(),
    toggleTimer: timer.toggle,
    extendTimer: timer.extend,
    help: () => setHelpOpen(true),
    undo: () => history('undo'),
    redo: () => history('redo'),
    paused: helpOpen,
  });
  const finish = () => {
    void updateEntity({
      entity: 'workshop',
      id: workshop.id,
      patch: { endedAt: clock.now().toISOString(), ...pauseTimer(workshop, clock.now()) },
    }).then(onLeave);
  };

  const stepRef = useRef<HTMLElement>(null);
  useTimerClearance(stepRef, step.id);
  // A new step is read from its top.
  useEffect(() => {
    stepRef.current?.scrollTo?.({ top: 0 });
  }, [step.id]);

  return (
    <>
      <dialog
        ref={dialogRef}
        className="workshop"
        aria-modal="true"
        aria-labelledby={`${id}-format`}
        onKeyDown={(event: KeyboardEvent<HTMLDialogElement>) => trapTab(event)}
        onCancel={(event) => {
          event.preventDefault();
          onLeave();
        }}
      >
        <header className="workshop-bar">
          <h2 id={`${id}-format`} className="workshop-format">
            {t(`workshop.formats.${formatId}.title`)}
          </h2>
          <WorkshopDocuments workshop={workshop} stepId={step.id} />
          <button
            type="button"
            className="workshop-button workshop-end"
            aria-keyshortcuts="F1"
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
          >
            {t('workshop.mode.help')}
          </button>
          <button
            type="button"
            className="workshop-button workshop-end"
            aria-keyshortcuts="Escape"
            onClick={onLeave}
          >
            {t('workshop.mode.leave')}
          </button>
        </header>
        <div className="workshop-body">
          <WorkshopAgenda format={format} current={index} onGoTo={goTo} />
          {/* Focusable, so a long step can be scrolled from the keyboard. */}
          <section
            className="workshop-step"
            aria-labelledby={`${id}-step`}
            tabIndex={0}
            ref={stepRef}
          >
            <WorkshopTimer
              key={step.id}
              timer={timer}
              stepTitle={stepTitle}
              sound={sound}
              onSoundChange={setSound}
            />
            <p className="workshop-step-minutes">{durationText(t, step.minutes)}</p>
            <h2 id={`${id}-step`} ref={headingRef} tabIndex={-1} className="workshop-step-title">
              {stepTitle}
            </h2>
            <p className="workshop-guide">{t(`workshop.steps.${step.id}.guide`)}</p>
            {isEntryPart(step.part) && <StepEntries doc={doc} part={step.part} />}
            <WorkshopCards doc={doc} workshop={workshop} step={step} />
            <WorkshopPrioritising doc={doc} workshop={workshop} step={step} />
            {index === count - 1 && (
              <div className="workshop-finish">
                <p>{t('workshop.mode.finishText')}</p>
                <button type="button" className="workshop-button" onClick={finish}>
                  {t('workshop.mode.finish')}
                </button>
              </div>
            )}
          </section>
        </div>
        <footer className="workshop-controls">
          {/* Both stay at the ends, marked unavailable, so focus is never lost with a button. */}
          <button
            type="button"
            className="workshop-button"
            aria-keyshortcuts="ArrowLeft PageUp"
            aria-disabled={index === 0}
            onClick={previous}
          >
            <Icon name="previous" className="workshop-button-icon" />
            {t('workshop.mode.previous')}
          </button>
          <p className="workshop-position" role="status">
            {t('workshop.mode.position', { number: index + 1, count })}
          </p>
          <button
            type="button"
            className="workshop-button workshop-next"
            aria-keyshortcuts="ArrowRight PageDown"
            aria-disabled={index === count - 1}
            onClick={next}
          >
            {t('workshop.mode.next')}
            <Icon name="next" className="workshop-button-icon" />
          </button>
        </footer>
      </dialog>
      {helpOpen && <WorkshopHelp onClose={() => setHelpOpen(false)} />}
    </>
  );
}
