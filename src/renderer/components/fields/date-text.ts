import type { TFunction } from 'i18next';
import { useState } from 'react';
import { parseDate } from '../../../shared/dates/parse-date';
import { useFormat } from '../../i18n/use-format';
import type { Parsed } from './use-draft';

/** Today in the user's own calendar, as an ISO date. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What a date field's text means: null when empty, an ISO date when it reads as one, else the
 * message that names the form expected.
 */
export function readDateText(text: string, t: TFunction): Parsed<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseDate(text);
  if (parsed.ok) return { ok: true, value: parsed.iso };
  return {
    ok: false,
    message: t(parsed.reason === 'day' ? 'editor.fields.noSuchDate' : 'editor.fields.invalidDate'),
  };
}

/** A form's date as typed, starting from `iso` written the way the interface writes dates. */
export function useDateText(iso: string | null) {
  const format = useFormat();
  const [text, setText] = useState(() => (iso ? format.date(iso) : ''));
  return { text, setText, pick: (picked: string) => setText(format.date(picked)) };
}
