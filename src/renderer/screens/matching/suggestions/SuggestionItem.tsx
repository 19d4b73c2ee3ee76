import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strength } from '../../../../shared/catalog';
import type { SuggestionReason } from '../../../../shared/recommend';
import { CheckMark } from '../../../components/catalog/CheckMark';
import { StrengthTag } from '../../../components/catalog/StrengthTag';
import { useAppStore } from '../../../store';

/**
 * One suggestion with the reasons behind it. The "already chosen" reason is said by the tag, so
 * it is not repeated as text. After adopting, focus moves to the title, since the button it was on
 * gives way to the tag.
 */
export function SuggestionItem({
  title,
  strength,
  reasons,
  chosen,
  chosenLabel,
  actionLabel,
  actionName,
  readOnly,
  onAdopt,
}: {
  title: string;
  strength: Strength;
  reasons: readonly SuggestionReason[];
  chosen: boolean;
  chosenLabel: string;
  actionLabel: string;
  /** The button's full name, saying what it acts on. */
  actionName: string;
  readOnly: boolean;
  onAdopt: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [working, setWorking] = useState(false);
  const titleRef = useRef<HTMLSpanElement>(null);
  const [fit, ...more] = reasons.filter((reason) => reason.code !== 'chosen');

  const adopt = async () => {
    if (working) return;
    setWorking(true);
    await onAdopt();
    setWorking(false);
    titleRef.current?.focus();
  };

  return (
    <li className={chosen ? 'suggestion suggestion-chosen' : 'suggestion'}>
      <div className="suggestion-head">
        <span ref={titleRef} tabIndex={-1} className="suggestion-title">
          {title}
        </span>
        {/* Shown above the title, read after it: the title is what a listener needs first. */}
        <div className="suggestion-meta">
          <StrengthTag strength={strength} />
          {chosen ? (
            <span className="in-use-tag">
              <CheckMark />
              {chosenLabel}
            </span>
          ) : (
            !readOnly && (
              <button
                type="button"
                className="button button-secondary button-small suggestion-adopt"
                aria-label={actionName}
                aria-disabled={working || undefined}
                onClick={() => void adopt()}
              >
                {actionLabel}
              </button>
            )
          )}
        </div>
      </div>
      {fit && <p className="suggestion-reason">{fit.text[language]}</p>}
      {more.length > 0 && (
        <p className="suggestion-more">
          <span className="sr-only">{t('matching.suggestions.moreReasons')} </span>
          {more.map((reason) => reason.text[language]).join(' ')}
        </p>
      )}
    </li>
  );
}
