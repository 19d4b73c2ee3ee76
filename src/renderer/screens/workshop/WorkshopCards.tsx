import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop } from '../../../shared/model/entities';
import type { WorkshopStep } from '../../../shared/workshop/formats';
import { useAppStore } from '../../store';
import { isCapturePart, suggestedKind } from './card-kinds';
import { CardCapture } from './CardCapture';
import { IdeaCard } from './IdeaCard';
import { ParkingLot } from './ParkingLot';
import { useParkingKey } from './use-parking-key';
import { useWorkshopCards } from './use-workshop-cards';
import './workshop-cards.css';

/**
 * The room's ideas in a step: a field to write them in by keyboard alone, and the step's cards
 * large on the wall, each to be taken into the plan, parked or put aside. The parking lot, with
 * the parked ideas of every step, opens from every step, by its button or the P key.
 */
export function WorkshopCards({
  doc,
  workshop,
  step,
}: {
  doc: WindowDocument;
  workshop: Workshop;
  step: WorkshopStep;
}) {
  const { t } = useTranslation();
  const id = useId();
  const actions = useWorkshopCards(workshop.id);
  const cards = doc.workshopCards.filter((c) => c.workshopId === workshop.id);
  const parked = cards.filter((c) => c.parked);
  const here = cards.filter((c) => c.stepId === step.id && !c.parked);
  const capture = isCapturePart(step.part);

  const fieldRef = useRef<HTMLInputElement>(null);
  const parkingButtonRef = useRef<HTMLButtonElement>(null);
  const parkingHeadingRef = useRef<HTMLHeadingElement>(null);
  const [parkingOpen, setParkingOpen] = useState(false);
  const toggled = useRef(false);
  const toggleParking = () => {
    toggled.current = true;
    setParkingOpen((open) => !open);
  };
  useParkingKey(toggleParking);
  // Focus follows the parking lot: into it when it opens, back to its button when it closes.
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    if (!parkingOpen) {
      parkingButtonRef.current?.focus();
      return;
    }
    // Opened below a step's entries, the lot comes up to the top, to show as many cards as fit.
    const heading = parkingHeadingRef.current;
    heading?.focus({ preventScroll: true });
    heading?.closest('section')?.scrollIntoView?.({ block: 'start' });
  }, [parkingOpen]);

  // After a card leaves the step, the field for the next idea; in a step without one, the lot.
  const afterLeaving = () => (fieldRef.current ?? parkingButtonRef.current)?.focus();

  return (
    <section
      className="workshop-ideas-part"
      aria-labelledby={capture ? `${id}-title` : undefined}
      aria-label={capture ? undefined : t('workshop.parking.title')}
    >
      <div className="workshop-ideas-bar">
        {capture && (
          <h3 id={`${id}-title`} className="workshop-ideas-title">
            {t('workshop.cards.heading')}
          </h3>
        )}
        <button
          ref={parkingButtonRef}
          type="button"
          className="workshop-button workshop-button-quiet"
          aria-expanded={parkingOpen}
          aria-controls={parkingOpen ? `${id}-parking` : undefined}
          aria-keyshortcuts="P"
          onClick={toggleParking}
        >
          {t('workshop.parking.open', { count: parked.length })}
        </button>
      </div>
      <DeletedNotice />
      {parkingOpen && (
        <div id={`${id}-parking`}>
          <ParkingLot
            cards={parked}
            doc={doc}
            actions={actions}
            headingRef={parkingHeadingRef}
            onClose={toggleParking}
          />
        </div>
      )}
      {capture && (
        <>
          <CardCapture
            key={step.id}
            initialKind={suggestedKind(step.part)}
            fieldRef={fieldRef}
            onAdd={(kind, text) => actions.add(step.id, kind, text)}
          />
          {here.length === 0 ? (
            <p className="workshop-ideas-empty">{t('workshop.cards.none')}</p>
          ) : (
            <ul className="workshop-ideas">
              {here.map((card) => (
                <IdeaCard
                  key={card.id}
                  card={card}
                  doc={doc}
                  actions={actions}
                  onLeave={afterLeaving}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The app's undo offer after a deletion sits in the editor's header, which the workshop covers:
 * a deleted card is offered back here, for as long as the store offers it (see UndoToast).
 */
function DeletedNotice() {
  const { t } = useTranslation();
  const deleted = useAppStore((s) => s.lastDeleted);
  const undo = useAppStore((s) => s.undo);
  const card = deleted?.kind === 'workshopCard' ? deleted : null;
  return (
    // Announced as it comes, without a second status beside the workshop's own »Trin 3 af 8«.
    <div aria-live="polite" className="workshop-ideas-status">
      {card && (
        <p className="workshop-ideas-deleted">
          <span>{t('workshop.cards.deleted', { text: card.title })}</span>
          <button
            type="button"
            className="workshop-button workshop-button-quiet"
            onClick={() => void undo()}
          >
            {t('workshop.cards.undo')}
          </button>
        </p>
      )}
    </div>
  );
}
