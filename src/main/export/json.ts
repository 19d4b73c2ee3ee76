import { toInterchange } from '../../shared/interchange';
import type { PlanDocument } from '../../shared/model/document';

/** The plan as interchange format version 1, the file `omstil import` reads back. */
export function renderPlanJson(doc: PlanDocument): Buffer {
  return Buffer.from(`${JSON.stringify(toInterchange(doc), null, 2)}\n`, 'utf8');
}
