import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../../shared/model/document';
import { useFormat } from '../../i18n/use-format';
import { SECTIONS, sectionId, type SectionKey } from './sections';
import { useActiveSection } from './use-active-section';

/** Jumps within the one long page; focus moves with the view so Tab continues from there. */
export function PlanNav({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [active, setActive] = useActiveSection();

  const go = (key: SectionKey) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.getElementById(sectionId(key));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    setActive(key);
  };

  return (
    <nav className="plan-nav" aria-label={t('plan.navLabel')}>
      <ul className="sidemenu">
        {SECTIONS.map((section) => {
          const current = section.key === active;
          const count = section.count?.(doc);
          return (
            <li key={section.key} className={current ? 'active' : undefined}>
              <a
                className="nav-link plan-nav-link"
                href={`#${sectionId(section.key)}`}
                aria-current={current ? 'location' : undefined}
                onClick={go(section.key)}
              >
                <span className="plan-nav-label">{t(`plan.sections.${section.key}`)}</span>
                {count !== undefined && (
                  <span className="plan-nav-count">
                    <span aria-hidden="true">{format.number(count)}</span>
                    <span className="sr-only">
                      {', '}
                      {t('plan.countLabel', { count: format.number(count) })}
                    </span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
