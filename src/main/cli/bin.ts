import { runCli } from './main';

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(`${t}\n`),
  stderr: (t) => process.stderr.write(`${t}\n`),
}).then((code) => {
  process.exitCode = code;
});
