// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applicationFromActivity, DEFAULT_FUNDING_RULES } from '../../../src/shared/funding';
import type { PlanDocument } from '../../../src/shared/model/document';
import { ids } from '../fixtures';
import { openPlan } from '../planner/helpers';
import { yearDocument } from '../year-wheel/year-document';

const SUPERUSERS = 'Superbrugeruddannelse i sagsbehandlingssystemet';

/** The test plan where the committee has answered that the workplace is obliged to offer the superuser course. */
function obligedDocument(): PlanDocument {
  const doc = yearDocument();
  doc.activities = doc.activities.map((a) =>
    a.id === ids.superusers
      ? { ...a, fundingApplication: { ...applicationFromActivity(a), obligatory: true } }
      : a,
  );
  return doc;
}

const card = (title: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { level: 3, name: title }) !== null)!;

async function openRulesEditor(): Promise<HTMLTextAreaElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Redigér reglerne som JSON' }));
  return screen.findByLabelText<HTMLTextAreaElement>('Reglerne som JSON');
}

describe('funding readiness for Den Statslige Kompetencefond', () => {
  it('gives each open activity a verdict with its reasons, what is missing and when the rules were checked', async () => {
    await openPlan('Kompetencefonden', obligedDocument());
    const superusers = card(SUPERUSERS);
    expect(
      within(superusers).getByText('Vurdering: Sandsynligvis ikke støtteberettiget'),
    ).toBeTruthy();
    expect(within(superusers).getByText('Arbejdspladsen er forpligtet.')).toBeTruthy();
    const phishing = card('Øvelse i at genkende phishing');
    expect(within(phishing).getByText('Vurdering: Kræver flere oplysninger')).toBeTruthy();
    expect(within(phishing).getByText(/^Mangler: Fondspulje, Aktivitetstype/)).toBeTruthy();
    // Its start has passed: the reminder says support needs an approval from before that day.
    expect(
      within(phishing).getByText(
        /^Aktiviteten er begyndt eller begynder i dag\. Fonden støtter den kun, hvis ansøgningen var godkendt af både medarbejder og leder senest 3\. maj 2026\.$/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Sidst kontrolleret 27. nov. 2026')).toBeTruthy();
  });

  it('saves an answer as the activity’s whole application, prefilled from the activity, and the verdict follows', async () => {
    const api = await openPlan('Kompetencefonden', yearDocument());
    const phishing = card('Øvelse i at genkende phishing');
    fireEvent.click(
      within(phishing).getByRole('button', {
        name: 'Udfyld ansøgningsoplysninger for »Øvelse i at genkende phishing«',
      }),
    );
    const question = within(phishing).getByRole('group', {
      name: 'Tilbydes aktiviteten rutinemæssigt til medarbejderne på arbejdspladsen?',
    });
    fireEvent.click(within(question).getByLabelText('Ja'));

    await waitFor(() =>
      expect(
        within(card('Øvelse i at genkende phishing')).getByText(
          'Vurdering: Sandsynligvis ikke støtteberettiget',
        ),
      ).toBeTruthy(),
    );
    const saved = api.doc().activities.find((a) => a.id === ids.phishing)?.fundingApplication;
    expect(saved).toMatchObject({
      title: 'Øvelse i at genkende phishing',
      start: '2026-05-04',
      routinelyOffered: true,
      obligatory: null,
    });
  });

  it('refuses rules that are not JSON, and rules with a wrong value naming its path, and saves nothing', async () => {
    const api = await openPlan('Kompetencefonden', obligedDocument());
    const text = await openRulesEditor();
    fireEvent.change(text, { target: { value: '{\n  "version": 1,\n  regler\n}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem regler' }));
    expect(
      (await screen.findByRole('alert')).textContent?.startsWith(
        'Teksten kan ikke læses som JSON (linje 3, tegn 3).',
      ),
    ).toBe(true);
    expect(text.getAttribute('aria-invalid')).toBe('true');

    const wrong = structuredClone(DEFAULT_FUNDING_RULES) as unknown as {
      rules: { when: { field: string } }[];
    };
    wrong.rules[1]!.when.field = 'lønramme';
    fireEvent.change(text, { target: { value: JSON.stringify(wrong, null, 2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem regler' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert.textContent).toContain('rules[1].when.field: Feltet findes ikke'),
    );
    expect(alert.textContent).toContain('Reglerne er ikke gemt, fordi der er fejl:');
    expect(api.calls.updatePlan).toBeUndefined();
    expect(api.doc().plan.fundingRules).toBeNull();
    // What was typed stays, so it can be corrected.
    expect(text.value).toContain('lønramme');
  });

  it('saves an edited rule, which changes the verdict at once, and goes back to the defaults', async () => {
    const api = await openPlan('Kompetencefonden', obligedDocument());
    const text = await openRulesEditor();
    const edited = structuredClone(DEFAULT_FUNDING_RULES);
    edited.rules = edited.rules.map((r) => (r.id === 'obligatory' ? { ...r, effect: 'check' } : r));
    fireEvent.change(text, { target: { value: JSON.stringify(edited, null, 2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem regler' }));

    expect(await screen.findByText('Reglerne er gemt. Vurderingerne er opdateret.')).toBeTruthy();
    expect(within(card(SUPERUSERS)).getByText('Vurdering: Kræver flere oplysninger')).toBeTruthy();
    expect(api.doc().plan.fundingRules).toEqual(edited);
    expect(screen.getByText('Planen bruger sine egne, redigerede regler.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Brug standardreglerne igen' }));
    expect(await screen.findByText('Planen bruger igen standardreglerne.')).toBeTruthy();
    expect(api.doc().plan.fundingRules).toBeNull();
    expect(
      within(card(SUPERUSERS)).getByText('Vurdering: Sandsynligvis ikke støtteberettiget'),
    ).toBeTruthy();
  });
});
