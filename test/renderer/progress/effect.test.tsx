// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/shared/model/document';
import type { Measurement } from '../../../src/shared/model/entities';
import { effectOverview } from '../../../src/shared/progress';
import { ids, planDocument } from '../fixtures';
import { TODAY } from './fixture';
import { normalise, openStep } from './render';

const baseline = planDocument.measurements[0] as Measurement;
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Workflows measured before and after in two groups; IT security never measured. */
const effectDocument: PlanDocument = {
  ...planDocument,
  competences: planDocument.competences.map((c) =>
    c.id === ids.workflows ? { ...c, targetGroupIds: [ids.caseworkers, ids.leaders] } : c,
  ),
  measurements: [
    baseline,
    {
      ...baseline,
      id: uuid(91),
      kind: 'follow-up',
      date: '2026-04-20',
      level: 3.1,
      respondents: 40,
      effectLink: 'applied',
    },
    {
      ...baseline,
      id: uuid(92),
      targetGroupId: ids.leaders,
      date: '2026-01-20',
      level: 2,
      respondents: 6,
    },
    {
      ...baseline,
      id: uuid(93),
      targetGroupId: ids.leaders,
      kind: 'follow-up',
      date: '2026-04-22',
      level: 3,
      respondents: 6,
      effectLink: 'behaviour',
    },
  ],
};

const card = (title: string) => screen.getByRole('article', { name: title });

describe('Effekt: measurements along the effect chain', () => {
  it('shows per competence the gap and the change measured, per target group and overall', async () => {
    await openStep('Effekt', effectDocument, { today: TODAY });
    const workflows = card('Optimering af arbejdsgange');
    const text = normalise(workflows.textContent);
    expect(text).toContain('Nuværende niveau2');
    expect(text).toContain('Målniveau4');
    expect(text).toContain('Gab+2');
    // (3.1 × 40 + 3 × 6) / 46 − (2.4 × 38 + 2 × 6) / 44 = 0.74
    expect(text).toContain('Målt ændring+0,7');
    const overall = effectOverview(effectDocument).competences[0]?.overall;
    expect(overall?.change).toBeCloseTo(0.7415, 3);

    const chart = within(workflows).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Niveau før og efter for Optimering af arbejdsgange på skalaen 1–5. ' +
        'Sagsbehandlere: Før 2,4, Efter 3,1 (+0,7). Teamledere: Før 2, Efter 3 (+1). ' +
        'Samlet: Før 2,3, Efter 3,1 (+0,7). Mål 4',
    );
    fireEvent.click(within(workflows).getByRole('button', { name: 'Vis som tabel' }));
    const rows = within(within(workflows).getByRole('table'))
      .getAllByRole('row')
      .map((r) => normalise(r.textContent));
    expect(rows).toEqual([
      'MålgruppeNulpunktsmålingSeneste opfølgningMålt ændring',
      'Sagsbehandlere2,4 (15. jan. 2026)3,1 (20. apr. 2026)+0,7',
      'Teamledere2 (20. jan. 2026)3 (22. apr. 2026)+1',
      'Samlet2,33,1+0,7',
    ]);
  });

  it('says which links of the effect chain are measured and which are still blind', async () => {
    await openStep('Effekt', effectDocument, { today: TODAY });
    const chain = within(card('Optimering af arbejdsgange')).getByRole('list', {
      name: 'Effektkæden for Optimering af arbejdsgange',
    });
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map((li) => normalise(li.textContent)),
    ).toEqual([
      '○GennemførtIkke målt',
      '✓LærtMålt: 2 før, 0 efter',
      '✓Anvendt i praksisMålt: 0 før, 1 efter',
      '✓Ny adfærdMålt: 0 før, 1 efter',
      '○Kortsigtede resultaterIkke målt',
      '○Langsigtet effektIkke målt',
    ]);
  });

  it('points out competences without a baseline and leads to Målinger to add one', async () => {
    await openStep('Effekt', effectDocument, { today: TODAY });
    const missing = screen.getByRole('region', {
      name: '1 kompetence har ingen nulpunktsmåling',
    });
    expect(normalise(missing.textContent)).toContain('IT-sikkerhed');
    expect(normalise(card('IT-sikkerhed').textContent)).toContain(
      'Der er endnu ingen målinger med et niveau for kompetencen.',
    );
    fireEvent.click(within(missing).getByRole('button', { name: 'Gå til Målinger' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Målinger'));
  });

  it('draws a card for every competence of a plan with many, though not all in one task', async () => {
    const added = Array.from({ length: 10 }, (_, i) => ({
      ...effectDocument.competences[0]!,
      id: uuid(200 + i),
      catalogKey: null,
      title: `Kompetence nummer ${i + 1}`,
    }));
    const many: PlanDocument = {
      ...effectDocument,
      competences: [...effectDocument.competences, ...added],
    };
    await openStep('Effekt', many, { today: TODAY });
    expect(card('Optimering af arbejdsgange')).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Kompetence nummer 10' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(many.competences.length);
  });

  it('shows no warning when every competence has a baseline', async () => {
    const based: PlanDocument = {
      ...effectDocument,
      measurements: [
        ...effectDocument.measurements,
        { ...baseline, id: uuid(94), competenceId: ids.security, level: null, indicator: 'Klik' },
      ],
    };
    await openStep('Effekt', based, { today: TODAY });
    expect(screen.queryByRole('region', { name: /nulpunktsmåling$/ })).toBeNull();
  });
});
