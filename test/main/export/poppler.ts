import { spawnSync } from 'node:child_process';

/**
 * poppler-utils read the PDFs back as a reader's viewer would. CI installs them; locally:
 * `apt-get install -y poppler-utils`.
 */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `${command} is missing (apt-get install -y poppler-utils): ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * The text in drawing order (-raw), so a title that wraps inside a table cell comes out as one
 * run, with every kind of white space folded to one space.
 */
export function pdfText(file: string): string {
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The text of one page, 1-based. */
export function pdfPageText(file: string, page: number): string {
  return run('pdftotext', [
    '-raw',
    '-enc',
    'UTF-8',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ])
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return info;
}

export function pdfPages(file: string): number {
  return Number(pdfInfo(file)['Pages']);
}
