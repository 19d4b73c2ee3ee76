import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureTable, type FigureColumn } from '../../components/FigureTable';
import { useFormat } from '../../i18n/use-format';
import type { Combination, CountedEntry } from '../../../shared/trends';

/** A share drawn as a bar beside its figure; the figure is what a screen reader reads. */
export function ShareBar({ share }: { share: number }) {
  const format = useFormat();
  return (
    <span className="trends-share">
      <span className="trends-bar" aria-hidden="true">
        <span className="trends-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="trends-share-figure">{format.percent(share * 100)}</span>
    </span>
  );
}

/** A title with a break allowed after each slash, so »mindset/kultur/…« wraps between words. */
function Breakable({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}

/** A custom title, grouped across plans: said as such, since it is no catalogue entry. */
function Title({
  entry,
  catalogued = true,
}: {
  entry: { key: string | null; title: string };
  /** False for target groups, which are always the plans' own. */
  catalogued?: boolean;
}) {
  const { t } = useTranslation();
  if (entry.key !== null || !catalogued) return <Breakable text={entry.title} />;
  return (
    <>
      <Breakable text={entry.title} />{' '}
      <span className="trends-custom" title={t('trends.customLabel')}>
        ({t('trends.custom')})
      </span>
    </>
  );
}

function countColumns<Row extends { count: number; share: number }>(
  headers: { plans: string; share: string },
  number: (n: number) => string,
): FigureColumn<Row>[] {
  return [
    { key: 'count', header: headers.plans, numeric: true, cell: (row) => number(row.count) },
    {
      key: 'share',
      header: headers.share,
      cell: (row) => <ShareBar share={row.share} />,
    },
  ];
}

const countHeaders = (t: (key: 'trends.plans' | 'trends.share') => string) => ({
  plans: t('trends.plans'),
  share: t('trends.share'),
});

/** Drivers, competences, methods, target groups or the state model's areas, counted in plans. */
export function CountTable<Row extends CountedEntry>({
  caption,
  nameHeader,
  rows,
  extra = [],
  catalogued = true,
  languageOf = () => undefined,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly Row[];
  extra?: readonly FigureColumn<Row>[];
  /** False for target groups: no catalogue to tell a custom entry from. */
  catalogued?: boolean;
  /** The language of a title borrowed from the other language, for a screen reader to speak. */
  languageOf?: (row: Row) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <FigureTable
      caption={caption}
      className="trends-table trends-count-table"
      rowHeader={{
        header: nameHeader,
        cell: (row) => (
          <span lang={languageOf(row)}>
            <Title entry={row} catalogued={catalogued} />
          </span>
        ),
      }}
      columns={[...countColumns<Row>(countHeaders(t), format.number), ...extra]}
      rows={rows}
      rowKey={(row) => `${row.key ?? ''}:${row.title}`}
    />
  );
}

/** The most frequent links of one kind, e.g. a driver behind a competence. */
export function LinkTable({
  caption,
  rows,
  toCatalogued = true,
}: {
  caption: string;
  rows: readonly Combination[];
  /** False when the links end in target groups. */
  toCatalogued?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rows.length === 0) {
    return (
      <p className="trends-no-links">
        <strong>{caption}:</strong> {t('trends.noLinks')}
      </p>
    );
  }
  return (
    <FigureTable
      caption={caption}
      className="trends-table trends-link-table"
      rowHeader={{ header: t('trends.from'), cell: (row) => <Title entry={row.from} /> }}
      columns={[
        {
          key: 'to',
          header: t('trends.to'),
          cell: (row) => <Title entry={row.to} catalogued={toCatalogued} />,
        },
        ...countColumns<Combination>(countHeaders(t), format.number),
      ]}
      rows={rows}
      rowKey={(row) =>
        `${row.from.key ?? ''}:${row.from.title}→${row.to.key ?? ''}:${row.to.title}`
      }
    />
  );
}
