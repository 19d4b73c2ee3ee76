import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import { useFormat } from '../../../i18n/use-format';
import type { GuideRecord } from '../guide-record';
import { createdRows } from '../guide-progress';

/** Step 6: what the guide has put in the plan, and where the committee goes from here. */
export function DoneStep({ doc, record }: { doc: WindowDocument; record: GuideRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const drivers = createdRows(doc.drivers, record.created.driver);
  const groups = createdRows(doc.targetGroups, record.created.targetGroup);
  const competences = createdRows(doc.competences, record.created.competence);
  const methods = createdRows(doc.methods, record.created.method);
  const groupText = (name: string, headcount: number | null) =>
    headcount === null
      ? name
      : t('guide.done.groupHeadcount', {
          name,
          count: headcount,
          formatted: format.number(headcount),
        });

  const sections = [
    { key: 'drivers', items: drivers.map((d) => d.title) },
    { key: 'targetGroups', items: groups.map((g) => groupText(g.name, g.headcount)) },
    { key: 'competences', items: competences.map((c) => c.title) },
    { key: 'methods', items: methods.map((m) => m.title) },
  ] as const;

  return (
    <>
      <section className="guide-summary" aria-labelledby="guide-summary-heading">
        <h3 id="guide-summary-heading" className="guide-subheading">
          {t('guide.done.summaryLabel')}
        </h3>
        <dl className="guide-summary-list">
          {sections.map(({ key, items }) => (
            <div key={key}>
              <dt>
                {t(`guide.done.${key}`)} <span className="guide-count">({items.length})</span>
              </dt>
              <dd>
                {/* A list, not a sentence: catalogue titles have commas of their own. */}
                {items.length > 0 ? (
                  <ul className="guide-summary-items">
                    {items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  t('guide.done.none')
                )}
              </dd>
            </div>
          ))}
        </dl>
        {competences.length > 0 && (
          <p className="guide-note">{t('guide.done.linkSummary', { count: competences.length })}</p>
        )}
      </section>
      <section className="guide-next" aria-labelledby="guide-next-heading">
        <h3 id="guide-next-heading" className="guide-subheading">
          {t('guide.done.nextHeading')}
        </h3>
        <ol className="guide-next-list">
          <li>{t('guide.done.nextActivities')}</li>
          <li>{t('guide.done.nextMeasurements')}</li>
          <li>{t('guide.done.nextCommittee')}</li>
        </ol>
      </section>
    </>
  );
}
