import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { caseName, sampleCases, type CaseId } from './case-id';
import { tally, type Tally } from './tally';
import {
  makeDamagedFile,
  openWorkbench,
  runCase,
  writeDamagedFile,
  type FileResult,
} from './workbench';
import { makeWorkFolder } from './work-folder';

/** The seed of both the CI run and the full set, so the CI run's files are the full set's first. */
export const SEED = 19;

export interface RunOptions {
  /** How many damaged files; the first n of a larger run with the same seed are the same files. */
  files: number;
  seed: number;
  /** Only these kinds (by name), e.g. to look closer at one. */
  kinds?: readonly string[];
  /** Called after each file, for a progress line. */
  onFile?: (done: number, total: number) => void;
  /** Also write each damaged file into a folder of its own here. */
  keepIn?: string;
}

export interface Run {
  results: FileResult[];
  tally: Tally;
  ms: number;
}

/**
 * Builds the originals, then makes `files` damaged files and takes each through every way in,
 * in a temporary folder removed afterwards.
 */
export async function runDamagedFiles(options: RunOptions): Promise<Run> {
  const cases = sampleCases(options.files, options.seed).filter(
    (id) => !options.kinds || options.kinds.includes(id.kind),
  );
  return runCases(cases, options.onFile, options.keepIn);
}

/** `keepIn`: also write each damaged file into a folder of its own there, to look at. */
export async function runCases(
  cases: readonly CaseId[],
  onFile?: (done: number, total: number) => void,
  keepIn?: string,
): Promise<Run> {
  const started = performance.now();
  const root = makeWorkFolder();
  try {
    const bench = await openWorkbench(root);
    const results: FileResult[] = [];
    for (const id of cases) {
      if (keepIn)
        writeDamagedFile(
          makeDamagedFile(bench, id),
          join(keepIn, caseName(id).replace(/\//g, '-')),
        );
      results.push(await runCase(bench, id));
      onFile?.(results.length, cases.length);
    }
    return { results, tally: tally(results), ms: performance.now() - started };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
