import { runCases, runDamagedFiles, SEED, type Run } from './run';
import { FORBIDDEN, failingExamples, forbiddenCounts, formatTally } from './tally';
import { caseName, parseCaseName } from './case-id';
import { WAYS } from './ways-in';

const FULL_SET = 6000;

/**
 * `npm run bench:integrity`: the full set of damaged files through every way in, with the same
 * table as the CI run; the answer is the exit code, 1 when anything forbidden happened.
 *
 *   --files N            how many files (default 6000; the CI run takes the first 1000)
 *   --seed S             another set of files
 *   --kinds a,b          only these kinds
 *   --case k/original/s  one file, as a failure names it, with every way's answer in full
 *   --keep DIR           also write each damaged file into DIR, to open with other tools
 */
export async function benchIntegrity(
  argv: readonly string[],
  write: (text: string) => void,
): Promise<number> {
  const options = parseOptions(argv);
  const keep = options.get('keep');
  const replay = options.get('case');
  if (replay) {
    const run = await runCases([parseCaseName(replay)], undefined, keep);
    for (const result of run.results) {
      write(`${caseName(result.id)}: ${result.note}\n`);
      for (const call of result.calls) {
        write(
          `  ${call.way}: ${call.outcome}${call.detail ? ` – ${call.detail}` : ''}` +
            `${call.harmed ? ' (harmed the plan)' : ''}` +
            `${call.leftovers.length ? ` (left ${call.leftovers.join(', ')})` : ''}, ${Math.round(call.ms)} ms\n`,
        );
      }
      if (result.disagreement) write('  the ways in disagree\n');
    }
    return verdict(run, write);
  }
  const files = Number(options.get('files') ?? FULL_SET);
  const seed = Number(options.get('seed') ?? SEED);
  const kinds = options.get('kinds')?.split(',');
  write(`${files} damaged files (seed ${seed}), each through the ${WAYS.length} ways in …\n`);
  let shown = 0;
  const run = await runDamagedFiles({
    files,
    seed,
    ...(kinds ? { kinds } : {}),
    onFile: (done, total) => {
      if (done - shown >= 250 || done === total) {
        shown = done;
        write(`  ${done} / ${total}\n`);
      }
    },
    ...(keep ? { keepIn: keep } : {}),
  });
  write(`\n${formatTally(run.tally)}\n`);
  write(`${run.results.length} files in ${(run.ms / 1000).toFixed(1)} s\n`);
  return verdict(run, write);
}

function verdict(run: Run, write: (text: string) => void): number {
  const forbidden = forbiddenCounts(run.tally);
  const over = FORBIDDEN.filter((f) => forbidden[f] > 0);
  if (over.length === 0) {
    write('OK: nothing forbidden happened.\n');
    return 0;
  }
  write(`FAIL: ${over.map((f) => `${f} ${forbidden[f]}`).join(', ')}. For example:\n`);
  for (const line of failingExamples(run.results, 25)) write(`  ${line}\n`);
  write('Replay one with: npm run bench:integrity -- --case <kind/original/seed>\n');
  return 1;
}

function parseOptions(argv: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (!name?.startsWith('--') || value === undefined) {
      throw new Error(`expected --option value pairs, got: ${argv.join(' ')}`);
    }
    options.set(name.slice(2), value);
  }
  return options;
}
