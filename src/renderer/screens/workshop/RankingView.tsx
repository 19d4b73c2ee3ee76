import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop } from '../../../shared/model/entities';
import { revealedRanking } from '../../../shared/workshop/ranking';
import { useAppStore } from '../../store';
import { inPlan, kindOf, RANKED_KINDS, voteCards, workshopVotes } from './prioritising';
import { useRankingUndoable, type VoteActions } from './use-votes';

type Outcome = { kind: 'applied' } | { kind: 'undone' } | { kind: 'refused'; error: AppError };

/**
 * The revealed vote: the drivers and the competences each ranked by their dots, as the ranking
 * is written into the plan, with a shared place said in words (»Delt 2. plads«), and the one
 * action that writes it — taken back with »Fortryd« while it is the plan's newest step.
 */
export function RankingView({
  doc,
  workshop,
  actions,
}: {
  doc: WindowDocument;
  workshop: Workshop;
  actions: VoteActions;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const undoable = useRankingUndoable(workshop);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cards = voteCards(doc, workshop);
  const votes = workshopVotes(doc, workshop);

  const apply = async () => {
    const refused = await actions.applyRanking();
    setOutcome(refused ? { kind: 'refused', error: refused } : { kind: 'applied' });
  };
  const undo = async () => {
    if (await actions.undo()) setOutcome({ kind: 'undone' });
  };

  return (
    <section className="workshop-ranking" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="workshop-votes-subheading">
        {t('workshop.votes.ranking')}
      </h4>
      {RANKED_KINDS.map((kind) => {
        const ranked =
          revealedRanking(
            workshop,
            cards.filter((c) => kindOf(c) === kind),
            votes,
          ) ?? [];
        if (ranked.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`${id}-${kind}`}>
            <h5 id={`${id}-${kind}`} className="workshop-ranking-group">
              {t(`workshop.votes.group.${kind}`)}
            </h5>
            <ol className="workshop-ranking-list">
              {ranked.map((r) => (
                <li
                  key={r.card.id}
                  className="workshop-ranked"
                  data-tied={r.tied ? 'true' : undefined}
                >
                  <span className="workshop-ranked-place">
                    {t(r.tied ? 'workshop.votes.sharedPlace' : 'workshop.votes.place', {
                      rank: r.rank,
                    })}
                  </span>
                  <span className="workshop-ranked-text">{r.card.text}</span>
                  <span className="workshop-ranked-dots">
                    {t('workshop.votes.dots', { count: r.total })}
                  </span>
                  <span className="workshop-ranked-plan">
                    {t(inPlan(doc, r.card) ? 'workshop.votes.inPlan' : 'workshop.votes.notInPlan')}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <p className="workshop-votes-text">{t('workshop.votes.applyHint')}</p>
      <div className="workshop-votes-actions">
        <button type="button" className="workshop-button" onClick={() => void apply()}>
          {t('workshop.votes.apply')}
        </button>
        {undoable && (
          <button
            type="button"
            className="workshop-button workshop-quiet-button"
            onClick={() => void undo()}
          >
            {t('workshop.votes.undo')}
          </button>
        )}
      </div>
      <p className="workshop-votes-refusal" role="alert">
        {outcome?.kind === 'refused' ? outcome.error.message[language] : ''}
      </p>
      <p className="workshop-votes-text" aria-live="polite">
        {outcome?.kind === 'applied'
          ? t('workshop.votes.applied')
          : outcome?.kind === 'undone'
            ? t('workshop.votes.undone')
            : ''}
      </p>
    </section>
  );
}
