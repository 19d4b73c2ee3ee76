// `npm run electronegativity`: Doyensec's Electronegativity over the desktop shell (src/main/electron,
// src/preload and the page it serves), failing on any finding that scripts/electronegativity-accepted.json
// does not list with a reason, and on any listed finding that no longer occurs.
//
// It runs offline: the tool fetches translations at every start and, in one check, Electron's release
// list. The translation fetch is refused here before it leaves the process (the tool then uses the
// English texts it ships), and the release check is left out — the pinned Electron version is kept
// current by hand (package.json), not by this scan.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['src/main/electron', 'src/preload', 'src/renderer/index.html'];
const ACCEPTED_FILE = 'scripts/electronegativity-accepted.json';

const require = createRequire(join(root, 'package.json'));
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = createRequire(join(toolDir, 'dist/locales/i18n.js')).resolve('got');
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('Electronegativity runs offline here')),
};
const runnerModule = require(join(toolDir, 'dist/runner.js'));
const run = runnerModule.default ?? runnerModule;

const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
  .electron;
/** @type {{ check: string, file: string, code: string, reason: string }[]} */
const accepted = JSON.parse(readFileSync(join(root, ACCEPTED_FILE), 'utf8'));

// One scan of exactly the shell's files, so the global checks (navigation, permissions, CSP) see
// the whole shell and nothing else; the copy keeps the repository's relative paths.
const input = mkdtempSync(join(tmpdir(), 'omstil-electronegativity-'));
const started = performance.now();
let result;
try {
  for (const path of SCANNED) {
    mkdirSync(dirname(join(input, path)), { recursive: true });
    cpSync(join(root, path), join(input, path), { recursive: true });
  }
  const log = console.log;
  // The tool reports the refused translation fetch on stdout; that is the intended state here.
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    result = await run(
      {
        input,
        isRelative: true,
        electronVersionOverride: electronVersion,
        customScan: [],
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
} finally {
  rmSync(input, { recursive: true, force: true });
}

/**
 * What was flagged: the tool's own sample (a CSP's text) or else the flagged line's text, so an
 * accepted finding survives lines moving but not the code changing.
 */
const flaggedCode = (issue) =>
  issue.sample ??
  (issue.file === 'N/A'
    ? ''
    : (
        readFileSync(join(root, issue.file), 'utf8').split('\n')[issue.location.line - 1] ?? ''
      ).trim());

const problems = [];
for (const error of result.errors) {
  // A file the tool cannot parse is a file it did not check.
  problems.push(`Kunne ikke læse ${error.file}: ${error.message}`);
}
const used = new Set();
for (const issue of result.issues) {
  const code = flaggedCode(issue);
  const match = accepted.findIndex(
    (entry) => entry.check === issue.id && entry.file === issue.file && entry.code === code,
  );
  if (match >= 0) {
    used.add(match);
    continue;
  }
  problems.push(
    `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) i ${issue.file}:` +
      `${issue.location.line}: ${code}\n    ${issue.description} ${issue.shortenedURL}`,
  );
}
accepted.forEach((entry, index) => {
  if (!used.has(index)) {
    problems.push(
      `Accepteret fund forekommer ikke længere (fjern det): ${entry.check} i ${entry.file}: ${entry.code}`,
    );
  }
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary =
  `Electronegativity (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} ` +
  `kontroller, ${seconds} s): ${result.issues.length} fund, ${used.size} accepteret med begrundelse ` +
  `i ${ACCEPTED_FILE}.`;
if (problems.length > 0) {
  console.error(`${summary}\n\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(summary);
