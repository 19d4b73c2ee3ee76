import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/main/cli/messages';

/** Each path to a text or a text-making function, e.g. `sectionsOption.pdfOnly`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe("the command's messages", () => {
  it('have the same keys in Danish and English', () => {
    expect(keysOf(cliMessages.en).sort()).toEqual(keysOf(cliMessages.da).sort());
  });

  it("count the plan's lists by the names the screens give them, in lower case", () => {
    const counts = { competences: 4, methods: 1, activities: 0, measurements: 12 };
    expect(cliMessages.da.counts(counts)).toBe(
      '4 kompetencer, 1 metoder, 0 indsatser, 12 målinger',
    );
    expect(cliMessages.en.counts(counts)).toBe(
      '4 competences, 1 methods, 0 activities, 12 measurements',
    );
  });
});
