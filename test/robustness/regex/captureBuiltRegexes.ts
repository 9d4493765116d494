// Child process of regexSafety.test.ts: records every regex that src/ builds with the RegExp
// constructor, with the file:line that built it, and writes them as JSON to the file named by
// argv[2]. How: replace the global RegExp with a recording proxy BEFORE any src module loads
// (hence a fresh process), load every module under src/ (a stub stands in for `vscode`; the CLI
// entry runs `--version`), then run a workload through the engine and the exports so that
// regexes built inside functions are built too. Sites the workload never reaches are reported
// by the test as unchecked, never passed silently.
import Module from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { ROOT, SRC, sourceFiles } from './regexSites';

export interface BuiltRegex {
  where: string;
  pattern: string;
  flags: string;
}

const built = new Map<string, BuiltRegex>();
const NativeRegExp = RegExp;

/** The first stack frame inside src/, as `src/…/file.ts:line` (tsx maps frames to the TypeScript source). */
function callSite(): string {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+\.tsx?):(\d+):\d+\)?$/.exec(line.trim());
    if (m && m[1].startsWith(SRC)) return `${relative(ROOT, m[1]).split('\\').join('/')}:${m[2]}`;
  }
  return '(outside src)';
}

function record(args: unknown[]): void {
  const [p, f] = args;
  const pattern = p instanceof NativeRegExp ? p.source : String(p ?? '(?:)');
  const flags = f === undefined ? (p instanceof NativeRegExp ? p.flags : '') : String(f);
  const where = callSite();
  if (where === '(outside src)') return;
  built.set(`${where}\u0000${pattern}\u0000${flags}`, { where, pattern, flags });
}

const RecordingRegExp: RegExpConstructor = new Proxy(NativeRegExp, {
  construct(target, args, newTarget): object {
    record(args);
    return Reflect.construct(target, args, newTarget === RecordingRegExp ? target : newTarget);
  },
  apply(target, thisArg, args) {
    record(args);
    return Reflect.apply(target, thisArg, args);
  },
});
(globalThis as { RegExp: RegExpConstructor }).RegExp = RecordingRegExp;

// `vscode` exists only in the extension host: a stub that is any value, callable and constructible,
// with the API's top-level names as own keys (`import * as vscode` copies the keys it sees)
const VSCODE_NAMES = [...readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8')
  .matchAll(/^\s*export (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]);
const stubTarget = function stub(): void {};
const vscodeStub: unknown = new Proxy(stubTarget, {
  get: (t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? t.prototype : vscodeStub),
  apply: () => vscodeStub,
  construct: () => vscodeStub as object,
  ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...VSCODE_NAMES])],
  getOwnPropertyDescriptor: (t, key) =>
    Reflect.getOwnPropertyDescriptor(t, key) ?? { value: vscodeStub, enumerable: true, configurable: true, writable: true },
});
const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = moduleInternals._load;
moduleInternals._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscodeStub : load.call(this, request, ...rest);
};

async function main(out: string): Promise<void> {
  const argv = process.argv;
  process.argv = [argv[0], 'readout', '--version']; // src/cli/main.ts runs on load
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  for (const file of sourceFiles()) require(file);
  process.stdout.write = write;
  process.argv = argv;
  process.exitCode = 0;

  await runWorkload();
  writeFileSync(out, JSON.stringify([...built.values()], null, 1));
}

/** The engine on the samples, composed and mutated readouts (both language paths), then every export format. */
async function runWorkload(): Promise<void> {
  const { annotate } = require(join(SRC, 'engine')) as typeof import('../../../src/engine');
  const { FORMATS } = require(join(SRC, 'export', 'formats')) as typeof import('../../../src/export/formats');
  const { allReadouts } = await import('../corpus/readouts');
  const { applyMutation, composedReadout, mutations, tokenSoup } = await import('../arbitraries');
  const texts: [string, string][] = [];
  for (const r of allReadouts()) texts.push([r.text, 'plaintext'], [r.text, 'markdown']);
  for (const r of fc.sample(composedReadout, { seed: 7, numRuns: 150 })) texts.push([r.text, r.languageId]);
  for (const s of fc.sample(tokenSoup, { seed: 7, numRuns: 150 })) texts.push([s, 'plaintext']);
  const readouts = allReadouts();
  fc.sample(fc.tuple(fc.nat(), mutations), { seed: 7, numRuns: 150 }).forEach(([i, ms]) => {
    texts.push([ms.reduce(applyMutation, readouts[i % readouts.length].text), i % 2 ? 'markdown' : 'plaintext']);
  });
  for (const [text, languageId] of texts) {
    const a = annotate(text, { languageId, uri: 'file:///tmp/readout.txt' });
    for (const format of Object.values(FORMATS)) format.render(a, text);
  }
}

main(process.argv[2] ?? join(ROOT, 'built-regexes.json')).catch((e) => {
  process.stderr.write(String((e as Error).stack ?? e));
  process.exit(1);
});
