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
});
