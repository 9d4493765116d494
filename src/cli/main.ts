// `readout annotate FILE…`: the same engine and export registry as the extension, for batch work.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate, checkInput } from '../engine';
import type { KnownOfficial } from '../engine/model';
import { FORMATS, formatIds } from '../export/formats';
import { BRAT_ANNOTATION_CONF } from '../export/brat';
import { parseArgs, UsageError, USAGE } from './args';
import { readDocument, languageForPath } from './readDocument';

declare const READOUT_VERSION: string | undefined;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`readout: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  if (args.command === 'version') {
    process.stdout.write(`${typeof READOUT_VERSION === 'string' ? READOUT_VERSION : 'dev'}\n`);
    return 0;
  }

  const several = args.files.length > 1;
  // several documents on one stream: JSON becomes JSON Lines, so each line is one export object
  const formatId = several && args.outDir === null && args.format === 'json' ? 'jsonl' : args.format;
  const format = FORMATS[formatId];
  if (!format) {
    process.stderr.write(`readout: unknown format "${args.format}" (one of: ${formatIds().join(', ')})\n`);
    return 2;
  }
  if (several && args.outDir === null && !format.concatenable) {
    process.stderr.write(`readout: --format ${formatId} writes one document; give --out DIR for several files\n`);
    return 2;
  }

  let knownOfficials: KnownOfficial[] | undefined;
  if (args.officialsFile) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(args.officialsFile, 'utf8'));
      if (!Array.isArray(parsed)) throw new Error('expected a JSON array of officials');
      knownOfficials = parsed as KnownOfficial[];
    } catch (e) {
      process.stderr.write(`readout: ${args.officialsFile}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (args.outDir !== null) {
    mkdirSync(args.outDir, { recursive: true });
    // brat shows a collection's types only with its annotation.conf: written once, never replaced
    const conf = join(args.outDir, 'annotation.conf');
    if (formatId === 'brat' && !existsSync(conf)) writeAtomically(conf, BRAT_ANNOTATION_CONF);
  }

  let failures = 0;
  for (const file of args.files) {
    const doc = readDocument(file);
    if (!doc.ok) {
      process.stderr.write(`readout: ${file}: ${doc.message}\n`);
      failures++;
      continue;
    }
    const verdict = checkInput(doc.text);
    if (!verdict.ok) {
      process.stderr.write(`readout: ${file}: ${verdict.message}; skipped\n`);
      failures++;
      continue;
    }
    const languageId = args.language ?? languageForPath(file);
    const uri = file === '-' ? null : pathToFileURL(resolve(file)).href;
    const annotations = annotate(doc.text, { languageId, uri, knownOfficials });
    const output = format.render(annotations, doc.text);
    if (args.outDir === null) {
      process.stdout.write(output);
      continue;
    }
    const name = file === '-' ? 'stdin' : basename(file, extname(file));
    const target = join(args.outDir, name + format.suffix);
    if (existsSync(target) && !args.force) {
      process.stderr.write(`readout: ${target}: exists; not replaced (use --force)\n`);
      failures++;
      continue;
    }
    writeAtomically(target, output);
  }
  return failures > 0 ? 1 : 0;
}

/** Written beside the target and renamed, so a failure never leaves a half-written file. */
function writeAtomically(target: string, content: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw e;
  }
}

// a closed pipe (`readout … | head`) is not an error worth a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
process.exitCode = main(process.argv.slice(2));
