#!/usr/bin/env node
'use strict';
// The `omstil` command. The TypeScript sources are built into out/node by `npm ci` (prepare).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Node 22.1+ keeps compiled bytecode between runs, which makes the command start sooner; older
// runtimes (Node 20 on the build machines) simply start without it.
require('node:module').enableCompileCache?.();

const entry = join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!existsSync(entry)) {
  process.stderr.write('Omstil er ikke bygget endnu. Kør «npm run build:node» og prøv igen.\n');
  process.exit(1);
}
require(entry);
