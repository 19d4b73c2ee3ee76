import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import { CheckMark } from '../../components/CheckMark';
import { useFormat } from '../../i18n/use-format';
import { currentView, useAppStore, type PlanView } from '../../store';
import { SCREEN_HEADING_ID, sectionId } from '../../components/Screen';
import { focusHeadingById } from '../../components/focus-heading';
import { GuideLauncher, useGuideState } from '../guide';
import { SECTIONS, type StepState } from './sections';

/** The committee's recurring year, after following the plan: årshjul, the fund, the evaluation. */
const YEAR_SECTIONS: readonly { key: PlanView; state: (doc: WindowDocument) => StepState }[] = [
  { key: 'yearWheel', state: (d) => ({ kind: 'count', count: d.yearItems.length }) },
  { key: 'funding', state: () => ({ kind: 'none' }) },
  { key: 'evaluation', state: (d) => ({ kind: 'count', count: d.evaluations.length }) },
];
const NAV_SECTIONS = [...SECTIONS, ...YEAR_SECTIONS];

/** The plan's steps, each its own screen, with how far each has come. */
export function PlanNav({ doc }: { doc: WindowDocument }) {
  const { t } = useTranslation();
  const active = useAppStore(currentView);
  const setView = useAppStore((s) => s.setView);
  const leave = useAppStore((s) => s.leave);
  const closeGuide = useAppStore((s) => s.closeGuide);
  const guideOpen = useGuideState().open;

  const go = (view: PlanView) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    // The step already shown: its heading still takes focus, as the link promises.
    if (view === active && !guideOpen) {
      focusHeadingById(SCREEN_HEADING_ID);
      return;
    }
    // One question for leaving the guide and changing screen; once answered, setView finds
    // nothing left to ask about. Closing the guide puts focus on the screen's heading.
    leave(() => {
      closeGuide();
      if (view !== active) setView(view);
    });
  };

  return (
    <nav className="plan-nav" aria-label={t('planner.nav.label')}>
      <ol className="plan-steps no-max-width">
        {NAV_SECTIONS.map((section, index) => {
          // While the guide is on screen it is the current place, not the step beneath it.
          const current = !guideOpen && section.key === active;
          const state = section.state(doc);
          return (
            <li key={section.key} className={current ? 'plan-step active' : 'plan-step'}>
              <a
                className="plan-step-link"
                href={`#${sectionId(section.key)}`}
                aria-current={current ? 'page' : undefined}
                onClick={go(section.key)}
              >
                <span
                  className={`plan-step-number${isDone(state) ? ' done' : ''}`}
                  aria-hidden="true"
                >
                  {isDone(state) ? <CheckMark className="plan-step-check" /> : index + 1}
                </span>
                <span className="plan-step-label">{t(`planner.views.${section.key}`)}</span>
                <StepBadge state={state} />
              </a>
            </li>
          );
        })}
      </ol>
      <GuideLauncher className="button button-tertiary plan-guide-launcher" />
    </nav>
  );
}

function isDone(state: StepState): boolean {
  if (state.kind === 'count') return state.count > 0;
  if (state.kind === 'fields') return state.done === state.total;
  return false;
}

function StepBadge({ state }: { state: StepState }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (state.kind === 'none') return null;
  if (state.kind === 'fields') {
    return (
      <span className="plan-step-count">
        <span aria-hidden="true">
          {format.number(state.done)}/{format.number(state.total)}
        </span>
        <span className="sr-only">
          {', '}
          {t('planner.nav.filled', {
            done: format.number(state.done),
            total: format.number(state.total),
          })}
        </span>
      </span>
    );
  }
  return (
    <span className="plan-step-count">
      <span aria-hidden="true">{format.number(state.count)}</span>
      <span className="sr-only">
        {', '}
        {state.count === 0
          ? t('planner.nav.empty')
          : t('planner.nav.count', { count: format.number(state.count) })}
      </span>
    </span>
  );
}
