import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { WorkshopCard } from '../../../shared/model/entities';
import { WORKSHOP_CARD_KINDS, type WorkshopCardKind } from '../../../shared/model/enums';
import { useAppStore } from '../../store';
import { promotableKind, promotedKindOf } from './card-kinds';
import type { WorkshopCardActions } from './use-workshop-cards';

/**
 * One idea on the wall, with what the facilitator does with it, each a button reached by Tab:
 * say what it is, take it into the plan, correct it, park it (or take it back) and delete it.
 * Once in the plan it says what it became there, and is not offered again while that is there.
 * `onLeave` is told when the card leaves the list it is shown in, so focus has somewhere to go.
 */
export function IdeaCard({
  card,
  doc,
  actions,
  from,
  onLeave,
}: {
  card: WorkshopCard;
  doc: WindowDocument;
  actions: WorkshopCardActions;
  /** The step it was written in, said in the parking lot, where cards of every step meet. */
  from?: string;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const promotedRef = useRef<HTMLParagraphElement>(null);
  const justPromoted = useRef(false);
  const promoted = promotedKindOf(doc, card);
  const canPromote = promotableKind(card) !== null;

  // The button pressed is gone once the card is in the plan: focus goes to what it became.
  useEffect(() => {
    if (promoted && justPromoted.current) promotedRef.current?.focus();
    justPromoted.current = false;
  }, [promoted]);

  const promote = async () => {
    setRefusal(null);
    justPromoted.current = true;
    const error = await actions.promote(card);
    if (error) {
      justPromoted.current = false;
      setRefusal(error.message[language]);
    }
  };

  const park = async () => {
    if (await actions.change(card, { parked: !card.parked })) onLeave();
  };

  const remove = async () => {
    if (await actions.remove(card)) onLeave();
  };

  return (
    <li className="workshop-idea">
      <article className="workshop-idea-card" aria-labelledby={`${id}-text`}>
        {editing ? (
          <CardTextEditor
            // The card's name and its buttons' description while its text is being corrected.
            fieldId={`${id}-text`}
            card={card}
            actions={actions}
            onDone={() => {
              setEditing(false);
              requestAnimationFrame(() => editRef.current?.focus());
            }}
          />
        ) : (
          <p id={`${id}-text`} className="workshop-idea-text">
            {card.text}
          </p>
        )}
        {from && <p className="workshop-idea-from">{t('workshop.parking.from', { step: from })}</p>}
        {promoted ? (
          <p ref={promotedRef} tabIndex={-1} className="workshop-idea-promoted">
            {t(`workshop.cards.promoted.${promoted}`)}
          </p>
        ) : (
          <div className="workshop-idea-kind">
            <label htmlFor={`${id}-kind`}>{t('workshop.cards.kind')}</label>
            <select
              id={`${id}-kind`}
              className="form-select workshop-idea-select"
              value={card.kind}
              onChange={(event) =>
                void actions.change(card, { kind: event.target.value as WorkshopCardKind })
              }
            >
              {WORKSHOP_CARD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`workshop.cards.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {refusal && (
          <p className="workshop-idea-refusal" role="alert">
            {refusal}
          </p>
        )}
        {!promoted && !canPromote && (
          <p className="workshop-idea-hint">{t('workshop.cards.needsKind')}</p>
        )}
        <div className="workshop-idea-actions">
          {!promoted && canPromote && (
            <button
              type="button"
              className="workshop-button"
              aria-describedby={`${id}-text`}
              onClick={() => void promote()}
            >
              {t('workshop.cards.promote')}
            </button>
          )}
          <button
            ref={editRef}
            type="button"
            className="workshop-button workshop-button-quiet"
            aria-describedby={`${id}-text`}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {t('workshop.cards.edit')}
          </button>
          <button
            type="button"
            className="workshop-button workshop-button-quiet"
            aria-describedby={`${id}-text`}
            onClick={() => void park()}
          >
            {card.parked ? t('workshop.cards.unpark') : t('workshop.cards.park')}
          </button>
          <button
            type="button"
            className="workshop-button workshop-button-quiet"
            aria-describedby={`${id}-text`}
            onClick={() => void remove()}
          >
            {t('workshop.cards.delete')}
          </button>
        </div>
      </article>
    </li>
  );
}

/** The card's text in a field: Enter keeps the change, Esc leaves the card as it was. */
function CardTextEditor({
  fieldId,
  card,
  actions,
  onDone,
}: {
  fieldId: string;
  card: WorkshopCard;
  actions: WorkshopCardActions;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(card.text);
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Not the dialog's: Esc here leaves the field, not the workshop.
      event.preventDefault();
      event.stopPropagation();
      onDone();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const changed = text.trim();
      if (changed === '' || changed === card.text) onDone();
      else if (await actions.change(card, { text: changed })) onDone();
    }
  };
  return (
    <div className="workshop-idea-edit">
      <label htmlFor={fieldId}>{t('workshop.cards.text')}</label>
      <input
        id={fieldId}
        className="workshop-idea-field"
        value={text}
        autoComplete="off"
        // Focus moves here when »Ret« opens the field, as it does with a keyboard.
        autoFocus
        data-uncommitted={text !== card.text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => void onKeyDown(event)}
      />
    </div>
  );
}
