import type { Content } from '../doc-types';
import type { StructureTag } from './tags';

/** A chart as one figure, with the words a screen reader says in its place. */
export function figure(node: Content, alt: string): Content {
  return withTag(node, { role: 'Figure', alt });
}

/** A running footer or page number: repeated on every page and not part of the text. */
export function pagination(node: Content): Content {
  return withTag(node, { role: 'Artifact', artifact: 'Pagination' });
}

function withTag(node: Content, tag: StructureTag): Content {
  if (typeof node === 'string') return { text: node, tag };
  if (Array.isArray(node)) return { stack: node, tag };
  return { ...node, tag };
}
