import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Priority } from '../../../shared/model/enums';
import { entryCards, type EntryPart } from '../../../shared/workshop/step-entries';

const PRIORITY_WORD = { 1: 'priority.high', 2: 'priority.medium', 3: 'priority.low' } as const;

/** The plan's current entries for a step, as large cards the back of the room can read. */
export function StepEntries({ doc, part }: { doc: WindowDocument; part: EntryPart }) {
  const { t } = useTranslation();
  const id = useId();
  const cards = entryCards(doc, part);
  // »Høj prioritet«: the word the editor shows, which names itself.
  const priority = (p: Priority) => t(PRIORITY_WORD[p]);
  return (
    <section className="workshop-entries" aria-labelledby={id}>
      <h3 id={id} className="workshop-entries-heading">
        {t('workshop.mode.fromPlan')}: {t(`workshop.entries.${part}`)}
      </h3>
      {cards.length === 0 ? (
        <p className="workshop-entries-empty">{t(`workshop.empty.${part}`)}</p>
      ) : (
        <ul className="workshop-cards">
          {cards.map((card) => (
            <li key={card.key} className="workshop-card">
              <span className="workshop-card-title">{card.title}</span>
              {card.priority !== undefined && (
                <span className="workshop-card-detail">{priority(card.priority)}</span>
              )}
              {card.levels && (
                <span className="workshop-card-detail">
                  {t('workshop.card.levels', card.levels)}
                </span>
              )}
              {card.owner !== undefined && (
                <span className="workshop-card-detail">
                  {card.owner === null
                    ? t('workshop.card.noOwner')
                    : t('workshop.card.owner', { name: card.owner })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
