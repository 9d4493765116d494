// Parses the command line of `readout`. Kept apart from main so it can be tested without I/O.
export interface CliArgs {
  command: 'annotate' | 'help' | 'version';
  files: string[];
  format: string;
  formatGiven: boolean;
  outDir: string | null;
  officialsFile: string | null;
  language: string | null;
  force: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: 'help', files: [], format: 'json', formatGiven: false,
    outDir: null, officialsFile: null, language: null, force: false,
  };
  if (argv.length === 0) return args;
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first !== 'annotate') throw new UsageError(`unknown command "${first}" (try: readout annotate FILE…)`);
  args.command = 'annotate';
  const value = (i: number, name: string): string => {
    const v = rest[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (onlyFiles || !a.startsWith('-') || a === '-') { args.files.push(a); continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, name);
      i++;
      return v;
    };
    switch (name) {
      case '--': onlyFiles = true; break;
      case '--format': case '-f': args.format = take(); args.formatGiven = true; break;
      case '--out': case '-o': args.outDir = take(); break;
      case '--officials': args.officialsFile = take(); break;
      case '--language': args.language = take(); break;
      case '--force': args.force = true; break;
      case '--help': case '-h': return { ...args, command: 'help' };
      default: throw new UsageError(`unknown option ${name}`);
    }
  }
  if (args.files.length === 0) throw new UsageError('no input files (readout annotate FILE…)');
  return args;
}

export const USAGE = `readout: annotate diplomatic readouts (officials, quotes, speakers, commitments, meeting)

usage:
  readout annotate FILE… [--format FORMAT] [--out DIR] [--officials FILE] [--language plaintext|markdown] [--force]
  readout --help | --version

  --format    output format (default json; several files with json give JSON Lines)
  --out DIR   write one file per document into DIR (FILE's name + the format's suffix);
              an existing file is never replaced unless --force is given
  --officials a JSON file of known officials: [{ "name", "aliases"?, "roles"?: [{ "title", "organization"?, "country"? }], "country"? }]
  --language  read every FILE as this language (default: .md/.markdown are markdown, the rest plain text)
  -           read standard input

exit status: 0 all files annotated, 1 some file could not be read (each named on stderr), 2 usage error`;
