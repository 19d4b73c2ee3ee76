import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCard, WorkshopVote } from '../../../shared/model/entities';
import { sameParticipant } from '../../../shared/workshop/voters';
import { useAppStore } from '../../store';
import type { VoteActions } from './use-votes';

type Mode = 'participant' | 'totals';

/** A field's number of dots: blank is none (for a total: leave the card's total as it is). */
const dotsOf = (typed: string | undefined): number | null => {
  if (typed === undefined || typed.trim() === '') return null;
  const n = Number(typed);
  return Number.isInteger(n) && n >= 0 ? n : null;
};

/**
 * Where the facilitator types the votes in: one participant's dots per card, within the
 * allowance, or the room's totals per card as counted on the wall. The fields start empty each
 * time, so nothing on the screen tells the room where anyone's dots went.
 */
export function VoteEntry({
  cards,
  votes,
  allowance,
  actions,
}: {
  cards: readonly WorkshopCard[];
  votes: readonly WorkshopVote[];
  allowance: number;
  actions: VoteActions;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [mode, setMode] = useState<Mode>('participant');
  const [name, setName] = useState('');
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const given = new Map<string, number>();
  for (const card of cards) {
    const dots = dotsOf(typed[card.id]);
    if (dots !== null) given.set(card.id, dots);
  }
  const used = [...given.values()].reduce((sum, n) => sum + n, 0);

  const refuse = (text: string) => setMessage({ text, refused: true });

  /** The refusal the form gives before anything is written, or null when it may be saved. */
  const ballotRefusal = (participant: string): string | null => {
    if (participant === '') return t('workshop.votes.nameMissing');
    if (used > allowance) {
      return t('workshop.votes.overAllowance', {
        name: participant,
        used,
        allowance,
        count: used - allowance,
      });
    }
    const votedBefore = votes.some(
      (v) => v.participant !== null && sameParticipant(v.participant, participant),
    );
    if (used === 0 && !votedBefore) return t('workshop.votes.noDots');
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const participant = name.trim().replace(/\s+/g, ' ');
    if (mode === 'participant') {
      const refusal = ballotRefusal(participant);
      if (refusal) return refuse(refusal);
    } else if (given.size === 0) {
      return refuse(t('workshop.votes.totalsMissing'));
    }
    setBusy(true);
    const refused =
      mode === 'participant'
        ? await actions.saveBallot(participant, given)
        : await actions.saveTotals(given);
    setBusy(false);
    if (refused) return refuse(refused.message[language]);
    setTyped({});
    setName('');
    setMessage({
      text:
        mode === 'totals'
          ? t('workshop.votes.totalsSaved')
          : t(used === 0 ? 'workshop.votes.ballotRemoved' : 'workshop.votes.ballotSaved', {
              name: participant,
            }),
      refused: false,
    });
  };

  const choose = (next: Mode) => {
    setMode(next);
    setTyped({});
    setMessage(null);
  };

  return (
    <form
      className="workshop-vote-entry"
      aria-labelledby={`${id}-legend`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <fieldset className="workshop-vote-mode">
        <legend id={`${id}-legend`} className="workshop-votes-subheading">
          {t('workshop.votes.entry')}
        </legend>
        {(['participant', 'totals'] as const).map((m) => (
          <label key={m} className="workshop-vote-choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => choose(m)}
            />
            {t(m === 'participant' ? 'workshop.votes.byParticipant' : 'workshop.votes.asTotals')}
          </label>
        ))}
      </fieldset>
      {mode === 'participant' && (
        <p className="workshop-votes-field">
          <label htmlFor={`${id}-name`}>{t('workshop.votes.participant')}</label>
          <input
            id={`${id}-name`}
            className="workshop-votes-input"
            value={name}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        </p>
      )}
      <ul className="workshop-vote-cards">
        {cards.map((card) => (
          <li key={card.id} className="workshop-vote-card">
            <label htmlFor={`${id}-${card.id}`} className="workshop-vote-card-text">
              {card.text}
            </label>
            <input
              id={`${id}-${card.id}`}
              type="number"
              min={0}
              max={mode === 'participant' ? allowance : undefined}
              className="workshop-votes-input workshop-votes-number"
              aria-label={t('workshop.votes.dotsOn', { card: card.text })}
              value={typed[card.id] ?? ''}
              onChange={(e) => setTyped({ ...typed, [card.id]: e.target.value })}
            />
          </li>
        ))}
      </ul>
      {mode === 'participant' && (
        <p className="workshop-votes-text" aria-live="polite">
          {t('workshop.votes.used', { used, count: allowance })}
        </p>
      )}
      <button type="submit" className="workshop-button" disabled={busy}>
        {t(mode === 'participant' ? 'workshop.votes.saveBallot' : 'workshop.votes.saveTotals')}
      </button>
      {/* Both kept in the page, so a screen reader hears each message as it comes. */}
      <p className="workshop-votes-refusal" role="alert">
        {message?.refused ? message.text : ''}
      </p>
      <p className="workshop-votes-text" aria-live="polite">
        {message && !message.refused ? message.text : ''}
      </p>
    </form>
  );
}
