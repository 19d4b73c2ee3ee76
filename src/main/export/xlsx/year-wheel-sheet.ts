import type { PlanDocument } from '../../../shared/model/document';
import type { YearItem } from '../../../shared/model/entities';
import type { Language } from '../../../shared/model/enums';
import {
  monthName,
  sortYearWheel,
  YEAR_WHEEL_KIND_LABELS,
  YEAR_WHEEL_OWNER_LABELS,
} from '../../../shared/year-wheel';
import type { Column } from '../activity-columns';
import type { ExportTexts } from '../i18n';

/**
 * The årshjul's columns. The month is there twice: as its number, so a filter or a sort in
 * Excel keeps the calendar order, and as its name, for reading.
 */
export function yearWheelColumns(
  t: ExportTexts,
  doc: PlanDocument,
  lang: Language,
): Column<YearItem>[] {
  const activityTitle = new Map(doc.activities.map((a) => [a.id, a.title]));
  return [
    { header: t.yearWheel.monthNumber, kind: 'integer', value: (i) => i.month },
    { header: t.yearWheel.month, kind: 'text', value: (i) => monthName(i.month)[lang] },
    { header: t.yearWheel.item, kind: 'text', value: (i) => i.title },
    { header: t.yearWheel.kind, kind: 'text', value: (i) => YEAR_WHEEL_KIND_LABELS[i.kind][lang] },
    {
      header: t.yearWheel.owner,
      kind: 'text',
      value: (i) => (i.ownerRole ? YEAR_WHEEL_OWNER_LABELS[i.ownerRole][lang] : null),
    },
    {
      header: t.yearWheel.linkedActivities,
      kind: 'text',
      value: (i) =>
        i.activityIds
          .map((id) => activityTitle.get(id))
          .filter((title): title is string => title !== undefined)
          .join('; '),
    },
    { header: t.columns.description, kind: 'longText', value: (i) => i.description },
  ];
}

/** The committee's year from the month the plan period starts, as the PDF shows it. */
export function yearWheelRows(doc: PlanDocument): YearItem[] {
  const first = doc.plan.periodStart ? Number(doc.plan.periodStart.slice(5, 7)) : 1;
  return sortYearWheel(doc.yearItems, first);
}
