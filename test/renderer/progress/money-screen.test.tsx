// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { danishKroner, MONEY_PLANS, type MoneyPlan } from '../../helpers/money-plans';
import { normalise, openStep } from './render';

/**
 * The money on the progress screen, from the real core, for the plans whose figures
 * test/main/export/money-everywhere.test.ts reads back from the PDF, the workbook and the
 * annual evaluation: the screen must give the same figures as the files.
 */

const TODAY = '2027-02-01';
const kr = danishKroner;
const region = () => screen.getByRole('region', { name: 'Fremdrift' });
const section = (name: string) => within(region()).getByRole('group', { name });

describe.each(MONEY_PLANS.map((p) => [p.name, p] as const))(
  'Fremdrift: the money of the %s plan',
  (_, { doc, figures }: MoneyPlan) => {
    it('shows the budget, spending and remainder the files show, in total and per source', async () => {
      await openStep('Fremdrift', doc, { today: TODAY });
      const money = normalise(section('Økonomi').textContent);
      expect(money).toContain(`Budget${kr(figures.planned)}`);
      expect(money).toContain(`Forbrugt${kr(figures.spent)}`);
      expect(money).toContain(`Tilbage${kr(figures.remaining)}`);

      const budget = section('Budget og forbrug fordelt på finansiering');
      fireEvent.click(within(budget).getByRole('button', { name: 'Vis som tabel' }));
      const rows = within(within(budget).getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => normalise(r.textContent));
      const count = figures.bySource.reduce((n, s) => n + s.activities, 0);
      expect(rows).toEqual([
        ...figures.bySource.map(
          (s) =>
            `${s.source ?? 'Ikke angivet'}${kr(s.planned)}${kr(s.spent)}${kr(s.planned - s.spent)}${s.activities}`,
        ),
        `I alt${kr(figures.planned)}${kr(figures.spent)}${kr(figures.remaining)}${count}`,
      ]);
    });
  },
);
