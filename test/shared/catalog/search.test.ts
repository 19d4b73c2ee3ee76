import { describe, expect, it } from 'vitest';
import { catalogEntries, foldForSearch, searchCatalog } from '../../../src/shared/catalog';
import type { CatalogKind } from '../../../src/shared/catalog';

function keys(kind: CatalogKind, query: string, lang?: 'da' | 'en'): string[] {
  return searchCatalog(kind, query, lang).map((entry) => entry.key);
}

describe('searchCatalog', () => {
  it('ignores diacritics and Danish letters', () => {
    expect(keys('method', 'frontlober')[0]).toBe('train-the-trainer');
    expect(keys('method', 'frontloeber')[0]).toBe('train-the-trainer');
    expect(keys('method', 'FRONTLØBER')[0]).toBe('train-the-trainer');
    expect(keys('method', 'sidemandsoplaering')[0]).toBe('peer-training');
    expect(keys('method', 'sidemandsoplaring')[0]).toBe('peer-training');
    expect(keys('competence', 'SERVICEADFÆRD')).toEqual(['service-communication']);
  });

  it('finds Danish and English words alike', () => {
    expect(keys('method', 'ambassadører')[0]).toBe('train-the-trainer');
    expect(keys('method', 'ambassadors')[0]).toBe('train-the-trainer');
    expect(keys('driver', 'effektivisering')[0]).toBe('efficiency');
    expect(keys('driver', 'efficiency')[0]).toBe('efficiency');
    expect(keys('competence', 'leadership')).toContain('digital-leadership');
  });

  it('needs every word to match, in any order', () => {
    expect(keys('competence', 'sikkerhed it')[0]).toBe('it-security');
    expect(keys('competence', 'data security')[0]).toBe('it-security');
    expect(keys('competence', 'ledelse zzz')).toEqual([]);
  });

  it('ranks title matches before description matches, each in catalogue order', () => {
    expect(keys('competence', 'digital', 'da')).toEqual([
      // "digital" in the Danish title
      'digital-mindset',
      'digital-innovation',
      'trainer-skills',
      'digital-leadership',
      // only in the Danish description
      'workflow-optimisation',
      'general-skills',
      'service-communication',
    ]);
  });

  it('puts every title match first for any query', () => {
    for (const query of ['it', 'data', 'medarbejdere', 'users', 'strategi', 'sprint']) {
      for (const kind of ['driver', 'competence', 'method'] as const) {
        const found = searchCatalog(kind, query);
        const inTitle = found.map((entry) =>
          foldForSearch(`${entry.title.da}\n${entry.title.en}`).includes(foldForSearch(query)),
        );
        const firstMiss = inTitle.indexOf(false);
        if (firstMiss >= 0) expect(inTitle.slice(firstMiss)).not.toContain(true);
      }
    }
  });

  it('searches only the given language when asked', () => {
    expect(keys('competence', 'leadership', 'da')).toEqual([]);
    expect(keys('competence', 'leadership', 'en')).toContain('digital-leadership');
    expect(keys('competence', 'ledelse', 'en')).toEqual([]);
  });

  it('returns everything in catalogue order for an empty query', () => {
    expect(keys('method', '   ')).toEqual(catalogEntries('method').map((entry) => entry.key));
  });

  it('is deterministic and returns fresh arrays', () => {
    const first = searchCatalog('method', 'kompetence');
    const second = searchCatalog('method', 'kompetence');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});
