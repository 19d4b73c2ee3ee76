import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measurement } from '../../../../shared/model/entities';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store';
import { createLookup } from '../../../components/lookup';
import { RowActions } from '../common/RowActions';
import { Screen } from '../../../components/Screen';
import { useListEditing } from '../common/use-list-editing';
import { usePlanDocument } from '../../../components/use-plan';
import { AddMeasurementForm } from './AddMeasurementForm';
import { MeasurementDistribution } from './MeasurementDistribution';
import { MeasurementFields } from './MeasurementFields';
import './measurements.css';
import { SurveyImport } from './SurveyImport';

/** Levels measured before and after, per competence and target group: how the SU sees the effect. */
export function MeasurementsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const doc = usePlanDocument();
  const readOnly = useAppStore((s) => s.snapshot?.file.readOnly ?? false);
  const addRef = useRef<HTMLSelectElement>(null);
  // Eight fields a measurement would make a long page of a long list: each opens on demand.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const measurements = doc?.measurements ?? [];
  const lookup = doc ? createLookup(doc) : null;
  const titleOf = (m: Measurement) =>
    t('planner.measurements.title', {
      competence: lookup?.competence(m.competenceId) ?? '',
      date: format.date(m.date),
    });
  const summaryOf = (m: Measurement) =>
    [
      t(`enums.measurementKind.${m.kind}`),
      (m.targetGroupId ? lookup?.targetGroup(m.targetGroupId) : null) ??
        t('planner.measurements.allTargetGroups'),
      m.level === null
        ? (m.indicator ?? t(`enums.effectLink.${m.effectLink}`))
        : t('planner.measurements.levelValue', { level: format.decimal(m.level) }),
    ].join(' · ');
  const list = useListEditing({
    kind: 'measurement',
    rows: measurements,
    nameOf: titleOf,
    fallbackFocus: () => addRef.current,
  });
  if (!doc) return null;

  return (
    <Screen view="measurements" intro={t('planner.intro.measurements')}>
      {measurements.length === 0 ? (
        <p className="empty-text">{t('planner.measurements.empty')}</p>
      ) : (
        <>
          <p className="block-hint">{t('planner.list.reorderHint')}</p>
          <ol
            className="planner-cards no-max-width"
            aria-label={t('planner.measurements.listLabel')}
          >
            {measurements.map((m, index) => (
              <li key={m.id} data-row className="planner-card" onKeyDown={list.rowKeys(m)}>
                <div className="planner-card-head">
                  <div>
                    <h3 className="planner-card-title">{titleOf(m)}</h3>
                    <p className="planner-card-summary">{summaryOf(m)}</p>
                  </div>
                  <div className="planner-card-tools">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-expanded={open.has(m.id)}
                      aria-controls={`measurement-${m.id}`}
                      aria-label={t(
                        open.has(m.id)
                          ? 'planner.measurements.hideItem'
                          : 'planner.measurements.editItem',
                        { name: titleOf(m) },
                      )}
                      onClick={() => toggle(m.id)}
                    >
                      {t(
                        open.has(m.id) ? 'planner.measurements.hide' : 'planner.measurements.edit',
                      )}
                    </button>
                    <RowActions
                      name={titleOf(m)}
                      index={index}
                      count={measurements.length}
                      onMove={(by) => list.move(m, by)}
                      onDelete={() => void list.remove(m, document.activeElement)}
                    />
                  </div>
                </div>
                {m.distribution && (
                  <MeasurementDistribution
                    distribution={m.distribution}
                    meanings={doc.plan.levelMeanings}
                  />
                )}
                <div id={`measurement-${m.id}`} hidden={!open.has(m.id)}>
                  {open.has(m.id) && <MeasurementFields measurement={m} doc={doc} />}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
      {!readOnly &&
        (doc.competences.length === 0 ? (
          <p className="block-hint">{t('planner.measurements.needsCompetence')}</p>
        ) : (
          <>
            <SurveyImport doc={doc} />
            <AddMeasurementForm
              doc={doc}
              firstFieldRef={addRef}
              onCreated={(id) => setOpen((was) => new Set(was).add(id))}
            />
          </>
        ))}
    </Screen>
  );
}
