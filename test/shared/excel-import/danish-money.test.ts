import { describe, expect, it } from 'vitest';
import { moneyFromNumber, parseDanishMoney } from '../../../src/shared/excel-import/danish-money';

const amount = (text: string) => {
  const parsed = parseDanishMoney(text);
  return parsed.ok ? parsed.amount : null;
};

describe('amounts as a committee writes them', () => {
  it('reads the Danish ways of writing kroner', () => {
    expect(amount('12.500 kr.')).toBe(12500);
    expect(amount('12500,50')).toBe(12500.5);
    expect(amount('kr. 12.500,-')).toBe(12500);
    expect(amount('12.500,- kr.')).toBe(12500);
    expect(amount('DKK 12 500')).toBe(12500);
    expect(amount('1.234.567,89')).toBe(1234567.89);
    expect(amount('12.500')).toBe(12500);
    expect(amount('12,5')).toBe(12.5);
    expect(amount('0')).toBe(0);
    expect(amount(' 750kr ')).toBe(750);
  });

  it('reads an English export as well, where the last mark is the decimal point', () => {
    expect(amount('12.50')).toBe(12.5);
    expect(amount('1,234.56')).toBe(1234.56);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const text of ['abc', '-5', '12.5.0', '12,500', '', 'kr.', '12,345,6', '5 %']) {
      expect(amount(text), text).toBeNull();
    }
  });

  it('keeps a number cell to the øre and refuses a negative one', () => {
    expect(moneyFromNumber(12500.499)).toEqual({ ok: true, amount: 12500.5 });
    expect(moneyFromNumber(-1)).toEqual({ ok: false });
    expect(moneyFromNumber(Number.NaN)).toEqual({ ok: false });
  });
});
