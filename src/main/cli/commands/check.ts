import { resolve } from 'node:path';
import { errors, OmstilError } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import { PlanDocumentSchema } from '../../../shared/model/document';
import { findDanglingReference } from '../../../shared/model/references';
import { parseInput } from '../../../shared/validation';
import { CURRENT_VERSION, readPlanReadOnly } from '../../core';
import { expectOnly, UsageError } from '../args';
import type { Command } from '../context';
import { countsOf } from './counts';
import { basename } from 'node:path';

/**
 * The full check: SQLite's integrity check, our schema, every row against the model's rules and
 * every reference. A file from a newer Omstil is refused: this version cannot vouch for it.
 */
export const checkCommand: Command = (ctx) => {
  expectOnly(ctx.args, ['lang']);
  const [file] = ctx.args.positional;
  if (!file) throw new UsageError(ctx.messages.missingArgument('<fil.omstil>'));
  const path = resolve(ctx.cwd, file);
  const { document, inspection } = readPlanReadOnly(path, { thorough: true });
  if (inspection.journal) ctx.stdout(inspection.journal.message[ctx.lang]);
  if (inspection.status === 'newer') {
    throw new OmstilError(errors.newerVersion(basename(path), inspection.version, CURRENT_VERSION));
  }
  parseInput(PlanDocumentSchema, document);
  const dangling = findDanglingReference(document);
  if (dangling) {
    throw new OmstilError(
      errors.danglingReference(
        entityLabels[dangling.fromKind],
        dangling.fromId,
        entityLabels[dangling.toKind],
        dangling.toId,
      ),
    );
  }
  ctx.stdout(
    ctx.messages.checked(path, document.plan.title, ctx.messages.counts(countsOf(document))),
  );
};
