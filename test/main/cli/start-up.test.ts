import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_COMMAND } from '../../helpers/built-node';
import { runCli } from '../../../src/main/cli/main';

/**
 * The command starts at once when it loads only what the asked-for command uses. Which modules a
 * run loaded is a fact the test can read without a clock: the preload below writes Node's module
 * cache to a file as the process exits.
 */
let folder: string;
let preload: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'omstil-start-up-'));
  preload = join(folder, 'record-modules.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, Object.keys(require.cache).join('\\n')));`,
  );
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function modulesLoadedBy(argv: string[], name: string): Promise<string[]> {
  const out = join(folder, `${name}.txt`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, BUILT_COMMAND, ...argv], {
      cwd: folder,
      env: { ...process.env, MODULES_OUT: out },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', () => resolve(readFileSync(out, 'utf8').split('\n')));
  });
}

const loads = (modules: string[], name: string): boolean =>
  modules.some((path) => path.includes(`node_modules/${name}/`));

describe('what the command loads before it answers', () => {
  it('answers --help without the database or the export libraries', async () => {
    const modules = await modulesLoadedBy(['--help'], 'help');
    expect(loads(modules, 'better-sqlite3')).toBe(false);
    expect(loads(modules, 'pdfmake')).toBe(false);
    expect(loads(modules, 'exceljs')).toBe(false);
    expect(loads(modules, 'docx')).toBe(false);
  });

  it('checks a plan without loading the PDF, workbook and Word libraries', async () => {
    const file = join(folder, 'plan.omstil');
    expect(await runCli(['new', file], { cwd: folder, stdout: () => {}, stderr: () => {} })).toBe(
      0,
    );
    const modules = await modulesLoadedBy(['check', file], 'check');
    expect(loads(modules, 'better-sqlite3')).toBe(true);
    expect(loads(modules, 'pdfmake')).toBe(false);
    expect(loads(modules, 'exceljs')).toBe(false);
    expect(loads(modules, 'docx')).toBe(false);
  });
});

describe('command names', () => {
  it('refuses a name that only exists on every JavaScript object as an unknown command', async () => {
    const errors: string[] = [];
    const code = await runCli(['toString'], {
      cwd: folder,
      stdout: () => {},
      stderr: (text) => errors.push(text),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('toString');
  });
});
