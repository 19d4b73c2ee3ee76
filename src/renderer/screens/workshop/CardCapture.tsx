import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_CARD_KINDS, type WorkshopCardKind } from '../../../shared/model/enums';
import { fieldKey, useAppStore } from '../../store';

/**
 * The field the facilitator types the room's ideas into: Enter makes a card of what is typed and
 * leaves the field empty, with focus in it, for the next. Beside it, what a new card is; the
 * step's own kind to begin with.
 */
export function CardCapture({
  initialKind,
  fieldRef,
  onAdd,
}: {
  initialKind: WorkshopCardKind;
  fieldRef: RefObject<HTMLInputElement | null>;
  onAdd: (kind: WorkshopCardKind, text: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const errorKey = fieldKey('workshopCard', 'new', 'text');
  const refused = useAppStore((s) => s.fieldErrors[errorKey]);
  const clearFieldError = useAppStore((s) => s.clearFieldError);
  const id = useId();
  const [text, setText] = useState('');
  const [kind, setKind] = useState(initialKind);

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && text !== '') {
      // Emptying the field is what Esc does here; the workshop ends from an empty one.
      event.preventDefault();
      event.stopPropagation();
      setText('');
      return;
    }
    if (event.key !== 'Enter' || text.trim() === '') return;
    event.preventDefault();
    const written = text;
    // Typing on while the card is saved is kept: only what was entered leaves the field.
    if (await onAdd(kind, written)) setText((now) => (now === written ? '' : now));
  };

  return (
    <div className="workshop-capture">
      <div className="workshop-capture-text">
        <label htmlFor={`${id}-text`} className="workshop-capture-label">
          {t('workshop.cards.newIdea')}
        </label>
        <input
          ref={fieldRef}
          id={`${id}-text`}
          className="workshop-capture-field"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          aria-invalid={refused ? true : undefined}
          // Empty, Ctrl+Z is the plan's: it takes back the card just entered.
          data-uncommitted={text !== ''}
          onChange={(event) => {
            setText(event.target.value);
            if (refused) clearFieldError(errorKey);
          }}
          onKeyDown={(event) => void onKeyDown(event)}
        />
      </div>
      <div className="workshop-capture-kind">
        <label htmlFor={`${id}-kind`} className="workshop-capture-label">
          {t('workshop.cards.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="form-select workshop-idea-select"
          value={kind}
          onChange={(event) => setKind(event.target.value as WorkshopCardKind)}
        >
          {WORKSHOP_CARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`workshop.cards.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className="workshop-capture-hint">
        {refused ? refused.message[language] : t('workshop.cards.newIdeaHint')}
      </p>
    </div>
  );
}
