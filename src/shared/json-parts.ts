/**
 * What writing JSON a part at a time needs to know of a value, to give the same text as
 * `JSON.stringify`: the HTTP host's answers (`main/http/json-stream.ts`) and the JSON export
 * (`main/export/json.ts`) both take a large plan apart this way.
 */

/** A list or a plain record; anything else (a text, a number, a date) is written whole. */
export function splittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

/** What `JSON.stringify` leaves out of an object and writes as null in a list. */
export function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
