import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamPlanEntry, TeamPlanReason } from '../../../shared/workshop/team-plan';

/** Why an entry is recognised, in words; an activity's title counts under its competence only. */
function reasonKey(
  kind: TeamPlanEntry['kind'],
  reason: TeamPlanReason,
): `sharing.teamPlan.reason.${TeamPlanReason | 'sameTitleActivity'}` {
  return reason === 'same-title' && kind === 'activity'
    ? 'sharing.teamPlan.reason.sameTitleActivity'
    : `sharing.teamPlan.reason.${reason}`;
}

function EntryList({
  heading,
  empty,
  entries,
}: {
  heading: string;
  empty: string;
  entries: readonly TeamPlanEntry[];
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="team-plan-list" aria-labelledby={id}>
      <h3 id={id} className="team-plan-list-heading">
        {heading} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="team-plan-empty">{empty}</p>
      ) : (
        <ul className="team-plan-entries">
          {entries.map((entry, index) => (
            <li key={index} className="team-plan-entry">
              <span className="team-plan-kind">{t(`sharing.kinds.${entry.kind}`)}</span>{' '}
              <span className="team-plan-title">{entry.title}</span>
              {entry.reason !== null && (
                <span className="team-plan-reason">
                  {' – '}
                  {t(reasonKey(entry.kind, entry.reason))}
                  {entry.planTitle !== null &&
                    `; ${t('sharing.teamPlan.planTitle', { title: entry.planTitle })}`}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The two lists a filing shows, before and after: what is added, what the plan already has. */
export function TeamPlanLists({
  added,
  found,
}: {
  added: readonly TeamPlanEntry[];
  found: readonly TeamPlanEntry[];
}) {
  const { t } = useTranslation();
  return (
    <div className="team-plan-lists">
      <EntryList
        heading={t('sharing.teamPlan.added')}
        empty={t('sharing.teamPlan.nothingAdded')}
        entries={added}
      />
      <EntryList
        heading={t('sharing.teamPlan.found')}
        empty={t('sharing.teamPlan.nothingFound')}
        entries={found}
      />
    </div>
  );
}
