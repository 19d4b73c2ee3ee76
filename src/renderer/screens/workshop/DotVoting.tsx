import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop, WorkshopVote } from '../../../shared/model/entities';
import { votersOver, whoHasVoted } from '../../../shared/workshop/voters';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { voteCards, workshopVotes } from './prioritising';
import { RankingView } from './RankingView';
import { voteActions } from './use-votes';
import { VoteEntry } from './VoteEntry';

/**
 * The dot vote as the committee runs it on paper: each participant's dots entered (or the room's
 * totals), hidden until the facilitator shows them — meanwhile the room sees who has voted and
 * how many dots each has used, not where — and then the ranking.
 */
export function DotVoting({ doc, workshop }: { doc: WindowDocument; workshop: Workshop }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [refused, setRefused] = useState<AppError | null>(null);
  const cards = voteCards(doc, workshop);
  const votes = workshopVotes(doc, workshop);
  const voters = whoHasVoted(votes);
  const totals = new Set(votes.filter((v) => v.participant === null).map((v) => v.cardId)).size;
  const actions = voteActions(doc, workshop);
  const allowance = workshop.dotsPerParticipant;

  const reveal = async (revealed: boolean) => setRefused(await actions.setRevealed(revealed));

  return (
    <section className="workshop-votes" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="workshop-entries-heading">
        {t('workshop.votes.heading')}
      </h3>
      {cards.length === 0 ? (
        <p className="workshop-entries-empty">{t('workshop.votes.noCards')}</p>
      ) : (
        <>
          <DotsSetting workshop={workshop} votes={votes} onSave={actions.setDotsPerParticipant} />
          <section className="workshop-voters" aria-labelledby={`${id}-voters`}>
            <h4 id={`${id}-voters`} className="workshop-votes-subheading">
              {t('workshop.votes.voters')}
            </h4>
            {voters.length === 0 && totals === 0 ? (
              <p className="workshop-votes-text">{t('workshop.votes.noVoters')}</p>
            ) : (
              <ul className="workshop-voter-list">
                {voters.map((v) => (
                  <li key={v.participant}>
                    {t('workshop.votes.voter', {
                      name: v.participant,
                      used: v.dots,
                      count: allowance,
                    })}
                  </li>
                ))}
                {totals > 0 && <li>{t('workshop.votes.totals', { count: totals })}</li>}
              </ul>
            )}
          </section>
          {workshop.votesRevealed ? (
            <>
              <RankingView doc={doc} workshop={workshop} actions={actions} />
              <button
                type="button"
                className="workshop-button workshop-quiet-button"
                onClick={() => void reveal(false)}
              >
                {t('workshop.votes.hide')}
              </button>
            </>
          ) : (
            <>
              <p className="workshop-votes-text">{t('workshop.votes.hidden')}</p>
              <button type="button" className="workshop-button" onClick={() => void reveal(true)}>
                {t('workshop.votes.reveal')}
              </button>
            </>
          )}
          {refused && (
            <p className="workshop-votes-refusal" role="alert">
              {refused.message[language]}
            </p>
          )}
          <VoteEntry cards={cards} votes={votes} allowance={allowance} actions={actions} />
        </>
      )}
    </section>
  );
}

/**
 * The dots each participant has, 1–20, saved when the field is left with a new number. Never
 * fewer than someone has given already: their votes would then be counted over the allowance or
 * cut without a word, so the room is told whose ballots to enter again first.
 */
function DotsSetting({
  workshop,
  votes,
  onSave,
}: {
  workshop: Workshop;
  votes: readonly WorkshopVote[];
  onSave: (dots: number) => Promise<AppError | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const commit = async () => {
    if (typed === null) return;
    const dots = Number(typed);
    if (typed.trim() === '' || !Number.isInteger(dots) || dots < 1 || dots > 20) {
      setWrong(true);
      setRefusal(null);
      return;
    }
    setWrong(false);
    setTyped(null);
    const over = votersOver(votes, dots);
    if (over.length > 0) {
      const given = over.map((voter, i) =>
        t(i === 0 ? 'workshop.votes.lowerGivenFirst' : 'workshop.votes.lowerGivenMore', {
          name: voter.participant,
          used: voter.dots,
        }),
      );
      setRefusal(t('workshop.votes.lowerRefused', { count: dots, given: format.list(given) }));
      return;
    }
    setRefusal(null);
    if (dots === workshop.dotsPerParticipant) return;
    const refused = await onSave(dots);
    if (refused) setRefusal(refused.message[language]);
  };
  const message = wrong ? t('workshop.votes.dotsRange') : refusal;
  return (
    <p className="workshop-votes-field">
      <label htmlFor={id}>{t('workshop.votes.dotsLabel')}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={20}
        className="workshop-votes-input workshop-votes-number"
        value={typed ?? String(workshop.dotsPerParticipant)}
        aria-invalid={wrong}
        aria-describedby={message ? `${id}-wrong` : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
      />
      {message && (
        <span id={`${id}-wrong`} className="workshop-votes-refusal" role="alert">
          {message}
        </span>
      )}
    </p>
  );
}
