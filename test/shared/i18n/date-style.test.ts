import { describe, expect, it } from 'vitest';
import { errors, formatTime } from '../../../src/shared/errors';
import { formatters } from '../../../src/renderer/i18n/format';

// Noon UTC is the same calendar day in every time zone the program is used in.
const NOON = '2026-11-27T12:00:00.000Z';

describe('the one date style on screen', () => {
  it('is the style of a lock’s time too, with the time after it', () => {
    expect(formatTime(NOON, 'da')).toMatch(/^27\. nov\. 2026 kl\. \d{2}\.\d{2}$/);
    expect(formatTime(NOON, 'da').startsWith(formatters('da').date(NOON))).toBe(true);
    expect(formatTime(NOON, 'en')).toMatch(/^27 Nov 2026, \d{2}:\d{2}$/);
    expect(formatTime(NOON, 'en').startsWith(formatters('en').date(NOON))).toBe(true);
  });

  it('is the style in the message about a plan open elsewhere', () => {
    const locked = errors.locked({ user: 'mette', machine: 'PC-17', since: NOON });
    expect(locked.message.da).toMatch(/^Åben hos mette på PC-17 siden 27\. nov\. 2026 kl\. /);
  });
});
