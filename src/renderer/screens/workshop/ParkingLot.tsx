import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { WorkshopCard } from '../../../shared/model/entities';
import { IdeaCard } from './IdeaCard';
import type { WorkshopCardActions } from './use-workshop-cards';

/**
 * The parking lot: the ideas of every step that belong elsewhere, kept for later. A card is taken
 * back to its own step from here, or straight into the plan.
 */
export function ParkingLot({
  cards,
  doc,
  actions,
  headingRef,
  onClose,
}: {
  cards: readonly WorkshopCard[];
  doc: WindowDocument;
  actions: WorkshopCardActions;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const stepTitle = (stepId: string) => t(`workshop.steps.${stepId}.title`, { defaultValue: '' });
  return (
    <section id={id} className="workshop-parking" aria-labelledby={`${id}-title`}>
      <div className="workshop-parking-bar">
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="workshop-parking-title">
          {t('workshop.parking.title')}
        </h3>
        <button
          type="button"
          className="workshop-button workshop-button-quiet"
          aria-keyshortcuts="P"
          onClick={onClose}
        >
          {t('workshop.parking.close')}
        </button>
      </div>
      <p className="workshop-parking-intro">{t('workshop.parking.intro')}</p>
      {cards.length === 0 ? (
        <p className="workshop-ideas-empty">{t('workshop.parking.empty')}</p>
      ) : (
        <ul className="workshop-ideas">
          {cards.map((card) => (
            <IdeaCard
              key={card.id}
              card={card}
              doc={doc}
              actions={actions}
              from={stepTitle(card.stepId)}
              onLeave={() => headingRef.current?.focus()}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
