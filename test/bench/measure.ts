// Timing and memory helpers for the benchmark: medians of several runs after a warm-up, a
// young-generation collection between runs, the peak heap from V8's GC trace, and the environment (commit,
// CPU, Node) the numbers were measured on.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options?: { type: 'minor' }) => void;

/** A full, forced collection: before a memory baseline. */
export function gc(): void {
  collect();
}

/**
 * A young-generation collection: each timed run starts with an empty nursery, so it does not pay
 * for the previous run's garbage. Not a full one: V8's forced full collection (`gc()`) also drops
 * optimized code, so every run after it starts in the interpreter. That state never happens in the
 * editor or the CLI (a 10 KB readout: 4.8 ms per run after a forced collection, 1.8 ms normally,
 * 2.3 ms right after one of V8's own full collections). An options object asks for a minor
 * collection in every Node this runs on (Node 20 reads any truthy argument so).
 */
export function collectYoung(): void {
  collect({ type: 'minor' });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Times `fn` `runs` times after `warmup` untimed calls, collecting young garbage before each timed run. */
export function timeRuns(fn: (run: number) => void, runs: number, warmup = 1, collectBetween = true): number[] {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collectBetween) collectYoung();
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** UTF-8 size in MB (10^6 bytes): throughput is in MB of the file as stored. */
export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/**
 * The largest heap in use that V8's `--trace-gc` lines report (the size before each collection),
 * in MB; null when the trace has none.
 */
export function peakHeapFromGcTrace(trace: string): number | null {
  let peak: number | null = null;
  for (const m of trace.matchAll(/(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact)[^\n]*?\s(\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> /g)) {
    const before = Number(m[1]);
    if (peak === null || before > peak) peak = before;
  }
  return peak;
}

export interface Environment {
  commit: string;
  engineChangedSinceCommit: boolean;
  node: string;
  cpu: string;
  cores: number;
  date: string;
}

export function environment(): Environment {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    engineChangedSinceCommit: git('status', '--porcelain', '--', 'src/engine') !== '',
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    date: new Date().toISOString(),
  };
}
