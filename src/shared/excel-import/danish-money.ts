// Amounts as a committee's spreadsheet holds them: "12.500 kr.", "12500,50", "kr. 12.500,-",
// "DKK 12 500", or a number cell.

export type ParsedMoney = { ok: true; amount: number } | { ok: false };

/** Kroner to the øre, as the plan keeps them. */
const toOere = (amount: number) => Math.round(amount * 100) / 100;

/**
 * An amount in kroner from a cell's text. The Danish way is the rule ("." groups thousands, ","
 * starts the øre); a text with both marks takes the last as the decimal mark, and a lone "."
 * followed by one or two digits ("12.50", from an English export) as a decimal point.
 */
export function parseDanishMoney(text: string): ParsedMoney {
  let t = text
    .trim()
    .toLowerCase()
    .replace(/^(kr\.?|dkk)\s*/, '');
  // "12.500,- kr." ends in two marks; each is taken off in turn.
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(/\s*(kr\.?|dkk|,-|\.-)$/, '');
  }
  t = t.replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  // A lone "." before one or two digits is a decimal point ("12.50"); before three, a group.
  const pointDecimal =
    lastComma >= 0 ? lastDot > lastComma : lastDot >= 0 && /^[^.]*\.\d{1,2}$/.test(t);
  const shape = pointDecimal
    ? /^(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?$/
    : /^(\d+|\d{1,3}(\.\d{3})+)(,\d{1,2})?$/;
  if (!shape.test(t)) return { ok: false };
  const plain = pointDecimal ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
  return { ok: true, amount: toOere(Number(plain)) };
}

/** A number cell's amount, to the øre; a negative or endless number is no amount. */
export function moneyFromNumber(value: number): ParsedMoney {
  return Number.isFinite(value) && value >= 0 ? { ok: true, amount: toOere(value) } : { ok: false };
}
