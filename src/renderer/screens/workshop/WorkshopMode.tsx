import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import { WORKSHOP_FORMATS, type WorkshopFormatId } from '../../../shared/workshop/formats';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import { Icon } from '../../components/Icon';
import { durationText } from './duration';
import { isEntryPart } from './step-entries';
import { StepEntries } from './StepEntries';
import { useFullscreen } from './use-fullscreen';
import { useWorkshopKeys } from './use-workshop-keys';
import { useWorkshopStep } from './use-workshop-step';
import { WorkshopAgenda } from './WorkshopAgenda';
import { WorkshopDocuments } from './WorkshopDocuments';
import { chooseWorkshop } from '../../../shared/workshop/summary';
import './workshop.css';

/**
 * The plan as the room sees it in a workshop: the whole screen in large type and high contrast,
 * the format's programme at the side and one step at a time — its title, length, the
 * facilitator's guide and the plan's entries for it. A modal dialog over the editor, so the
 * editor keeps its place and nothing behind can be reached; Esc or »Afslut workshop« ends it.
 */
export function WorkshopMode({
  formatId,
  doc,
  onEnd,
}: {
  formatId: WorkshopFormatId;
  doc: WindowDocument;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const format = WORKSHOP_FORMATS[formatId];
  const { step, index, count, goTo, next, previous } = useWorkshopStep(format);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The header's »Workshop« takes focus when the workshop ends (see useWorkshopMode).
  useModalDialog(dialogRef, headingRef).keepFocusOnClose();
  useFullscreen(onEnd);
  const id = useId();

  useWorkshopKeys(count, { next, previous, goTo, end: onEnd });
  const stepRef = useRef<HTMLElement>(null);
  // A new step is read from its top.
  useEffect(() => {
    stepRef.current?.scrollTo?.({ top: 0 });
  }, [step.id]);

  return (
    <dialog
      ref={dialogRef}
      className="workshop"
      aria-modal="true"
      aria-labelledby={`${id}-format`}
      onKeyDown={(event: KeyboardEvent<HTMLDialogElement>) => trapTab(event)}
      onCancel={(event) => {
        event.preventDefault();
        onEnd();
      }}
    >
      <header className="workshop-bar">
        <h2 id={`${id}-format`} className="workshop-format">
          {t(`workshop.formats.${formatId}.title`)}
        </h2>
        {doc.workshops.length > 0 && (
          <WorkshopDocuments workshop={chooseWorkshop(doc)!} stepId={step.id} />
        )}
        <button type="button" className="workshop-button workshop-end" onClick={onEnd}>
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
          <p className="workshop-step-minutes">{durationText(t, step.minutes)}</p>
          <h2 id={`${id}-step`} ref={headingRef} tabIndex={-1} className="workshop-step-title">
            {t(`workshop.steps.${step.id}.title`)}
          </h2>
          <p className="workshop-guide">{t(`workshop.steps.${step.id}.guide`)}</p>
          {isEntryPart(step.part) && <StepEntries doc={doc} part={step.part} />}
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
  );
}
