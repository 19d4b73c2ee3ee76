/** Parsed command line: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * `valued` names the options that take a value; any other `--x` is a flag. Unknown options are a
 * usage error at the command, which knows which ones it accepts.
 */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith('-') && word.length > 1) {
      const eq = word.indexOf('=');
      const name = (eq > 0 ? word.slice(0, eq) : word).replace(/^--?/, '');
      const normalised = name === 'o' ? 'output' : name === 'h' ? 'help' : name;
      if (valued.has(normalised)) {
        const value = eq > 0 ? word.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${normalised}`);
        options.set(normalised, value);
      } else {
        options.set(normalised, true);
      }
    } else {
      positional.push(word);
    }
  }
  return { positional, options };
}

export function expectOnly(args: ParsedArgs, allowed: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`--${name}`);
  }
}
