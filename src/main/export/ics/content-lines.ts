import { foldLine } from './fold-line';
import { escapeText } from './text-value';

/** One property of a calendar component, before it is folded. */
export type ContentLine = string;

/** `NAME:value` with the value escaped as text. */
export function textProperty(name: string, value: string): ContentLine {
  return `${name}:${escapeText(value)}`;
}

/** `NAME;PARAM=…:value` with a value that is written as it is (a date, a number, a rule). */
export function rawProperty(name: string, value: string | number, params = ''): ContentLine {
  return `${name}${params}:${value}`;
}

/** A list of texts, each escaped, separated by unescaped commas (CATEGORIES). */
export function textListProperty(name: string, values: readonly string[]): ContentLine {
  return `${name}:${values.map(escapeText).join(',')}`;
}

/** `BEGIN:NAME`, the component's lines, `END:NAME`. */
export function component(name: string, lines: readonly ContentLine[]): ContentLine[] {
  return [`BEGIN:${name}`, ...lines, `END:${name}`];
}

/** The file's text: every line folded and ended by CRLF, as RFC 5545 asks. */
export function serialise(lines: readonly ContentLine[]): string {
  return lines
    .flatMap(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}
