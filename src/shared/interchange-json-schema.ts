import { z } from 'zod';
import { InterchangeSchema } from './interchange-schema';
import { isoDate } from './model/fields';

/**
 * The JSON Schema of the interchange file as another tool may write it (fields with a default
 * are optional and say their default), generated from the schema Omstil itself reads with, so
 * the two cannot drift apart. `resources/omstil-plan.schema.json` is this, written by
 * `npm run schema`; a test holds the checked-in copy to what the code generates.
 */
export function interchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(InterchangeSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // A date is checked by a function zod cannot express; JSON Schema has a word for it.
    override: (ctx) => {
      if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date';
    },
  });
}
