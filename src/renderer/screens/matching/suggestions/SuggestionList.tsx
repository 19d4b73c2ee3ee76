import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../matching.css';

/** How many suggestions show before "show all": the strongest fit on a projector without scrolling. */
const FIRST = 4;

/** A titled list of suggestions, the strongest first and the rest one press away. */
export function SuggestionList({
  headingId,
  heading,
  notice,
  count,
  children,
}: {
  headingId: string;
  heading: string;
  notice: string | null;
  count: number;
  children: (visible: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const visible = all ? count : Math.min(count, FIRST);
  return (
    <div className="suggestions" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="suggestions-heading">
        {heading}
      </h4>
      {notice && <p className="suggestions-notice">{notice}</p>}
      {count > 0 && <ul className="suggestion-list no-max-width">{children(visible)}</ul>}
      {count > FIRST && (
        <button
          type="button"
          className="button button-tertiary button-small suggestions-toggle"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? t('matching.suggestions.showFewer') : t('matching.suggestions.showAll', { count })}
        </button>
      )}
    </div>
  );
}
