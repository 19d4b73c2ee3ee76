import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Danish as one voice: every Danish text in the program — screens, messages, PDF and workbook,
 * the `omstil` command, the menu — quotes with »…«, says "I/jeres" rather than "De/Deres", spells
 * Redigér one way, and does not let English words through. The texts are read from the sources,
 * so a text built by a function (an error message, a line the command prints) is checked as well.
 */

const SRC = join(__dirname, '../../../src');

interface Text {
  /** `file:line`, for the failure message. */
  at: string;
  /** The names leading to the text, e.g. `yearDa.funding.editRules` or `errors.wrongFormat`. */
  path: string;
  /** The text, with `${…}` written as `{{…}}`. */
  text: string;
  danish: boolean;
  file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nameOf(node: ts.Node): string | null {
  if (
    (ts.isPropertyAssignment(node) ||
      ts.isVariableDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isFunctionDeclaration(node)) &&
    node.name &&
    (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
  ) {
    return node.name.text;
  }
  return null;
}

/** Danish by where it stands: under a `da` key, in a `…Da` catalogue, or first in `t(da, en)`. */
function isDanishPlace(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const name = nameOf(parent);
    if (name === 'da' || (name !== null && /^\w+Da$/.test(name))) return true;
    if (
      ts.isCallExpression(parent) &&
      ts.isIdentifier(parent.expression) &&
      parent.expression.text === 't' &&
      parent.arguments.length === 2 &&
      parent.arguments.every((argument) => literalText(argument) !== null)
    ) {
      return parent.arguments[0] === child;
    }
  }
  return false;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `{{…}}${span.literal.text}`).join('');
  }
  return null;
}

function textsOf(file: string): Text[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const texts: Text[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    const isKey = node.parent && ts.isPropertyAssignment(node.parent) && node.parent.name === node;
    if (text !== null && !isKey && !ts.isImportDeclaration(node.parent)) {
      const names: string[] = [];
      for (let at: ts.Node | undefined = node; at; at = at.parent) {
        const name = nameOf(at);
        if (name !== null) names.unshift(name);
      }
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      texts.push({
        at: `${relative(SRC, file)}:${line}`,
        path: names.join('.'),
        text,
        danish: isDanishPlace(node),
        file: relative(SRC, file),
      });
      if (ts.isTemplateExpression(node)) {
        // The expressions inside a template may hold texts of their own.
        node.templateSpans.forEach((span) => ts.forEachChild(span.expression, visit));
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const all = sourceFiles(SRC).flatMap(textsOf);
const danish = all.filter((t) => t.danish);
const show = (found: Text[]) => found.map((t) => `${t.at} ${t.path}: ${t.text}`);

/**
 * Where "JSON" is the name of the format itself and has no Danish word: the rules editor for the
 * fund's rules and its messages (the one option meant for those who keep the rules file), the
 * JSON file among the export formats, the command line's usage, and the refusals of a JSON file being imported.
 */
const JSON_ALLOWED = [
  /^yearDa\.funding\.(editRules|rulesText|invalidJson|invalidJsonNoPosition)$/,
  /^(exportDa\.format|DIALOG_LABELS\.da\.formats)\.json$/,
  /^FUNDING_RULE_MESSAGES\./,
  /^cliMessages\.da\.usage$/,
  /^errors\.(invalidJson|wrongFormat|unsupportedVersion|notAnExport)\b/,
  // Importing a plan from the interchange file: the file's format is what the user looks for.
  /^(DIALOG_LABELS\.da\.import\.|da\.start\.importPlan$|da\.pathDialog\.(titleImport|introImport)$)/,
  /^DIALOG_LABELS\.da\.importPlanFilter$/,
  /^COMMAND_LABELS\.importPlan\.da$/,
  // The Excel import points an Omstil workbook to that command, by its name.
  /^excelImportDa\.omstilPlan$/,
  // The trends report is saved in a format asked for by name, and plans are counted from it too.
  /^trendsDa\.(saveJson|dialogTitleJson)$/,
  /^TRENDS_LABELS\.da\.filter$/,
];

/**
 * English words that have slipped into Danish screens before. The catalogue's own content
 * (`shared/catalog`, `shared/recommend`) is left out: it names the method "impact map" as the
 * fund's list of methods does, and the help's glossary ties that name to the Virkningskort screen.
 */
const LEAKED = /\b(Impact|impact|Save|Export|Undo|Redo|Settings)\b/;
const CATALOGUE_CONTENT = /^shared[\\/](catalog|recommend)[\\/]/;
/** The glossary says what the Virkningskort is called elsewhere, so a reader can find it there. */
const ENGLISH_NAME_EXPLAINED = /^helpDa\.glossary\.impactMap\.text$/;
/** Excel's number format syntax puts a literal unit in straight quotes: `#,##0 "kr."`. */
const NOT_PROSE = /^main[\\/]export[\\/]xlsx[\\/]cell-formats\.ts$/;

describe('the Danish texts', () => {
  it('are found where the program keeps them', () => {
    const danishIn = (file: string) => danish.filter((t) => t.file === file).length;
    expect(danishIn('renderer/i18n/namespaces/year.ts')).toBeGreaterThan(80);
    expect(danishIn('shared/errors.ts')).toBeGreaterThan(40);
    expect(danishIn('main/export/i18n.ts')).toBeGreaterThan(100);
    expect(danishIn('main/cli/messages.ts')).toBeGreaterThan(10);
    expect(danishIn('main/electron/menu-labels.ts')).toBeGreaterThan(10);
    expect(danishIn('shared/i18n/field-labels.ts')).toBeGreaterThan(50);
    // The English side is not taken for Danish.
    expect(
      danish.some((t) => t.text === 'The plan is open read-only, so the change was not saved.'),
    ).toBe(false);
    expect(danish.some((t) => t.text.startsWith('Planen er åben skrivebeskyttet'))).toBe(true);
  });

  it('quote with »…«, opening with » and closing with «', () => {
    // Every text in any language: English does not use guillemets, so a pair must point inward.
    const wrong = all.filter((t) => {
      const marks = t.text.replace(/[^»«]/g, '');
      return marks !== '' && !/^(»«)+$/.test(marks);
    });
    expect(show(wrong)).toEqual([]);
  });

  it('do not quote with straight or English quotation marks', () => {
    const quoted = danish.filter((t) => !NOT_PROSE.test(t.file) && /["“”„]/.test(t.text));
    expect(show(quoted)).toEqual([]);
  });

  it('speak to the committee as I and jeres, never as De, Dem or Deres', () => {
    expect(show(danish.filter((t) => /\b(Deres|Dem)\b/.test(t.text)))).toEqual([]);
  });

  it('spell Redigér one way', () => {
    expect(show(danish.filter((t) => /\b[Rr]ediger\b/.test(t.text)))).toEqual([]);
  });

  it('let no English word through', () => {
    const leaked = danish.filter(
      (t) =>
        !CATALOGUE_CONTENT.test(t.file) &&
        !ENGLISH_NAME_EXPLAINED.test(t.path) &&
        LEAKED.test(t.text),
    );
    const json = danish.filter(
      (t) => /\bJSON\b/.test(t.text) && !JSON_ALLOWED.some((allowed) => allowed.test(t.path)),
    );
    expect(show([...leaked, ...json])).toEqual([]);
  });
});
