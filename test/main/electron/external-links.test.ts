import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_LINK_HOSTS,
  isAllowedExternalUrl,
} from '../../../src/main/electron/external-links';
import { da } from '../../../src/renderer/i18n/da';
import { en } from '../../../src/renderer/i18n/en';
import { COMPETENCES, DRIVERS, METHODS } from '../../../src/shared/catalog';
import { DEFAULT_FUNDING_RULES } from '../../../src/shared/funding/default-rules';

/** Every string in a nested object of texts. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The program's own texts (the help, the guide and every other screen's), its catalogues and the
 * funding rules it cites: where a link the user may follow comes from.
 */
const TEXTS = strings([da, en, COMPETENCES, DRIVERS, METHODS, DEFAULT_FUNDING_RULES]);

describe('the links a window may open in the browser', () => {
  it('include every web link in the help and the catalogues', () => {
    const links = TEXTS.flatMap((text) => text.match(/https?:\/\/[^\s"'<>)»]+/g) ?? []);
    for (const link of links) expect(isAllowedExternalUrl(link), link).toBe(true);
  });

  it('name only sites the texts cite', () => {
    const cited = TEXTS.join('\n');
    for (const host of EXTERNAL_LINK_HOSTS) {
      expect(cited, host).toContain(host.replace(/^www\./, ''));
    }
  });

  it('are https pages of the allowed sites', () => {
    expect(isAllowedExternalUrl('https://kompetenceudvikling.dk/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.kompetenceudvikling.dk/kompetencefonden?x=1')).toBe(
      true,
    );
  });

  it.each([
    'https://example.com/',
    'https://kompetenceudvikling.dk.evil.example/',
    'https://evil.example/?kompetenceudvikling.dk',
    'https://user@kompetenceudvikling.dk/',
    'https://kompetenceudvikling.dk:8443/',
    'http://kompetenceudvikling.dk/',
    'file:///etc/passwd',
    'file://kompetenceudvikling.dk/share',
    'javascript:alert(1)',
    'smb://kompetenceudvikling.dk/share',
    'app://omstil/index.html',
    'not a url',
  ])('refuse %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
