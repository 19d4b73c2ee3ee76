/** A value SQLite stores for us; booleans and objects are mapped by the repositories. */
export type SqlValue = string | number | bigint | null | Buffer;

/**
 * `sql\`SELECT … WHERE id = ${id}\`` → `[text, params]`: values are always bound, never pasted
 * into the statement text.
 */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): [string, SqlValue[]] {
  return [strings.join('?'), values];
}

/**
 * Table and column names cannot be bound as parameters. The repositories only ever pass names
 * from their own constant definitions; this check turns a slip into an error instead of SQL.
 */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return `"${name}"`;
}
