import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omstilIn } from '../../helpers/cli-runner';
import { useTempDir } from '../../helpers/temp-dir';
import { SLOW } from '../export/plans';
import { pdfPageText, pdfText } from '../export/poppler';

describe('omstil export --sections, as typed on the command line', { timeout: SLOW }, () => {
  const tempDir = useTempDir();
  const at = (name: string) => join(tempDir(), name);

  const omstil = omstilIn(tempDir);

  it('takes the list after --sections as its value and writes only those parts', async () => {
    await omstil('new', 'plan.omstil', '--example');
    const result = await omstil(
      'export',
      'plan.omstil',
      '--format',
      'pdf',
      '--sections',
      'summary,activities',
      '-o',
      'part.pdf',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = pdfText(at('part.pdf'));
    expect(text).toContain('Sammenfatning');
    expect(text).not.toContain('Baggrunde og udfordringer');
  });

  it('takes --sections=a,b too', async () => {
    await omstil('new', 'plan.omstil', '--example');
    const result = await omstil(
      'export',
      'plan.omstil',
      '--format=pdf',
      '--sections=cover',
      '-o',
      'cover.pdf',
    );
    expect(result.code).toBe(0);
    expect(pdfText(at('cover.pdf'))).not.toContain('Sammenfatning');
  });

  it('puts the agenda page first when named, and leaves it out when no sections are named', async () => {
    await omstil('new', 'plan.omstil', '--example');
    const named = await omstil(
      'export',
      'plan.omstil',
      '--format',
      'pdf',
      '--sections',
      'cover,agenda',
      '-o',
      'dagsorden.pdf',
    );
    expect(named).toMatchObject({ code: 0, stderr: '' });
    expect(pdfPageText(at('dagsorden.pdf'), 1)).toMatch(/^Til SU’s dagsorden .* Godkendt af/);
    expect(pdfPageText(at('dagsorden.pdf'), 2)).toMatch(/^KOMPETENCEPLAN/);
    const all = await omstil('export', 'plan.omstil', '--format', 'pdf', '-o', 'alle.pdf');
    expect(all.code).toBe(0);
    expect(pdfText(at('alle.pdf'))).not.toContain('Til SU’s dagsorden');
  });

  it('names an unknown section and the ones there are, on one line, writing nothing', async () => {
    await omstil('new', 'plan.omstil', '--example');
    const result = await omstil(
      'export',
      'plan.omstil',
      '--format',
      'pdf',
      '--sections',
      'summary,appendix',
      '-o',
      'x.pdf',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/»appendix«.*cover, committee, summary/);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(existsSync(at('x.pdf'))).toBe(false);
  });

  it('says --sections needs a value when it is the last word', async () => {
    await omstil('new', 'plan.omstil', '--example');
    const result = await omstil('export', 'plan.omstil', '--format', 'pdf', '--sections');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--sections');
  });

  it('shows [--sections a,b] in the usage text, in both languages', async () => {
    expect((await omstil('--help')).stdout).toContain('[--sections a,b]');
    expect((await omstil('--help', '--lang', 'en')).stdout).toContain('[--sections a,b]');
  });
});
