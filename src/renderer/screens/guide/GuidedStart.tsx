import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type PlanView } from '../../store';
import { focusHeading } from '../../components/focus-heading';
import { adoptPending } from './adopt-pending';
import { GuideActions, GuideDoneActions } from './GuideActions';
import { GuideFeedback } from './GuideFeedback';
import { GuideProgress } from './GuideProgress';
import {
  GUIDE_STEPS,
  markGuideFinished,
  markGuideSkipped,
  newGuideRecord,
  readGuide,
  updateGuide,
  type GuideStep,
} from './guide-record';
import { resumeStep, stepIndex } from './guide-progress';
import type { LeaveMode, SaveOutcome, StepHandle, StepProps } from './step-handle';
import { CompetencesStep } from './steps/CompetencesStep';
import { DoneStep } from './steps/DoneStep';
import { DriversStep } from './steps/DriversStep';
import { MethodsStep } from './steps/MethodsStep';
import { PlanStep } from './steps/PlanStep';
import { TargetGroupsStep } from './steps/TargetGroupsStep';
import { useGuideRecord } from './use-guide-record';
import './guide.css';

export interface GuidedStartProps {
  /** The guide is done: it has marked itself finished, and the plan should be shown. */
  onFinish: () => void;
  /** The secretary skipped the guide: it has marked itself skipped; show the plan. */
  onSkip: () => void;
  /** "Save and continue later": the guide stays in progress. Without it, `onFinish` is called. */
  onPause?: () => void;
}

const STEPS: Record<Exclude<GuideStep, 'done'>, ComponentType<StepProps>> = {
  plan: PlanStep,
  drivers: DriversStep,
  targetGroups: TargetGroupsStep,
  competences: CompetencesStep,
  methods: MethodsStep,
};

export const GUIDE_HEADING_ID = 'guide-step-heading';

/**
 * The guided start for the open plan: one short step at a time, each saved into the plan as the
 * secretary moves on, so closing the program loses nothing and what it makes are ordinary rows.
 */
export function GuidedStart(props: GuidedStartProps) {
  const planId = useAppStore((s) => s.snapshot?.document.plan.id ?? null);
  if (planId === null) return null;
  return <GuideRun key={planId} planId={planId} {...props} />;
}

function GuideRun({ planId, onFinish, onSkip, onPause }: GuidedStartProps & { planId: string }) {
  const { t } = useTranslation();
  const doc = useAppStore((s) => s.snapshot?.document ?? null);
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? true);
  const setView = useAppStore((s) => s.setView);
  const [step, setStep] = useState<GuideStep>(() => {
    if (!doc) return 'plan';
    // Before any step reads what the guide made: rows saved just before the program closed.
    adoptPending(planId, doc);
    return resumeStep(readGuide(planId), doc);
  });
  // Read after the line above, so the steps start from the settled record.
  const stored = useGuideRecord(planId);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const stepRef = useRef<StepHandle>(null);
  const inFlight = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Set once the secretary has finished or skipped the guide. The effect below runs after the
  // step is drawn, and a click can come between the two: on the last step, "Gå til planens
  // overblik" then marked the guide finished and the effect marked it running again.
  const leaving = useRef(false);

  // Where the secretary is, remembered as soon as they get there: this is what "resume" reads.
  useEffect(() => {
    if (!readOnly && !leaving.current) {
      updateGuide(planId, (record) => ({ ...record, status: 'running', step }));
    }
  }, [planId, step, readOnly]);

  // Every new step starts at its heading, so keyboard and screen reader begin at the top.
  useEffect(() => {
    focusHeading(headingRef.current);
  }, [step]);

  // Choosing another of the plan's screens in the navigation leaves the guide for later, as
  // "Gem og fortsæt senere" does (without saving the step on screen, which may be half done).
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.view !== previous.view && !leaving.current) (onPause ?? onFinish)();
      }),
    [onPause, onFinish],
  );

  if (!doc) return null;
  const record = stored ?? newGuideRecord(step);
  const index = stepIndex(step);
  const total = GUIDE_STEPS.length;

  async function leave(mode: LeaveMode, target: GuideStep | null) {
    // A ref, not the state: a double click arrives before the re-render that would show it.
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setOutcome(null);
    const result = (await stepRef.current?.save(mode)) ?? 'saved';
    inFlight.current = false;
    setSaving(false);
    if (result !== 'saved') {
      setOutcome(result);
      return;
    }
    if (target !== null) setStep(target);
    else (onPause ?? onFinish)();
  }

  const go = (offset: number) => GUIDE_STEPS[index + offset] ?? step;
  const skip = () => {
    if (inFlight.current) return;
    leaving.current = true;
    markGuideSkipped(planId);
    onSkip();
  };
  const finish = (view: PlanView) => {
    leaving.current = true;
    markGuideFinished(planId);
    setView(view);
    onFinish();
  };

  const Current = step === 'done' ? null : STEPS[step];
  return (
    <section className="guide" aria-labelledby={GUIDE_HEADING_ID}>
      <GuideProgress step={step} />
      <h2 id={GUIDE_HEADING_ID} ref={headingRef} tabIndex={-1} className="guide-heading">
        {/* Seen as a caption above the question, heard as "Trin 2 af 6: …" before it. */}
        <span className="guide-step-of" aria-hidden="true">
          {t('guide.frame.stepOf', { step: index + 1, total })}
        </span>
        <span className="sr-only">{t('guide.frame.stepOfSpoken', { step: index + 1, total })}</span>{' '}
        {t(`guide.${step}.heading`)}
      </h2>
      <p className="guide-intro">{t(`guide.${step}.intro`)}</p>
      {readOnly ? (
        <div className="guide-readonly">
          <p className="guide-note">{t('guide.frame.readOnly')}</p>
          <button type="button" className="button button-secondary" onClick={onFinish}>
            {t('guide.frame.close')}
          </button>
        </div>
      ) : Current ? (
        <form
          className="guide-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void leave('next', go(1));
          }}
        >
          <div className="guide-body">
            <Current key={step} ref={stepRef} planId={planId} doc={doc} record={record} />
          </div>
          <GuideFeedback saving={saving} outcome={outcome} />
          <GuideActions
            first={index === 0}
            saving={saving}
            onBack={() => void leave('back', go(-1))}
            onPause={() => void leave('pause', null)}
            onSkip={skip}
          />
        </form>
      ) : (
        <>
          <div className="guide-body">
            <DoneStep doc={doc} record={record} />
          </div>
          <GuideDoneActions
            onBack={() => setStep(go(-1))}
            onOverview={() => finish('overview')}
            onActivities={() => finish('activities')}
          />
        </>
      )}
    </section>
  );
}
