import type { TrendsReport } from '../../../shared/trends';

/** The report as the JSON file `omstil trends` writes: the report itself, indented for reading. */
export function renderTrendsJson(report: TrendsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
