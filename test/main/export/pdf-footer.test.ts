import { describe, expect, it } from 'vitest';
import { planDocDefinition } from '../../../src/main/export/pdf/document';
import { examplePlan } from './plans';

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' } as const;

describe('the PDF footer', () => {
  // pdfmake lays the footer out again on every page, a word at a time; in a plan of several
  // hundred pages that was a noticeable share of the export. Both texts are known to fit.
  it('hands pdfmake each of its two texts as one unbroken piece', () => {
    const plan = examplePlan();
    const { footer } = planDocDefinition(plan, { lang: 'da' });
    const node = footer(3, 12, A4) as { columns: { text: unknown }[] };
    expect(node.columns.map((column) => column.text)).toEqual([
      [{ text: plan.plan.title, noWrap: true }],
      [{ text: 'Side 3 af 12', noWrap: true }],
    ]);
  });
});
