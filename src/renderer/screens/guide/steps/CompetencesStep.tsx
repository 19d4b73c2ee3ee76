import { useImperativeHandle, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntry } from '../../../../shared/catalog';
import { StrengthTag } from '../../../components/catalog/StrengthTag';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { ChoiceItem } from '../ChoiceItem';
import { readGuide } from '../guide-record';
import { currentDocument } from '../guide-writes';
import type { StepProps } from '../step-handle';
import { competenceOptions, isTicked, type CompetenceOption } from './competences-model';
import { saveCompetences } from './competences-save';
import { LevelChoice, type Levels } from './LevelChoice';

/** Step 4: which competences — what the chosen drivers call for, with the catalogue's reasons. */
export function CompetencesStep({ ref, planId, doc, record }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const options = useMemo(() => competenceOptions(doc, record), [doc, record]);
  const [changes, setChanges] = useState<Record<string, boolean>>({});
  const [levels, setLevels] = useState<Record<string, Levels>>({});
  const levelsOf = (o: CompetenceOption): Levels =>
    levels[o.key] ?? {
      currentLevel: o.row?.currentLevel ?? null,
      targetLevel: o.row?.targetLevel ?? null,
    };

  useImperativeHandle(
    ref,
    () => ({
      save: async () => {
        const fresh = currentDocument();
        if (!fresh) return 'failed';
        const now = competenceOptions(fresh, readGuide(planId) ?? record);
        return (await saveCompetences(planId, fresh, now, changes, levels)) ? 'saved' : 'failed';
      },
    }),
    [changes, levels, planId, record],
  );

  const titleOf = (o: CompetenceOption) =>
    o.row?.title ?? catalogEntry('competence', o.key)?.title[language] ?? o.key;
  const driverTitles = (o: CompetenceOption) =>
    format.list(o.reasons.map((reason) => reason.driverTitle));

  if (options.length === 0) {
    return <p className="guide-note">{t('guide.competences.noSuggestions')}</p>;
  }
  return (
    <>
      {doc.targetGroups.length > 0 && (
        <p className="guide-note">
          {t('guide.competences.linkedTo', {
            groups: format.list(doc.targetGroups.map((group) => group.name)),
          })}
        </p>
      )}
      <fieldset className="guide-group">
        <legend className="guide-group-label">{t('guide.competences.listLabel')}</legend>
        <p className="guide-note">{t('guide.competences.levelsHint')}</p>
        <ul className="guide-choices no-max-width">
          {options.map((o) => (
            <ChoiceItem
              key={o.key}
              title={titleOf(o)}
              checked={o.locked || isTicked(o, changes)}
              disabled={o.locked}
              onChange={(on) => setChanges((c) => ({ ...c, [o.key]: on }))}
              aside={
                o.locked || isTicked(o, changes) ? (
                  <LevelChoice
                    name={titleOf(o)}
                    value={levelsOf(o)}
                    onChange={(value) => setLevels((l) => ({ ...l, [o.key]: value }))}
                  />
                ) : undefined
              }
              details={
                <>
                  <span className="guide-choice-meta">
                    {o.strength !== null && <StrengthTag strength={o.strength} />}
                    {o.reasons.length > 0 && (
                      <span>
                        {t('guide.competences.suggestedBy', { drivers: driverTitles(o) })}
                      </span>
                    )}
                    {o.locked && <span className="guide-in-plan">{t('guide.frame.inPlan')}</span>}
                  </span>
                  {o.reasons.length === 0 ? (
                    <span className="guide-choice-text">{t('guide.competences.notSuggested')}</span>
                  ) : (
                    o.reasons.map((reason) => (
                      <span key={reason.driverId} className="guide-choice-text">
                        {o.reasons.length > 1 && (
                          <span className="guide-reason-from">
                            {t('guide.competences.reasonFrom', { driver: reason.driverTitle })}{' '}
                          </span>
                        )}
                        {reason.text[language]}
                      </span>
                    ))
                  )}
                </>
              }
            />
          ))}
        </ul>
      </fieldset>
    </>
  );
}
