import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** An element of a tagged PDF's structure tree as `pdfinfo -struct-text` prints it. */
export interface StructNode {
  role: string;
  /** The text of the element and everything in it, in reading order. */
  text: string;
  children: StructNode[];
}

/** The structure tree, read by poppler (`pdfinfo -struct-text`); its root is the document. */
export function pdfStructure(file: string): StructNode[] {
  const result = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`pdfinfo -struct-text failed: ${result.error?.message ?? result.stderr}`);
  }
  const root: StructNode = { role: '', text: '', children: [] };
  const open: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of result.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    while (open.length > 1 && open[open.length - 1]!.depth >= depth) open.pop();
    if (body.startsWith('"')) {
      const text = body.slice(1, -1);
      for (const { node } of open) node.text += text;
      continue;
    }
    // An attribute line (such as `/Scope /Column`) belongs to the element above it.
    if (body.startsWith('/')) continue;
    const node: StructNode = { role: body.split(/[\s:]/)[0]!, text: '', children: [] };
    open[open.length - 1]!.node.children.push(node);
    open.push({ depth, node });
  }
  return root.children;
}

/** Every element of `role` in reading order, however deep. */
export function elementsOf(nodes: readonly StructNode[], role: string): StructNode[] {
  return nodes.flatMap((n) => [...(n.role === role ? [n] : []), ...elementsOf(n.children, role)]);
}

/**
 * What poppler does not print: the structure elements' own entries (`/Alt`, `/Lang`), read from
 * the file, where pdfkit writes each element as a plain dictionary.
 */
export function elementEntries(file: string): { role: string; alt?: string; lang?: string }[] {
  const raw = readFileSync(file).toString('latin1');
  const found: { role: string; alt?: string; lang?: string }[] = [];
  for (const match of raw.matchAll(/<<\n\/S \/(\w+)\n([\s\S]*?)\n>>/g)) {
    const entry: { role: string; alt?: string; lang?: string } = { role: match[1]! };
    const alt = /\/Alt \(((?:\\.|[^\\)])*)\)/.exec(match[2]!);
    const lang = /\/Lang \(((?:\\.|[^\\)])*)\)/.exec(match[2]!);
    if (alt) entry.alt = pdfString(alt[1]!);
    if (lang) entry.lang = pdfString(lang[1]!);
    found.push(entry);
  }
  return found;
}

/** A literal string as pdfkit writes it: escaped, and in UTF-16 when it is not plain ASCII. */
function pdfString(escaped: string): string {
  const bytes = escaped.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (named[e]) return named[e];
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return e;
  });
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  const buffer = Buffer.from(bytes.slice(2), 'latin1');
  buffer.swap16();
  return buffer.toString('utf16le');
}
