import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WORKSHOP_FORMAT_IDS,
  WORKSHOP_FORMATS,
  type WorkshopFormatId,
} from '../../../shared/workshop/formats';
import { useModalDialog } from '../../components/catalog/use-modal-dialog';
import { trapTab } from '../../components/focus-trap';
import { useFormat } from '../../i18n/use-format';
import { durationText } from './duration';
import type { OpenWorkshop } from './open-workshops';
import '../../components/path-dialog.css';
import './workshop.css';

/**
 * The plan's workshops still open, each to be taken up at the step where it stopped, above the
 * choice between the kit's two workshops, each with what it ends in and how long it takes.
 * Choosing one starts it or takes it up; Esc or Annuller goes back to the plan.
 */
export function WorkshopFormatDialog({
  open,
  onChoose,
  onResume,
  onTeamPlan,
  onCancel,
}: {
  open: readonly OpenWorkshop[];
  onChoose: (format: WorkshopFormatId) => void;
  onResume: (workshopId: string) => void;
  /** Files a team's group development plan, made in its own file, into this plan. */
  onTeamPlan: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog(dialogRef, firstRef);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    trapTab(event);
  };
  return (
    <dialog
      ref={dialogRef}
      className="path-dialog workshop-choice"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="path-dialog-title">
        {t(open.length > 0 ? 'workshop.resume.title' : 'workshop.choose.title')}
      </h2>
      <p id={`${id}-intro`}>{t('workshop.choose.intro')}</p>
      {open.length > 0 && (
        <section aria-labelledby={`${id}-open`}>
          <h3 id={`${id}-open`} className="workshop-choice-heading">
            {t('workshop.resume.heading')}
          </h3>
          <ul className="workshop-choice-list">
            {open.map(({ workshop, step, index, count }, i) => (
              <li key={workshop.id} className="workshop-choice-item workshop-choice-open">
                <h4 className="workshop-choice-title">{workshop.title}</h4>
                <p>
                  {t('workshop.resume.where', {
                    date: format.date(workshop.heldOn),
                    number: index + 1,
                    count,
                    step: t(`workshop.steps.${step.id}.title`),
                  })}
                </p>
                <button
                  ref={i === 0 ? firstRef : undefined}
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    modal.keepFocusOnClose();
                    onResume(workshop.id);
                  }}
                >
                  {t('workshop.resume.button', { title: workshop.title })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {open.length > 0 && <h3 className="workshop-choice-heading">{t('workshop.resume.orNew')}</h3>}
      <ul className="workshop-choice-list">
        {WORKSHOP_FORMAT_IDS.map((formatId, i) => {
          const title = t(`workshop.formats.${formatId}.title`);
          // Under »Eller start en ny« when open workshops come first.
          const Title = open.length > 0 ? 'h4' : 'h3';
          return (
            <li key={formatId} className="workshop-choice-item">
              <Title className="workshop-choice-title">{title}</Title>
              <p>{t(`workshop.formats.${formatId}.summary`)}</p>
              <p className="workshop-choice-length">
                {t('workshop.choose.length', {
                  duration: durationText(t, WORKSHOP_FORMATS[formatId].minutes),
                })}
              </p>
              <button
                ref={i === 0 && open.length === 0 ? firstRef : undefined}
                type="button"
                className={open.length > 0 ? 'button button-secondary' : 'button button-primary'}
                onClick={() => {
                  // Focus goes into the workshop, not back to »Workshop« behind it.
                  modal.keepFocusOnClose();
                  onChoose(formatId);
                }}
              >
                {t('workshop.choose.start', { title })}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="workshop-choice-keys">{t('workshop.choose.keys')}</p>
      <p className="workshop-choice-team-plan">
        {t('workshop.choose.teamPlanText')}{' '}
        <button type="button" className="button button-secondary" onClick={onTeamPlan}>
          {t('sharing.teamPlan.action')}
        </button>
      </p>
      <div className="path-dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('workshop.choose.cancel')}
        </button>
      </div>
    </dialog>
  );
}
