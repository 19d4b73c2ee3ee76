import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionId, type SectionKey } from './sections';

/** One part of the plan: a focusable landing point for the side navigation, with its heading. */
export function Section({ sectionKey, children }: { sectionKey: SectionKey; children: ReactNode }) {
  const { t } = useTranslation();
  const id = sectionId(sectionKey);
  return (
    <section id={id} className="plan-section" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{t(`plan.sections.${sectionKey}`)}</h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty-text">{children}</p>;
}
