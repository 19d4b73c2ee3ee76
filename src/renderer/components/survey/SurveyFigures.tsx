import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { SurveyPreview } from '../../../shared/survey/survey-schemas';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { createLookup } from '../lookup';

/** The figures a survey gives per competence × target group, and what is not kept and why. */
export function SurveyFigures({ doc, preview }: { doc: WindowDocument; preview: SurveyPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const lookup = createLookup(doc);
  const groupName = (id: string | null) =>
    id === null ? t('planner.measurements.allTargetGroups') : (lookup.targetGroup(id) ?? '');
  return (
    <section className="survey-figures" aria-labelledby="survey-figures-heading">
      <h3 id="survey-figures-heading" className="survey-heading">
        {t('survey.figuresHeading')}
      </h3>
      {preview.figures.length === 0 ? (
        <p>{t('survey.noFigures')}</p>
      ) : (
        <div className="survey-table-wrap">
          <table className="table table--compact survey-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.competence')}</th>
                <th scope="col">{t('survey.targetGroup')}</th>
                <th scope="col" className="survey-number">
                  {t('survey.level')}
                </th>
                <th scope="col">{t('survey.distribution')}</th>
                <th scope="col" className="survey-number">
                  {t('survey.respondents')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.figures.map((f) => (
                <tr key={`${f.competenceId}|${f.targetGroupId ?? ''}`}>
                  <td>{lookup.competence(f.competenceId)}</td>
                  <td>{groupName(f.targetGroupId)}</td>
                  <td className="survey-number">{format.decimal(f.level)}</td>
                  <td className="survey-distribution">
                    {f.distribution.map((n, i) => `${i + 1}: ${n}`).join(' · ')}
                  </td>
                  <td className="survey-number">{f.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.refused.length > 0 && (
        <>
          <h3 className="survey-heading">{t('survey.refusedHeading')}</h3>
          <ul className="survey-list">
            {preview.refused.map((r) => (
              <li key={`${r.competenceId}|${r.targetGroupId ?? ''}`}>
                {t('survey.refusedItem', {
                  competence: lookup.competence(r.competenceId),
                  group: groupName(r.targetGroupId),
                  why: r.why[language],
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {(preview.unmatchedGroups.length > 0 || preview.rowsWithoutGroup > 0) && (
        <>
          <h3 className="survey-heading">{t('survey.unmatchedHeading')}</h3>
          <ul className="survey-list">
            {preview.unmatchedGroups.map((u) => (
              <li key={u.value}>{t('survey.unmatchedItem', { value: u.value, count: u.rows })}</li>
            ))}
            {preview.rowsWithoutGroup > 0 && (
              <li>{t('survey.withoutGroup', { count: preview.rowsWithoutGroup })}</li>
            )}
          </ul>
        </>
      )}
      {preview.unreadable.map((u) => (
        <p key={u.column} className="survey-note">
          {t('survey.unreadable', { header: u.header, count: u.count })}
        </p>
      ))}
    </section>
  );
}
