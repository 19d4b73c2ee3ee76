// `npm test` runs the browser tests when Debian's Chromium is installed. On CI they always run:
// a missing browser there is a failure, not a reason to skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.OMSTIL_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CI) {
    console.error(`Chromium mangler (${chromium}); browsertestene kan ikke køre på CI.`);
    process.exit(1);
  }
  console.log(
    `Browsertestene springes over: ${chromium} findes ikke (apt-get install -y chromium).`,
  );
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'test:e2e'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
