#!/usr/bin/env node
'use strict';
// The `omstil` command. The TypeScript sources are built into out/node by `npm ci` (prepare).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!existsSync(entry)) {
  process.stderr.write('Omstil er ikke bygget endnu. Kør «npm run build:node» og prøv igen.\n');
  process.exit(1);
}
require(entry);
