import { z } from 'zod';
import type { LocalizedText } from '../i18n/localized';
import {
  YEAR_WHEEL_KINDS,
  YEAR_WHEEL_OWNERS,
  type YearWheelKind,
  type YearWheelOwner,
} from '../model/enums';

// Moved to the model (the plan file stores them); re-exported so existing imports keep working.
export { YEAR_WHEEL_KINDS, YEAR_WHEEL_OWNERS, type YearWheelKind, type YearWheelOwner };

/** A committee's own item is plain text in the plan's language; the defaults carry both languages. */
export type WheelText = LocalizedText | string;

export interface YearWheelItem {
  /** Given by the storage; the default wheel leaves it out. */
  id?: string;
  /** 1 = January … 12 = December. */
  month: number;
  title: WheelText;
  description?: WheelText;
  kind: YearWheelKind;
  ownerRole?: YearWheelOwner;
  activityIds: string[];
  measurementIds: string[];
}

const text = (max: number) =>
  z.union([
    z.string().trim().min(1, { error: 'required' }).max(max, { error: 'text-too-long' }),
    z.strictObject({
      da: z.string().max(max, { error: 'text-too-long' }),
      en: z.string().max(max, { error: 'text-too-long' }),
    }),
  ]);

/** For the storage and the transports; error texts are the shared validation rule keys. */
export const YearWheelItemSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  month: z
    .number({ error: 'invalid-choice' })
    .int({ error: 'invalid-choice' })
    .min(1, { error: 'invalid-choice' })
    .max(12, { error: 'invalid-choice' }),
  title: text(300),
  description: text(2000).optional(),
  kind: z.enum(YEAR_WHEEL_KINDS, { error: 'invalid-choice' }),
  ownerRole: z.enum(YEAR_WHEEL_OWNERS, { error: 'invalid-choice' }).optional(),
  activityIds: z
    .array(z.uuid({ error: 'invalid-id' }))
    .max(1000)
    .default([]),
  measurementIds: z
    .array(z.uuid({ error: 'invalid-id' }))
    .max(1000)
    .default([]),
}) satisfies z.ZodType<YearWheelItem>;

export const YearWheelSchema = z.array(YearWheelItemSchema).max(200, { error: 'list-too-long' });
