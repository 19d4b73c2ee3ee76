import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../store';
import './screen.css';

/** The id of the current screen's heading: the one place focus goes when the screen changes. */
export const SCREEN_HEADING_ID = 'plan-screen-heading';

/** The id of a step's screen, which links to the step point at. */
export const sectionId = (view: PlanView): string => `screen-${view}`;

/** One step of the plan: its heading (a focus target), a line on what it is for, and the content. */
export function Screen({
  view,
  intro,
  children,
}: {
  view: PlanView;
  intro?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section
      id={sectionId(view)}
      className={`plan-screen plan-screen-${view}`}
      aria-labelledby={SCREEN_HEADING_ID}
      tabIndex={-1}
    >
      <h2 id={SCREEN_HEADING_ID} tabIndex={-1} className="plan-screen-heading">
        {t(`planner.views.${view}`)}
      </h2>
      {intro && <p className="plan-screen-intro">{intro}</p>}
      {children}
    </section>
  );
}
