import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omstilIn } from '../../helpers/cli-runner';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURES = join(__dirname, '../../fixtures/import');

describe('omstil import of a plan file written by hand', () => {
  const tempDir = useTempDir();
  const omstil = omstilIn(tempDir);
  const read = (name: string) => readFileSync(join(tempDir(), name), 'utf8');

  it.each(['plan-required-only.json', 'plan-with-rows-required-only.json'])(
    'imports %s, and its export imports to the same file again',
    async (name) => {
      const imported = await omstil('import', join(FIXTURES, name), 'a.omstil');
      expect(imported).toMatchObject({ code: 0, stderr: '' });
      expect((await omstil('check', 'a.omstil')).code).toBe(0);
      await omstil('export', 'a.omstil', '--format', 'json', '-o', 'a.json');
      expect((await omstil('import', 'a.json', 'b.omstil')).code).toBe(0);
      await omstil('export', 'b.omstil', '--format', 'json', '-o', 'b.json');
      expect(read('b.json')).toBe(read('a.json'));
      const hand = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as {
        plan: { title: string };
      };
      expect(JSON.parse(read('a.json'))).toMatchObject({
        plan: { title: hand.plan.title, status: 'draft', decisionDate: null, principles: [] },
      });
    },
  );

  it('lists a refused file’s problems one to a line, 20 of them, and counts the rest', async () => {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'plan-required-only.json'), 'utf8')) as {
      plan: Record<string, unknown>;
      activities?: unknown[];
    };
    delete file.plan['title'];
    file.activities = Array.from({ length: 24 }, (_, i) => ({
      id: `9b8c7d6e-5f4a-4b3c-8d1e-${String(i).padStart(12, '0')}`,
    }));
    writeFileSync(join(tempDir(), 'bad.json'), JSON.stringify(file));
    const result = await omstil('import', 'bad.json', 'out.omstil');
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('Filen kan ikke importeres, fordi der er 25 problemer i den:');
    expect(lines[1]).toBe('– »plan.title« (Planens titel): Feltet mangler.');
    expect(lines[2]).toBe('– »activities[0].title« (Indsats nr. 1, Titel): Feltet mangler.');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('… og 5 andre problemer.');
    const english = await omstil('import', 'bad.json', 'out.omstil', '--lang', 'en');
    expect(english.stderr.split('\n')[1]).toBe(
      '– »plan.title« (Title of the plan): The field is missing.',
    );
  });
});

describe('omstil schema', () => {
  const tempDir = useTempDir();
  const omstil = omstilIn(tempDir);

  it('prints the JSON Schema that is checked in beside the program', async () => {
    const result = await omstil('schema');
    expect(result.code).toBe(0);
    const checkedIn = readFileSync(
      join(__dirname, '../../../resources/omstil-plan.schema.json'),
      'utf8',
    );
    expect(`${result.stdout}\n`).toBe(checkedIn);
    expect(JSON.parse(result.stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      required: ['format', 'version', 'plan'],
    });
  });

  it('is in the help', async () => {
    expect((await omstil('--help')).stdout).toMatch(/^ {2}schema {2,}Skriv JSON Schema/m);
    expect((await omstil('--help', '--lang', 'en')).stdout).toMatch(/^ {2}schema {2,}Print/m);
  });
});
