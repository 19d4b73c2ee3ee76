import { readFile, stat } from 'node:fs/promises';
import type { CellValue } from 'exceljs';
import { errors, OmstilError } from '../../../shared/errors';
import { hasExtension } from '../../../shared/file-extensions';
import { parseCsv } from '../../../shared/survey/csv';
import type { SurveyTable } from '../../../shared/survey/survey-figures';
import { surveyMessages } from '../../../shared/survey/survey-messages';

/** A survey export is a few thousand rows at most; a bigger file is not one. */
const MAX_MEGABYTES = 50;

/**
 * A survey export as a table: the first non-blank row is the header, each following row one
 * respondent's answers, as text. CSV as the tools write it (see `parseCsv`); XLSX from the first
 * sheet, read with exceljs, which is loaded only here so the command's other uses stay quick.
 */
export async function readSurveyTable(path: string): Promise<SurveyTable> {
  const csv = hasExtension(path, '.csv');
  if (!csv && !hasExtension(path, '.xlsx')) {
    throw new OmstilError(
      errors.invalidInput([
        { path: 'sourcePath', rule: 'survey-file', message: surveyMessages.notASurvey },
      ]),
    );
  }
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_MEGABYTES * 1024 * 1024) {
      throw new OmstilError(
        errors.invalidInput([
          {
            path: 'sourcePath',
            rule: 'survey-size',
            message: surveyMessages.tooLarge(MAX_MEGABYTES),
          },
        ]),
      );
    }
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof OmstilError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new OmstilError(errors.notFound(path));
    throw new OmstilError(errors.io(path, e instanceof Error ? e.message : String(e)));
  }
  const rows = csv ? parseCsv(bytes.toString('utf8')) : await xlsxRows(path, bytes);
  const [headers, ...answers] = rows;
  if (!headers || answers.length === 0) {
    throw new OmstilError(
      errors.invalidInput([
        { path: 'sourcePath', rule: 'survey-empty', message: surveyMessages.empty },
      ]),
    );
  }
  return { headers: headers.map((h) => h.trim()), rows: answers };
}

async function xlsxRows(path: string, bytes: Buffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new OmstilError(errors.io(path, e instanceof Error ? e.message : String(e)));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as CellValue[];
    // exceljs numbers columns from 1, leaving the first place empty.
    const texts = values.slice(1).map(cellText);
    for (let i = 0; i < texts.length; i += 1) texts[i] ??= '';
    if (texts.some((t) => t.trim() !== '')) rows.push(texts);
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  return '';
}
