import { z } from 'zod';
import { InterchangeSchema } from './interchange-schema';
import { isoDate } from './model/fields';

type Json = Record<string, unknown>;
type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'];

/** Points each `$ref` to a definition in `renamed` at its new name, throughout `node`. */
function renameRefs(node: unknown, renamed: Map<string, string>): void {
  if (typeof node !== 'object' || node === null) return;
  const object = node as Json;
  const ref = object['$ref'];
  if (typeof ref === 'string' && renamed.has(ref)) object['$ref'] = renamed.get(ref);
  for (const child of Object.values(object)) renameRefs(child, renamed);
}

/**
 * What zod cannot say by itself: a date is checked by a function, which JSON Schema has a word
 * for; and a stored object (`jsonValue`: the fund's rules, an application, a snapshot's figures)
 * is read as anything and then checked against its own schema, which is the one a writer needs.
 * That schema's own definitions (a rule's condition nests) move to the root, where `$ref` finds
 * them.
 */
function generate(schema: z.ZodType): Json {
  const definitions: Json = {};
  const override: Override = (ctx) => {
    if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date';
    const def = ctx.zodSchema._zod.def;
    if (def.type !== 'pipe' || def.in._zod.def.type !== 'unknown') return;
    const { $schema: _, $defs, ...stored } = generate(def.out as z.ZodType);
    const renamed = new Map<string, string>();
    for (const [name, definition] of Object.entries(($defs ?? {}) as Json)) {
      const unique = `stored${Object.keys(definitions).length + 1}`;
      renamed.set(`#/$defs/${name}`, `#/$defs/${unique}`);
      definitions[unique] = definition;
    }
    renameRefs(stored, renamed);
    for (const name of renamed.values())
      renameRefs(definitions[name.slice('#/$defs/'.length)], renamed);
    Object.assign(ctx.jsonSchema, stored);
  };
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', override }) as Json;
  if (Object.keys(definitions).length === 0) return json;
  return { ...json, $defs: { ...((json['$defs'] ?? {}) as Json), ...definitions } };
}

/**
 * The JSON Schema of the interchange file as another tool may write it (fields with a default
 * are optional and say their default), generated from the schema Omstil itself reads with, so
 * the two cannot drift apart. `resources/omstil-plan.schema.json` is this, written by
 * `npm run schema`; a test holds the checked-in copy to what the code generates.
 */
export function interchangeJsonSchema(): Json {
  return generate(InterchangeSchema);
}
