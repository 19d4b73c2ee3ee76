import type { PlanDocument } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/enums';
import type { Activity } from '../../../shared/model/entities';
import { activityColumns, type CellKind, type CellValue, type Column } from '../activity-columns';
import { exportTexts } from '../i18n';
import { createLookup } from '../lookup';

/**
 * The activities as the CSV Danish Excel opens by double-click: UTF-8 with a byte order mark
 * (without it Excel guesses Windows-1252 and mangles æ, ø, å), semicolons between fields
 * (a Danish Excel's list separator, because the comma is the decimal sign), a decimal comma,
 * CRLF line ends and quotes where a field needs them (RFC 4180 with a semicolon). A spreadsheet
 * whose import dialog splits on commas and tabs as well, as LibreOffice's does out of the box,
 * must find every column in place, so a field with any of those in it is quoted too.
 */
export function renderActivitiesCsv(doc: PlanDocument, lang: Language): Buffer {
  const t = exportTexts[lang];
  const columns = activityColumns(t, createLookup(doc));
  const header = (c: Column<Activity>) =>
    c.kind === 'money' || c.kind === 'percent' ? `${c.header} (${t.units[c.kind]})` : c.header;
  const lines = [columns.map((c) => csvField(header(c))).join(';')];
  for (const activity of doc.activities) {
    lines.push(columns.map((c) => csvCell(c.kind, c.value(activity), lang)).join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvCell(kind: CellKind, value: CellValue, lang: Language): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return csvField(decimalComma(value));
  if (kind === 'date') return lang === 'da' ? danishDate(value) : value;
  return csvField(neutralised(value));
}

/** No thousands separator: Excel would read "1.250" as one and a quarter. */
function decimalComma(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/**
 * A cell that starts like a formula is run as one when the file is opened. Plans come from
 * other people's files, so such text gets a leading apostrophe and stays text.
 */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quoted when it holds a separator any reader may split on, a quote, a line break or edge space. */
function csvField(text: string): string {
  return /[";,\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
