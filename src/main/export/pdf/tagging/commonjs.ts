/**
 * A class from one of pdfmake's CommonJS modules: under a bundler it arrives as the default
 * import, under Node's own loader as the default of that (as in `style-lookup.ts`).
 */
export function commonJsClass<T>(module: unknown): T {
  const exported = (module as { default: unknown }).default;
  return (
    typeof exported === 'function' ? exported : (exported as { default: unknown }).default
  ) as T;
}
