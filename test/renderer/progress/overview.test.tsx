// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/renderer/i18n/format';
import type { PlanDocument } from '../../../src/shared/model/document';
import { progressOverview } from '../../../src/shared/progress';
import { emptyDocument, ids, planDocument } from '../fixtures';
import { more, progressDocument, TODAY } from './fixture';
import { normalise, openStep } from './render';

const format = formatters('da');
const overview = progressOverview(progressDocument, TODAY);
const region = () => screen.getByRole('region', { name: 'Fremdrift' });
const section = (name: string | RegExp) => within(region()).getByRole('group', { name });

describe('Fremdrift: where the plan stands', () => {
  it('shows the figures progressOverview gives for the day, in kroner and percent', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    const overall = normalise(section('Samlet fremdrift').textContent);
    expect(overview.progress.weighting).toBe('participants');
    expect(overall).toContain(
      normalise(format.percent(Math.round(overview.progress.percent ?? -1))),
    );
    // (40 × 12 + 0 × 48 + 100 × 6 + 0 × 0) / 66 = 16.4 %; the cancelled course is left out.
    expect(overall).toContain('16 %');

    const money = normalise(section('Økonomi').textContent);
    expect(money).toContain(`Budget${normalise(format.money(overview.budget.planned))}`);
    expect(money).toContain('Budget1.310.000 kr.');
    expect(money).toContain('Forbrugt333.500 kr.');
    expect(money).toContain('Tilbage976.500 kr.');

    const people = normalise(section('Deltagere').textContent);
    expect(people).toContain(`Planlagt${overview.participants.planned}`);
    expect(people).toContain('Planlagt66');
    expect(people).toContain('Nået14');
    expect(people).toContain('Nået af det planlagte21 %');
    expect(normalise(region().textContent)).toContain('Opgjort 15. maj 2026.');
  });

  it('counts activities by status in a chart with the table beside it', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    const table = within(region()).getByRole('table', { name: 'Indsatser fordelt på status' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => normalise(r.textContent));
    expect(rows).toEqual([
      `Idé${overview.byStatus.idea}`,
      `Planlagt${overview.byStatus.planned}`,
      `I gang${overview.byStatus['in-progress']}`,
      `Gennemført${overview.byStatus.done}`,
      `Aflyst${overview.byStatus.cancelled}`,
      'I alt6',
    ]);
    const chart = within(section('Indsatser fordelt på status')).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Diagram over indsatser fordelt på status: Idé 1, Planlagt 2, I gang 1, Gennemført 1 og Aflyst 1.',
    );
  });

  it('explains the weighting in one line, and says when there is nothing to weight', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    expect(normalise(section('Samlet fremdrift').textContent)).toContain(
      'Vægtet efter planlagte deltagere',
    );
    cleanup();
    await openStep('Fremdrift', emptyDocument('Tom plan'), { today: TODAY });
    expect(normalise(section('Samlet fremdrift').textContent)).toContain(
      'Der er endnu ingen indsatser at regne fremdrift på.',
    );
    expect(normalise(region().textContent)).toContain(
      'Når planen har indsatser, ses fremdriften her.',
    );
  });

  it('uses the plain mean when no activity has planned participants', async () => {
    const unweighted: PlanDocument = {
      ...planDocument,
      activities: planDocument.activities.map((a) => ({ ...a, participantsPlanned: 0 })),
    };
    await openStep('Fremdrift', unweighted, { today: TODAY });
    const overall = normalise(section('Samlet fremdrift').textContent);
    expect(overall).toContain('20 %');
    expect(overall).toContain('Et simpelt gennemsnit');
  });

  it('lists what is overdue and what starts within 30 days, and opens it in Indsatser', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    expect(overview.overdue.map((o) => o.activityId)).toEqual([ids.superusers]);
    const overdue = section('Overskredet slutdato (1)');
    expect(normalise(overdue.textContent)).toContain(
      'Slutdato 30. apr. 2026, overskredet med 15 dage · I gang, 40 % gennemført',
    );
    const soon = section('Starter inden for 30 dage');
    expect(normalise(soon.textContent)).toContain('Opfølgningsmøde om phishing');
    expect(normalise(soon.textContent)).toContain('Starter 1. jun. 2026, om 17 dage · Planlagt');

    fireEvent.click(within(overdue).getByRole('link', { name: /Superbrugeruddannelse/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Indsatser' })).toBeTruthy();
    expect(
      screen.getByRole('heading', {
        name: 'Indsatsen »Superbrugeruddannelse i sagsbehandlingssystemet«',
      }),
    ).toBeTruthy();
  });

  it('shows budget and spending per funding source, as a chart or as a table with the same sums', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    const budget = section('Budget og forbrug fordelt på finansiering');
    const chart = within(budget).getByRole('img');
    expect(normalise(chart.getAttribute('aria-label'))).toContain(
      'Den Statslige Kompetencefond: budget 1.250.000 kr., forbrugt 310.000 kr.; Driftsbudget:',
    );
    const toggle = within(budget).getByRole('button', { name: 'Vis som tabel' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(budget).queryByRole('img')).toBeNull();
    const rows = within(within(budget).getByRole('table'))
      .getAllByRole('row')
      .map((r) => normalise(r.textContent));
    // " driftsbudget " is the same source as "Driftsbudget"; the cancelled course's budget is
    // freed but what it spent counts.
    expect(rows).toEqual([
      'FinansieringBudgetForbrugtTilbageIndsatser',
      'Den Statslige Kompetencefond1.250.000 kr.310.000 kr.940.000 kr.1',
      'Driftsbudget20.000 kr.23.500 kr.-3.500 kr.2',
      'Ikke angivet40.000 kr.0 kr.40.000 kr.3',
      'I alt1.310.000 kr.333.500 kr.976.500 kr.6',
    ]);
    expect(overview.budget.bySource.map((s) => s.label.da)).toEqual([
      'Den Statslige Kompetencefond',
      'Driftsbudget',
      'Ikke angivet',
    ]);
  });

  it('shows per competence the activities that serve it and their combined progress', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    const figure = section('Fremdrift pr. kompetence');
    expect(normalise(within(figure).getByRole('img').getAttribute('aria-label'))).toContain(
      'Optimering af arbejdsgange: 60 % · 3 indsatser. IT-sikkerhed: 0 % · 2 indsatser.',
    );
    fireEvent.click(within(figure).getByRole('button', { name: 'Vis som tabel' }));
    const row = within(within(figure).getByRole('table')).getByRole('row', {
      name: /^Optimering af arbejdsgange/,
    });
    expect(normalise(row.textContent)).toBe(
      'Optimering af arbejdsgange' +
        'Superbrugeruddannelse i sagsbehandlingssystemet (I gang, 40 %)' +
        'Workshop om arbejdsgange (Gennemført, 100 %)' +
        'Kursus i sagsstyring (Aflyst, 0 %)' +
        '60 %',
    );
    expect(overview.competences[0]?.activityIds).toEqual([
      ids.superusers,
      more.workshop,
      more.course,
    ]);
  });

  it('names every chart and offers to mark a status', async () => {
    await openStep('Fremdrift', progressDocument, { today: TODAY });
    for (const chart of within(region()).getAllByRole('img')) {
      expect(chart.getAttribute('aria-label')?.length).toBeGreaterThan(20);
      expect(chart.querySelector('title')?.textContent).toBe(chart.getAttribute('aria-label'));
    }
    expect(screen.getByRole('button', { name: 'Markér status' })).toBeTruthy();
  });

  it('speaks English with English amounts', async () => {
    await openStep('Progress', progressDocument, { today: TODAY, language: 'en' });
    const text = normalise(screen.getByRole('region', { name: 'Progress' }).textContent);
    expect(text).toContain('BudgetDKK 1,310,000');
    expect(text).toContain('Ended 30 Apr 2026, 15 days ago · In progress, 40% done');
  });
});
