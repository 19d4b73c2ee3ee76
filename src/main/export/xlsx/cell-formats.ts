import type { Language } from '../../../shared/model/enums';

/**
 * Number formats in Excel's own syntax. `#,##0` and `0.0` name the thousands and decimal
 * separators abstractly; Excel shows them as the reader's locale has them (1.250.000 in Denmark).
 */
export interface CellFormats {
  date: string;
  money: string;
  moneyWithOere: string;
  percent: string;
  integer: string;
  decimal: string;
}

export const CELL_FORMATS: Record<Language, CellFormats> = {
  da: {
    date: 'dd-mm-yyyy',
    money: '#,##0 "kr."',
    moneyWithOere: '#,##0.00 "kr."',
    percent: '0%',
    integer: '#,##0',
    decimal: '0.0',
  },
  en: {
    date: 'dd/mm/yyyy',
    money: '"DKK "#,##0',
    moneyWithOere: '"DKK "#,##0.00',
    percent: '0%',
    integer: '#,##0',
    decimal: '0.0',
  },
};
