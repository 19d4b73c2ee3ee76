import { useImperativeHandle, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDocument } from '../guide-writes';
import { readGuide } from '../guide-record';
import type { StepProps } from '../step-handle';
import { MethodGroupChoices } from './MethodGroupChoices';
import { methodGroups } from './methods-model';
import { saveMethods } from './methods-save';

/** Step 5: which methods — for each competence the guide added, the ones that fit, with why. */
export function MethodsStep({ ref, planId, doc, record }: StepProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => methodGroups(doc, record), [doc, record]);
  const [changes, setChanges] = useState<Record<string, boolean>>({});

  useImperativeHandle(
    ref,
    () => ({
      save: async () => {
        const fresh = currentDocument();
        if (!fresh) return 'failed';
        const now = methodGroups(fresh, readGuide(planId) ?? record);
        return (await saveMethods(planId, fresh, now, changes)) ? 'saved' : 'failed';
      },
    }),
    [changes, planId, record],
  );

  if (groups.length === 0) return <p className="guide-note">{t('guide.methods.noCompetences')}</p>;
  return (
    <div className="guide-method-groups">
      {groups.map((group) => (
        <MethodGroupChoices
          key={group.competence.id}
          group={group}
          methods={doc.methods}
          changes={changes}
          onChange={(key, on) => setChanges((c) => ({ ...c, [key]: on }))}
        />
      ))}
    </div>
  );
}
