import type { PlanDocument } from '../../../shared/model/document';
import { openConnection } from '../db/connection';
import { migrate } from '../db/migrations';
import { writeDocument } from '../repositories/document-writer';
import { createNewFile } from '../../fs/atomic-write';

/**
 * Creates a plan file holding `doc`. It is built under a temporary name and appears under its
 * real name only when complete, so a failure leaves nothing behind and an existing file is never
 * replaced.
 */
export function createPlanFile(path: string, doc: PlanDocument): void {
  createNewFile(path, (temp) => {
    const db = openConnection(temp, { readonly: false, create: true });
    try {
      migrate(db);
      db.transaction(() => writeDocument(db, doc))();
    } finally {
      db.close();
    }
  });
}
