import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogEntry } from '../../../../shared/catalog';
import type { Method } from '../../../../shared/model/entities';
import { StrengthTag } from '../../../components/catalog/StrengthTag';
import { useAppStore } from '../../../store';
import { ChoiceItem } from '../ChoiceItem';
import { isTicked, type MethodGroup, type MethodOption } from './methods-model';

/**
 * The methods for one competence. Those that can only support are folded away unless ticked, so
 * the list stays short enough to read on a projector.
 */
export function MethodGroupChoices({
  group,
  methods,
  changes,
  onChange,
}: {
  group: MethodGroup;
  methods: readonly Method[];
  changes: Record<string, boolean>;
  onChange: (key: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const planTitles = new Map(methods.map((m) => [m.id, m.title]));
  const titleOf = (o: MethodOption) =>
    (o.methodId !== null ? planTitles.get(o.methodId) : undefined) ??
    catalogEntry('method', o.methodKey)?.title[language] ??
    o.methodKey;
  const folded = group.options.filter((o) => o.strength === 3 && !isTicked(o, changes));
  const shown = expanded ? group.options : group.options.filter((o) => !folded.includes(o));

  return (
    <fieldset className="guide-group guide-method-group">
      <legend className="guide-group-label">
        {t('guide.methods.groupLabel', { name: group.competence.title })}
      </legend>
      {group.notice && <p className="guide-note">{group.notice[language]}</p>}
      <ul id={`${id}-list`} className="guide-choices no-max-width">
        {shown.map((o) => {
          const [fit, ...more] = o.reasons;
          return (
            <ChoiceItem
              key={o.key}
              title={titleOf(o)}
              checked={isTicked(o, changes)}
              onChange={(on) => onChange(o.key, on)}
              details={
                <>
                  <span className="guide-choice-meta">
                    <StrengthTag strength={o.strength} />
                  </span>
                  {fit && <span className="guide-choice-text">{fit[language]}</span>}
                  {more.length > 0 && (
                    <span className="guide-choice-more">
                      {more.map((reason) => reason[language]).join(' ')}
                    </span>
                  )}
                </>
              }
            />
          );
        })}
      </ul>
      {(folded.length > 0 || expanded) && (
        <button
          type="button"
          className="button button-tertiary button-small guide-more"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded
            ? t('guide.methods.showFewer')
            : t('guide.methods.showMore', { count: folded.length })}
        </button>
      )}
    </fieldset>
  );
}
