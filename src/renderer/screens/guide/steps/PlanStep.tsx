import { useImperativeHandle, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldIssue } from '../../../components/fields/FieldError';
import { useFormat } from '../../../i18n/use-format';
import { fieldKey, useAppStore } from '../../../store';
import { GuideField } from '../GuideField';
import { GuideMembers } from './GuideMembers';
import { currentDocument } from '../guide-writes';
import type { StepProps } from '../step-handle';
import {
  initialPlanValues,
  planPatch,
  planProblems,
  type PlanProblems,
  type PlanValues,
} from './plan-values';

/** Step 1: what the plan is called, whose it is, which period it covers and who sits in the SU. */
export function PlanStep({ ref, doc }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<PlanValues>(() =>
    initialPlanValues(doc.plan, new Date(), format.date),
  );
  const [problems, setProblems] = useState<PlanProblems>({});
  // The core's refusal, e.g. a title longer than it takes, stays beside the field.
  const refused = {
    title: useFieldIssue(fieldKey('plan', '', 'title')),
    organisation: useFieldIssue(fieldKey('plan', '', 'organisation')),
    unit: useFieldIssue(fieldKey('plan', '', 'unit')),
    periodStart: useFieldIssue(fieldKey('plan', '', 'periodStart')),
    periodEnd: useFieldIssue(fieldKey('plan', '', 'periodEnd')),
  };

  useImperativeHandle(
    ref,
    () => ({
      save: async () => {
        const found = planProblems(values);
        setProblems(found);
        if (Object.keys(found).length > 0) return 'invalid';
        const plan = currentDocument()?.plan;
        if (!plan) return 'failed';
        const patch = planPatch(plan, values);
        if (Object.keys(patch).length === 0) return 'saved';
        return (await useAppStore.getState().updatePlan(patch)) ? 'saved' : 'failed';
      },
    }),
    [values],
  );

  const field = (name: keyof PlanValues) => ({
    value: values[name],
    onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
    error: problems[name] ? t(`guide.plan.${problems[name]}`) : refused[name],
  });

  return (
    <>
      <div className="guide-fields">
        <GuideField
          {...field('title')}
          className="guide-field-wide"
          label={t('guide.plan.title')}
          hint={t('guide.plan.titleHint')}
          required
        />
        <GuideField
          {...field('organisation')}
          label={t('guide.plan.organisation')}
          hint={t('guide.plan.organisationHint')}
          autoComplete="organization"
        />
        <GuideField
          {...field('unit')}
          label={t('guide.plan.unit')}
          hint={t('guide.plan.unitHint')}
        />
        <GuideField
          {...field('periodStart')}
          type="date"
          label={t('guide.plan.periodStart')}
          hint={t('guide.plan.periodHint')}
        />
        <GuideField {...field('periodEnd')} type="date" label={t('guide.plan.periodEnd')} />
      </div>
      <GuideMembers members={doc.members} />
    </>
  );
}
