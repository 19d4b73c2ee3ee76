import { useTranslation } from 'react-i18next';
import { STATE_MODEL_AREAS, stateModelName } from '../../../shared/catalog/state-model';
import type { TrendsReport } from '../../../shared/trends';
import { useFormat } from '../../i18n/use-format';
import { CountTable, LinkTable } from './TrendsTables';

/**
 * The model's areas without a Danish name found in the state's own pages are named in English
 * (and the other way round): said so to a screen reader, which then speaks them in that language.
 */
function borrowedLanguage(key: string | null, lang: TrendsReport['lang']): string | undefined {
  const area = STATE_MODEL_AREAS.find((a) => a.key === key);
  if (!area || !stateModelName(area.name, lang).borrowed) return undefined;
  return lang === 'da' ? 'en' : 'da';
}

/** One part of the result: a heading and what it shows. */
function Part({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <section className="trends-part" aria-labelledby={`trends-${id}`}>
      <h3 id={`trends-${id}`}>{heading}</h3>
      {children}
    </section>
  );
}

/** What the plans were counted to: the overview, the counted tables, and the files left out. */
export function TrendsResults({ report }: { report: TrendsReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals, period, combinations } = report;

  return (
    <>
      <Part id="summary" heading={t('trends.summaryHeading')}>
        <p className="trends-lead">
          {t('trends.plansCounted', { count: totals.plans })}
          {totals.skipped > 0 && <> {t('trends.skippedCount', { count: totals.skipped })}</>}
          {totals.duplicates > 0 && (
            <> {t('trends.duplicateCount', { count: totals.duplicates })}</>
          )}
        </p>
        <dl className="trends-facts">
          <dt>{t('trends.period')}</dt>
          <dd>
            {period.plans === 0
              ? t('trends.noPeriod')
              : t('trends.periodValue', {
                  count: period.plans,
                  start: period.start ? format.date(period.start) : '…',
                  end: period.end ? format.date(period.end) : '…',
                })}
          </dd>
          <dt>{t('trends.activities')}</dt>
          <dd>{format.number(totals.activities)}</dd>
          <dt>{t('trends.budget')}</dt>
          <dd>
            {totals.money.plans === 0
              ? t('trends.noBudget')
              : t('trends.budgetValue', {
                  count: totals.money.plans,
                  budget: format.money(totals.money.budget),
                  spent: format.money(totals.money.spent),
                })}
          </dd>
          <dt>{t('trends.participants')}</dt>
          <dd>
            {totals.participants.plans === 0
              ? t('trends.noParticipants')
              : t('trends.participantsValue', {
                  count: totals.participants.plans,
                  planned: format.number(totals.participants.planned),
                  reached: format.number(totals.participants.reached),
                })}
          </dd>
        </dl>
        <p className="trends-note">{t('trends.cancelledNote')}</p>
      </Part>

      <Part id="drivers" heading={t('trends.driversHeading')}>
        <CountTable
          caption={t('trends.driversCaption')}
          nameHeader={t('trends.driver')}
          rows={report.drivers}
        />
      </Part>
      <Part id="competences" heading={t('trends.competencesHeading')}>
        <CountTable
          caption={t('trends.competencesCaption')}
          nameHeader={t('trends.competence')}
          rows={report.competences}
        />
      </Part>
      <Part id="methods" heading={t('trends.methodsHeading')}>
        <CountTable
          caption={t('trends.methodsCaption')}
          nameHeader={t('trends.method')}
          rows={report.methods}
        />
      </Part>

      <Part id="links" heading={t('trends.linksHeading')}>
        <p>{t('trends.linksIntro')}</p>
        <LinkTable
          caption={t('trends.driverCompetenceCaption')}
          rows={combinations.driverCompetence}
        />
        <LinkTable
          caption={t('trends.competenceMethodCaption')}
          rows={combinations.competenceMethod}
        />
        <LinkTable
          caption={t('trends.competenceTargetGroupCaption')}
          rows={combinations.competenceTargetGroup}
          toCatalogued={false}
        />
      </Part>

      <Part id="target-groups" heading={t('trends.targetGroupsHeading')}>
        {report.targetGroups.length === 0 ? (
          <p>{t('trends.noTargetGroups')}</p>
        ) : (
          <CountTable
            caption={t('trends.targetGroupsCaption')}
            nameHeader={t('trends.targetGroup')}
            rows={report.targetGroups}
            catalogued={false}
            extra={[
              {
                key: 'headcount',
                header: t('trends.headcount'),
                numeric: true,
                cell: (row) => (row.headcount === null ? '–' : format.number(row.headcount)),
              },
            ]}
          />
        )}
      </Part>

      <Part id="state-model" heading={t('trends.stateModelHeading')}>
        <p>{t('trends.stateModelIntro')}</p>
        <CountTable
          caption={t('trends.stateModelCaption')}
          nameHeader={t('trends.area')}
          rows={report.stateModelAreas}
          languageOf={(row) => borrowedLanguage(row.key, report.lang)}
        />
      </Part>

      <Part id="skipped" heading={t('trends.skippedHeading')}>
        {report.skipped.length === 0 ? (
          <p>{t('trends.noSkipped')}</p>
        ) : (
          <table className="table table--compact trends-table trends-file-table">
            <caption>{t('trends.skippedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trends.file')}</th>
                <th scope="col">{t('trends.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.skipped.map((s) => (
                <tr key={s.file}>
                  <th scope="row" className="trends-file">
                    {s.file}
                  </th>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Part>

      {report.duplicates.length > 0 && (
        <Part id="duplicates" heading={t('trends.duplicatesHeading')}>
          <table className="table table--compact trends-table trends-file-table">
            <caption>{t('trends.duplicatesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trends.file')}</th>
                <th scope="col">{t('trends.sameAs')}</th>
                <th scope="col">{t('trends.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {report.duplicates.map((d, i) => (
                <tr key={`${d.file}:${i}`}>
                  <th scope="row" className="trends-file">
                    {d.file}
                  </th>
                  <td className="trends-file">{d.sameAs}</td>
                  <td>{t(`trends.rules.${d.rule}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Part>
      )}
    </>
  );
}
