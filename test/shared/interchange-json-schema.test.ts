import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchema } from '../../src/shared/interchange-json-schema';

const CHECKED_IN = join(__dirname, '../../resources/omstil-plan.schema.json');

interface ObjectSchema {
  properties: Record<string, { default?: unknown; items?: ObjectSchema }>;
  required: string[];
}

describe('the JSON Schema of the plan file', () => {
  it('is checked in as the code generates it (run `npm run schema` after changing the model)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(
      `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`,
    );
  });

  it('requires only what a plan cannot do without, and gives the others their defaults', () => {
    const schema = interchangeJsonSchema() as unknown as ObjectSchema;
    expect(schema.required).toEqual(['format', 'version', 'plan']);
    const plan = schema.properties['plan'] as unknown as ObjectSchema;
    expect(plan.required).toEqual(['id', 'title', 'periodStart', 'periodEnd', 'language']);
    expect(plan.properties['status']!.default).toBe('draft');
    expect(plan.properties['decisionDate']!.default).toBeNull();
    const activity = schema.properties['activities']!.items!;
    expect(activity.required).toEqual(['id', 'title']);
    expect(activity.properties['budget']!.default).toBe(0);
    expect(activity.properties['competenceIds']!.default).toEqual([]);
    expect(schema.properties['competences']!.items!.required).toEqual(['id', 'title']);
  });

  it('describes dates and the stored objects, and every $ref finds its definition at the root', () => {
    const schema = interchangeJsonSchema();
    const text = JSON.stringify(schema);
    const plan = (schema as unknown as ObjectSchema).properties['plan'] as unknown as {
      properties: Record<
        string,
        { anyOf?: { type?: string; format?: string; required?: string[] }[] }
      >;
    };
    expect(plan.properties['periodStart']!.anyOf![0]).toEqual({ type: 'string', format: 'date' });
    expect(plan.properties['fundingRules']!.anyOf![0]).toMatchObject({ type: 'object' });
    expect(plan.properties['fundingRules']!.anyOf![0]!.required).toContain('rules');
    const definitions = Object.keys(schema['$defs'] ?? {});
    const refs = [...text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((name) => !definitions.includes(name!))).toEqual([]);
    expect(text.match(/"\$defs"/g)).toHaveLength(1);
  });
});
