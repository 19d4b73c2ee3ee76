import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop, WorkshopCard } from '../../../shared/model/entities';
import type { WorkshopStep } from '../../../shared/workshop/formats';
import { useAppStore } from '../../store';
import {
  gridCards,
  placeByKey,
  QUADRANTS,
  quadrantKey,
  quadrantOf,
  type GridPlace,
  type Quadrant,
} from './prioritising';
import { voteActions } from './use-votes';

/** How far the pointer goes before a press on a card becomes a drag. */
const DRAG_START_PX = 6;

interface Drag {
  card: WorkshopCard;
  element: HTMLElement;
  x: number;
  y: number;
  moving: boolean;
}

/**
 * The step's cards on the impact/effort grid, as the room places them on the wall: four labelled
 * squares (effect rising upwards, effort to the right) and a tray for the cards not yet placed.
 * A card is dragged with the pointer, or moved with the arrow keys while it has focus; every
 * move is said aloud, and is an ordinary undoable edit of the card.
 */
export function ImpactEffortGrid({
  doc,
  workshop,
  step,
}: {
  doc: WindowDocument;
  workshop: Workshop;
  step: WorkshopStep;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  const [said, setSaid] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [pending, setPending] = useState<Record<string, GridPlace>>({});
  const saves = useRef<Promise<void>>(Promise.resolve());
  const cards = gridCards(doc, workshop, step);
  const actions = voteActions(doc, workshop);

  // A moved card is drawn anew in its square; focus follows it there unless it went elsewhere.
  useEffect(() => {
    if (focusId === null) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.isConnected && active !== document.body) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusId}"]`)?.focus();
  });

  const quadrantName = (q: Quadrant) => t(`workshop.grid.quadrant.${quadrantKey(q)}`);

  /** Where the card is, or is going while its move is being saved. */
  const placeOf = (card: WorkshopCard): GridPlace => pending[card.id] ?? card;

  const announce = (card: WorkshopCard, place: GridPlace) => {
    const q = quadrantOf(place);
    if (q) return t('workshop.grid.moved', { card: card.text, quadrant: quadrantName(q) });
    if (place.impact !== null)
      return t('workshop.grid.needsEffort', {
        card: card.text,
        level: t(`workshop.grid.impact.${place.impact}`),
      });
    if (place.effort !== null)
      return t('workshop.grid.needsImpact', {
        card: card.text,
        level: t(`workshop.grid.effort.${place.effort}`),
      });
    return t('workshop.grid.toTray', { card: card.text });
  };

  // Keys come faster than the saves: each move is drawn at once, builds on the one before, and
  // is saved after it, so two quick arrows place the card by both.
  const move = (card: WorkshopCard, place: GridPlace) => {
    const from = placeOf(card);
    if (place.impact === from.impact && place.effort === from.effort) return;
    setFocusId(card.id);
    setPending((p) => ({ ...p, [card.id]: place }));
    saves.current = saves.current.then(async () => {
      const refused = await actions.placeCard(card.id, place);
      setPending((p) => {
        if (p[card.id] !== place) return p;
        const rest = { ...p };
        delete rest[card.id];
        return rest;
      });
      setSaid(refused ? refused.message[language] : announce(card, place));
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, card: WorkshopCard) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const place = placeByKey(placeOf(card), event.key);
    if (!place) return;
    // The arrows are the card's here, not the workshop's way between steps.
    event.preventDefault();
    move(card, place);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, card: WorkshopCard) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      card,
      element: event.currentTarget,
      x: event.clientX,
      y: event.clientY,
      moving: false,
    };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moving && Math.hypot(dx, dy) < DRAG_START_PX) return;
    d.moving = true;
    d.element.classList.add('workshop-grid-dragging');
    d.element.style.transform = `translate(${dx}px, ${dy}px)`;
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moving) return;
    d.element.classList.remove('workshop-grid-dragging');
    d.element.style.transform = '';
    // The square under the pointer, looking past the card itself that hangs there.
    const zone = document
      .elementsFromPoint(event.clientX, event.clientY)
      .filter((el) => !d.element.contains(el))
      .map((el) => el.closest<HTMLElement>('[data-drop]'))
      .find((el) => el !== null && rootRef.current?.contains(el));
    const drop = zone?.dataset['drop'];
    if (!drop) return;
    const q = QUADRANTS.find((quadrant) => quadrantKey(quadrant) === drop);
    move(d.card, q ?? { impact: null, effort: null });
  };
  const onPointerCancel = () => {
    const d = drag.current;
    drag.current = null;
    d?.element.classList.remove('workshop-grid-dragging');
    if (d) d.element.style.transform = '';
  };

  /** What a card in the tray already has of its place: one axis chosen. */
  const half = ({ impact, effort }: GridPlace) =>
    (impact === null) !== (effort === null) && (
      <span className="workshop-grid-half">
        {impact !== null
          ? t(`workshop.grid.impact.${impact}`)
          : t(`workshop.grid.effort.${effort ?? 'low'}`)}
      </span>
    );

  const cardButton = (card: WorkshopCard) => (
    <li key={card.id} className="workshop-grid-item">
      <button
        type="button"
        className="workshop-grid-card"
        data-card-id={card.id}
        aria-describedby={`${id}-help`}
        onKeyDown={(e) => onKeyDown(e, card)}
        onPointerDown={(e) => onPointerDown(e, card)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
      >
        {card.text}
        {half(placeOf(card))}
      </button>
    </li>
  );

  const zone = (drop: string, title: string, inside: WorkshopCard[], className: string) => (
    <div
      key={drop}
      role="group"
      aria-labelledby={`${id}-${drop}`}
      className={className}
      data-drop={drop}
    >
      <h4 id={`${id}-${drop}`} className="workshop-grid-title">
        {title}
      </h4>
      {inside.length === 0 ? (
        <p className="workshop-grid-empty">{t('workshop.grid.emptyQuadrant')}</p>
      ) : (
        <ul className="workshop-grid-cards">{inside.map(cardButton)}</ul>
      )}
    </div>
  );

  const unplaced = cards.filter((c) => quadrantOf(placeOf(c)) === null);
  return (
    <section className="workshop-grid" aria-labelledby={`${id}-heading`} ref={rootRef}>
      <h3 id={`${id}-heading`} className="workshop-entries-heading">
        {t('workshop.grid.heading')}
      </h3>
      {cards.length === 0 ? (
        <p className="workshop-entries-empty">{t('workshop.grid.noCards')}</p>
      ) : (
        <>
          <p id={`${id}-help`} className="workshop-votes-text">
            {t('workshop.grid.help')}
          </p>
          <div className="workshop-grid-squares">
            {QUADRANTS.map((q) =>
              zone(
                quadrantKey(q),
                quadrantName(q),
                cards.filter((c) => {
                  const at = placeOf(c);
                  return at.impact === q.impact && at.effort === q.effort;
                }),
                `workshop-grid-square workshop-grid-${quadrantKey(q)}`,
              ),
            )}
          </div>
          {zone('tray', t('workshop.grid.tray'), unplaced, 'workshop-grid-tray')}
          <p className="workshop-votes-text" aria-live="polite">
            {said}
          </p>
        </>
      )}
    </section>
  );
}
