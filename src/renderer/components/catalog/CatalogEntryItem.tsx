import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../../shared/catalog';
import { useAppStore } from '../../store';

/**
 * One catalogue entry in the reader's language. An English reader also sees the Danish title
 * small, since the plan and the committee's papers use the Danish names; a Danish reader sees
 * Danish only.
 */
export function CatalogEntryItem({
  entry,
  inPlan,
  disabled,
  onAdopt,
}: {
  entry: CatalogEntry;
  inPlan: boolean;
  disabled: boolean;
  onAdopt: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <li className={inPlan ? 'catalog-entry catalog-entry-in-plan' : 'catalog-entry'}>
      <div className="catalog-entry-text">
        <h3 className="catalog-entry-title">{entry.title[language]}</h3>
        {language === 'en' && (
          <p className="catalog-entry-other" lang="da">
            {entry.title.da}
          </p>
        )}
        <p className="catalog-entry-description">{entry.description[language]}</p>
      </div>
      <div className="catalog-entry-action">
        {inPlan ? (
          <span className="in-plan-tag">{t('matching.inPlan')}</span>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('matching.picker.adoptItem', { name: entry.title[language] })}
            // Not disabled while another entry is being added: focus would be lost.
            aria-disabled={disabled || undefined}
            onClick={() => {
              if (!disabled) onAdopt();
            }}
          >
            {t('matching.picker.adopt')}
          </button>
        )}
      </div>
    </li>
  );
}
