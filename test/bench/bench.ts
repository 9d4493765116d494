// npm run bench: how fast the engine is and how its time grows (issue 5). A benchmark, never a
// failing test: it prints each measurement beside its target with PASS or MISS.
//
//   npm run bench                       everything (about 5–15 minutes on two cores)
//   npm run bench -- --quick            sizes up to 1 MB, fewer runs
//   npm run bench -- --only latency,worst   (sections: throughput latency markdown steps memory worst)
//   npm run bench -- --json [file]      also write the results as JSON (default test-results/bench.json)
//   npm run bench -- --markdown         also print the results as the README's tables
//
// Sections: throughput (plain text and Markdown at 5 KB, 100 KB, 1 MB, 10 MB: median ms and MB/s),
// growth from 1 MB to 10 MB, where the time goes (each engine step's share at 10 KB and 1 MB), peak memory for 10 MB (a child process with V8's GC trace), latency of
// re-annotating a 5 KB and a 10 KB readout after an edit (with the document’s memo, as the worker does, and without), the Markdown path against remark-parse
// alone, and worst-case inputs for each rule family at n, 2n and 4n.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { annotate, BlockMemo } from '../../src/engine';
import type { AnnotateStep } from '../../src/engine';
import { buildDocument } from './documents';
import type { DocKind } from './documents';
import { environment, gc, median, megabytes, peakHeapFromGcTrace, percentile, timeRuns } from './measure';
import { WORST_CASES } from './worstCases';

const TARGET_MB_S = 10;
const TARGET_10KB_MS = 2;
/**
 * Growth exponent per doubling above which a rule counts as superlinear (linear: 1; quadratic: 2).
 * Judged on each of two doublings, n → 2n → 4n: one step between them (a noisy run, the heap outgrowing
 * the young generation) does not flag a linear rule; a quadratic one is above it at both.
 */
const SUPERLINEAR_EXPONENT = 1.3;
/** Normalized growth from 1 MB to 10 MB above which the engine counts as superlinear (linear: 1). */
const SUPERLINEAR_GROWTH = 1.3;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const jsonAt = argv.indexOf('--json');
const jsonFile = jsonAt < 0 ? null : resolve(argv[jsonAt + 1] && !argv[jsonAt + 1].startsWith('--') ? argv[jsonAt + 1] : 'test-results/bench.json');
const markdownTables = argv.includes('--markdown');
const onlyAt = argv.indexOf('--only');
const only = onlyAt < 0 ? null : new Set((argv[onlyAt + 1] ?? '').split(','));
const wanted = (section: string): boolean => !only || only.has(section);

const SIZES = quick ? [5_000, 100_000, 1_000_000] : [5_000, 100_000, 1_000_000, 10_000_000];
const RUNS: Record<number, number> = { 5_000: 40, 100_000: 10, 1_000_000: quick ? 3 : 5, 10_000_000: 3 };
const KINDS: DocKind[] = ['plaintext', 'markdown'];
/** Rounds of a worst case: each size is timed once per round and the fastest counts, since garbage collection and a busy machine only ever add time. */
const RUNS_WORST = 5;
/**
 * The time at n a worst case must reach, warm: at 30 ms (stop 27) the JIT's warming over the rounds halved the time at n of
 * `unbalanced emphasis and brackets` and flagged it n^1.33, linear from 16 K to 256 K when timed alone (69 / 126 / 271 / 551 /
 * 1119 ms).
 */
const MIN_MS_AT_N = 60;

const fmt = (x: number | null, digits = 1): string => (x === null || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
function heading(title: string): void {
  process.stdout.write(`\n== ${title} ${'='.repeat(Math.max(0, 90 - title.length))}\n`);
}

interface Throughput { kind: DocKind; size: number; chars: number; mb: number; runs: number; medianMs: number; minMs: number; mbPerS: number }
interface Growth { kind: DocKind; from: number; to: number; timeRatio: number; sizeRatio: number; normalized: number; superlinear: boolean }
interface Memory { kind: DocKind; chars: number; baselineRssMb: number; peakRssMb: number; baselineHeapMb: number; peakHeapMb: number | null; annotateMs: number }
interface Latency { label: string; chars: number; runs: number; medianMs: number; p95Ms: number }
interface MarkdownCost { chars: number; remarkMs: number; markdownMs: number; plainMs: number; overRemarkMs: number; remarkShare: number }
interface StepShare { kind: DocKind; size: number; runs: number; steps: { step: AnnotateStep; medianMs: number; share: number }[] }
interface WorstResult { family: string; name: string; n: number; ms: [number, number, number | null]; doublings: number[]; exponent: number | null; superlinear: boolean; error: string | null }

const results: {
  environment: ReturnType<typeof environment>;
  throughput: Throughput[];
  growth: Growth[];
  memory: Memory[];
  latency: Latency[];
  markdown: MarkdownCost[];
  steps: StepShare[];
  worstCases: WorstResult[];
  targets: { target: string; measured: string; verdict: string }[];
} = { environment: environment(), throughput: [], growth: [], memory: [], latency: [], markdown: [], steps: [], worstCases: [], targets: [] };

function warmUp(): void {
  for (const kind of KINDS) {
    const small = buildDocument(kind, 10_000);
    for (let i = 0; i < 30; i++) annotate(small, { languageId: kind });
    annotate(buildDocument(kind, 200_000), { languageId: kind });
  }
}

function throughput(): void {
  heading('Throughput (median of several runs after a warm-up; MB = 10^6 bytes of UTF-8)');
  process.stdout.write(`${pad('document', 12)}${lpad('size', 10)}${lpad('runs', 6)}${lpad('median ms', 12)}${lpad('min ms', 10)}${lpad('MB/s', 9)}\n`);
  for (const kind of KINDS) {
    for (const size of SIZES) {
      const text = buildDocument(kind, size);
      const runs = RUNS[size];
      const ms = timeRuns(() => annotate(text, { languageId: kind }), runs, 1);
      const mb = megabytes(text);
      const r: Throughput = { kind, size, chars: text.length, mb, runs, medianMs: median(ms), minMs: Math.min(...ms), mbPerS: mb / (median(ms) / 1000) };
      results.throughput.push(r);
      process.stdout.write(`${pad(kind, 12)}${lpad(sizeLabel(size), 10)}${lpad(String(runs), 6)}${lpad(fmt(r.medianMs), 12)}${lpad(fmt(r.minMs), 10)}${lpad(fmt(r.mbPerS, 2), 9)}\n`);
    }
  }
  const top = SIZES[SIZES.length - 1];
  heading(`Growth from 1 MB to ${sizeLabel(top)} (time ratio ÷ size ratio; linear = 1.00)`);
  for (const kind of KINDS) {
    const a = results.throughput.find((t) => t.kind === kind && t.size === 1_000_000);
    const b = results.throughput.find((t) => t.kind === kind && t.size === top);
    if (!a || !b || a === b) continue;
    const timeRatio = b.medianMs / a.medianMs;
    const sizeRatio = b.mb / a.mb;
    const g: Growth = { kind, from: a.size, to: b.size, timeRatio, sizeRatio, normalized: timeRatio / sizeRatio, superlinear: timeRatio / sizeRatio > SUPERLINEAR_GROWTH };
    results.growth.push(g);
    process.stdout.write(`${pad(kind, 12)} time ×${fmt(timeRatio, 2)} for size ×${fmt(sizeRatio, 2)} → ${fmt(g.normalized, 2)}${g.superlinear ? '  SUPERLINEAR' : '  linear'}\n`);
  }
}

function sizeLabel(size: number): string {
  return size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`;
}

/** Peak memory of annotating a 10 MB document, measured in a fresh process with V8's GC trace. */
function memory(): void {
  const size = quick ? 1_000_000 : 10_000_000;
  heading(`Peak memory for ${sizeLabel(size)} (fresh process; heap from V8's GC trace, RSS from the OS)`);
  for (const kind of KINDS) {
    const child = spawnSync(process.execPath, ['--trace-gc', process.argv[1], '--memory-child', kind, String(size)], {
      encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 30 * 60_000,
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('[readout-memory] '));
    if (child.status !== 0 || !line) {
      process.stdout.write(`${kind}: the child failed (${child.signal ?? child.status}) ${child.stderr.slice(0, 500)}\n`);
      continue;
    }
    const m = JSON.parse(line.slice('[readout-memory] '.length)) as Omit<Memory, 'peakHeapMb' | 'kind'>;
    const traceAfter = child.stdout.slice(child.stdout.indexOf('[readout-annotate-start]'));
    const r: Memory = { kind, ...m, peakHeapMb: Math.max(peakHeapFromGcTrace(traceAfter) ?? 0, m.baselineHeapMb) };
    results.memory.push(r);
    process.stdout.write(`${pad(kind, 12)} document ${fmt(r.chars / 1e6, 1)} M chars; annotate ${fmt(r.annotateMs / 1000, 1)} s; ` +
      `RSS ${fmt(r.baselineRssMb, 0)} → peak ${fmt(r.peakRssMb, 0)} MB; heap ${fmt(r.baselineHeapMb, 0)} → peak ${fmt(r.peakHeapMb, 0)} MB\n`);
  }
}

function memoryChild(kind: DocKind, size: number): void {
  const text = buildDocument(kind, size);
  gc();
  const before = process.memoryUsage();
  process.stdout.write('[readout-annotate-start]\n');
  const t0 = performance.now();
  annotate(text, { languageId: kind });
  const annotateMs = performance.now() - t0;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`[readout-memory] ${JSON.stringify({
    chars: text.length, annotateMs, baselineRssMb: before.rss / 1048576, peakRssMb,
    baselineHeapMb: before.heapUsed / 1048576,
  })}\n`);
}

/**
 * Re-annotating a readout after an edit, as the extension does while the user types: with the document's
 * memo (the worker keeps one per document), after a letter replaced and after letters typed (which move every
 * later paragraph); and without a memo, the first annotation of a document.
 */
function latency(): void {
  heading('Latency: a readout re-annotated after an edit (warm)');
  for (const size of [5_000, 10_000]) {
    const text = buildDocument('plaintext', size);
    const middle = text.length >> 1;
    const replaced = Array.from({ length: 64 }, (_, i) => text.slice(0, middle) + 'abcdefgh'[i % 8] + text.slice(middle + 1));
    const typed = Array.from({ length: 64 }, (_, i) => text.slice(0, middle) + 'abcdefgh'.slice(0, 1 + (i % 8)) + text.slice(middle));
    for (const [edit, edits, memo] of [
      ['a letter replaced', replaced, new BlockMemo()],
      ['letters typed', typed, new BlockMemo()],
      ['no memo', replaced, undefined],
    ] as const) {
      const ms = timeRuns((i) => annotate(edits[(i + 64) % 64], { languageId: 'plaintext', memo }), 300, 50, false);
      const r: Latency = { label: `${size / 1000} KB readout, ${edit}`, chars: text.length, runs: ms.length, medianMs: median(ms), p95Ms: percentile(ms, 95) };
      results.latency.push(r);
      process.stdout.write(`${pad(r.label, 36)} ${lpad(String(r.chars), 6)} chars: median ${fmt(r.medianMs, 2)} ms, p95 ${fmt(r.p95Ms, 2)} ms (${r.runs} runs)\n`);
    }
  }
}

/** Each engine step's median time and share, told by the engine itself (`onStep`). */
function steps(): void {
  heading('Where the time goes: median ms per engine step (tokens and sentences are made inside the first step that reads them)');
  for (const [kind, size, runs] of [['plaintext', 10_000, 200], ['plaintext', 1_000_000, quick ? 3 : 7], ['markdown', 1_000_000, quick ? 3 : 5]] as const) {
    const text = buildDocument(kind, size);
    const times = new Map<AnnotateStep, number[]>();
    const onStep = (step: AnnotateStep, ms: number): void => { (times.get(step) ?? times.set(step, []).get(step)!).push(ms); };
    timeRuns(() => annotate(text, { languageId: kind, onStep }), runs, 0, size >= 1e6);
    const medians = [...times].map(([step, ms]) => ({ step, medianMs: median(ms.slice(-runs)) }));
    const total = medians.reduce((sum, m) => sum + m.medianMs, 0);
    const r: StepShare = { kind, size, runs, steps: medians.map((m) => ({ ...m, share: m.medianMs / total })) };
    results.steps.push(r);
    process.stdout.write(`${pad(`${kind} ${sizeLabel(size)}`, 18)}` + r.steps.map((m) => `${m.step} ${fmt(m.medianMs, size < 1e5 ? 2 : 1)} (${fmt(100 * m.share, 0)}%)`).join(' · ') + '\n');
  }
}

/** What the Markdown path costs beyond remark-parse's own parse of the same text. */
function markdownCost(): void {
  heading('Markdown path vs remark-parse alone (same text; median ms)');
  const parser = unified().use(remarkParse);
  for (const size of quick ? [100_000] : [100_000, 1_000_000]) {
    const text = buildDocument('markdown', size);
    const runs = size > 100_000 ? 5 : 10;
    const remarkMs = median(timeRuns(() => parser.parse(text), runs, 1));
    const markdownMs = median(timeRuns(() => annotate(text, { languageId: 'markdown' }), runs, 1));
    const plainMs = median(timeRuns(() => annotate(text, { languageId: 'plaintext' }), runs, 1));
    const r: MarkdownCost = { chars: text.length, remarkMs, markdownMs, plainMs, overRemarkMs: markdownMs - remarkMs, remarkShare: remarkMs / markdownMs };
    results.markdown.push(r);
    process.stdout.write(`${sizeLabel(size)}: remark-parse ${fmt(remarkMs)} ms; annotate as Markdown ${fmt(markdownMs)} ms ` +
      `(${fmt(r.overRemarkMs)} ms beyond the parse; the parse is ${fmt(100 * r.remarkShare, 0)} %); the same text as plain text ${fmt(plainMs)} ms\n`);
  }
}

/**
 * Each worst case at n, 2n and 4n, n chosen so that the time at n is measurable (≥ MIN_MS_AT_N). The sizes are timed in
 * interleaved rounds (n, 2n, 4n, n, 2n, 4n, …) so that a slow spell of the machine falls on every size alike, not on
 * one; a case that still looks superlinear is timed for as many rounds again and judged on the fastest of all, since
 * on a loaded machine one size's fastest of five can still carry a spell (stop 27: three different cases flagged in
 * three runs, each linear in the others).
 */
function worstCases(): void {
  heading(`Worst cases per rule family: fastest of ${RUNS_WORST} interleaved runs at n, 2n, 4n (linear: n^1; flagged when each doubling is above n^${SUPERLINEAR_EXPONENT} after a second round)`);
  process.stdout.write(`${pad('family / input', 58)}${lpad('n', 8)}${lpad('ms(n)', 9)}${lpad('ms(2n)', 9)}${lpad('ms(4n)', 9)}  growth per doubling
`);
  for (const c of WORST_CASES) {
    // (the fastest run: garbage collection adds time to some runs, never takes it away, and near 1 MB it adds the most,
    // as the heap outgrows the young generation; the median then read a step there as growth)
    const timeOnce = (text: string): number => timeRuns(() => annotate(text, { languageId: c.languageId }), 1, 0)[0];
    let n = quick ? 4_000 : 8_000;
    try {
      let small = c.build(n);
      timeOnce(small); // warm-up
      let t1 = Math.min(timeOnce(small), timeOnce(small));
      while (t1 < MIN_MS_AT_N && n < (quick ? 128_000 : 512_000)) {
        n *= 2;
        small = c.build(n);
        t1 = Math.min(timeOnce(small), timeOnce(small));
      }
      const texts = [small, c.build(2 * n), c.build(4 * n)];
      const fastest: number[] = [t1, timeOnce(texts[1]), Infinity];
      // a quadratic rule at 4n would take minutes: extrapolating from n and 2n says enough
      const sizes = fastest[1] > 15_000 ? 2 : 3;
      const rounds = (count: number): void => {
        for (let r = 0; r < count; r++) for (let i = 0; i < sizes; i++) fastest[i] = Math.min(fastest[i], timeOnce(texts[i]));
      };
      const growth = (): { doublings: number[]; exponent: number; superlinear: boolean } => {
        const doublings = sizes === 2 ? [fastest[1] / fastest[0]] : [fastest[1] / fastest[0], fastest[2] / fastest[1]];
        const exponent = Math.log2(sizes === 2 ? doublings[0] : Math.sqrt(fastest[2] / fastest[0]));
        // superlinear when every doubling grows faster than n^1.3: a rule that grows with the square of its input does so at
        // each doubling, while one step (the runs outgrowing V8's young generation near 1 MB: ×3–4 once, then ×2) does not
        return { doublings, exponent, superlinear: Math.log2(Math.min(...doublings)) > SUPERLINEAR_EXPONENT };
      };
      rounds(RUNS_WORST);
      if (growth().superlinear) rounds(RUNS_WORST);
      const { doublings, exponent, superlinear } = growth();
      const t4 = sizes === 3 ? fastest[2] : null;
      results.worstCases.push({ family: c.family, name: c.name, n, ms: [fastest[0], fastest[1], t4], doublings, exponent, superlinear, error: null });
      process.stdout.write(`${pad(`${c.family} / ${c.name}`, 58)}${lpad(`${n / 1000}K`, 8)}${lpad(fmt(fastest[0]), 9)}${lpad(fmt(fastest[1]), 9)}${lpad(fmt(t4), 9)}  ` +
        `${doublings.map((d) => `×${fmt(d, 2)}`).join(' ')} (n^${fmt(exponent, 2)})${superlinear ? '  SUPERLINEAR' : ''}\n`);
    } catch (e) {
      // an engine that throws has no growth to report: it is a failure of its own (the robustness tests name it)
      const error = (e as Error).message;
      results.worstCases.push({ family: c.family, name: c.name, n, ms: [NaN, NaN, null], doublings: [], exponent: null, superlinear: false, error });
      process.stdout.write(`${pad(`${c.family} / ${c.name}`, 58)}${lpad(`${n / 1000}K`, 8)}  THROWS: ${error}\n`);
    }
  }
}

function targets(): void {
  heading('Targets (issue 5)');
  const plain = results.throughput.filter((t) => t.kind === 'plaintext' && t.size >= 100_000);
  const slowest = plain.length ? plain.reduce((a, b) => (a.mbPerS < b.mbPerS ? a : b)) : null;
  // the extension's case: the document's memo, a letter typed
  const tenKb = results.latency.find((l) => l.label === '10 KB readout, letters typed');
  const superlinear = [
    ...results.growth.filter((g) => g.superlinear).map((g) => `${g.kind} 1 MB→${sizeLabel(g.to)} ×${fmt(g.normalized, 2)}`),
    ...results.worstCases.filter((w) => w.superlinear).map((w) => `${w.family} / ${w.name} (n^${fmt(w.exponent, 2)})`),
  ];
  const throwing = results.worstCases.filter((w) => w.error !== null).map((w) => `${w.family} / ${w.name}`);
  const measuredLinear = results.growth.length + results.worstCases.length > 0;
  results.targets = [
    { target: `plain text ≥ ${TARGET_MB_S} MB/s (every size ≥ 100 KB)`, measured: slowest ? `${fmt(slowest.mbPerS, 2)} MB/s at ${sizeLabel(slowest.size)} (slowest)` : 'n/a', verdict: verdict(slowest ? slowest.mbPerS >= TARGET_MB_S : null) },
    { target: `10 KB readout re-annotated ≤ ${TARGET_10KB_MS} ms`, measured: tenKb ? `${fmt(tenKb.medianMs, 2)} ms median` : 'n/a', verdict: verdict(tenKb ? tenKb.medianMs <= TARGET_10KB_MS : null) },
    { target: 'nothing superlinear (1 MB→10 MB and every worst case)', measured: measuredLinear ? (superlinear.length ? superlinear.join('; ') : 'all linear') : 'n/a', verdict: verdict(measuredLinear ? superlinear.length === 0 : null) },
    ...(throwing.length ? [{ target: 'every worst case annotated (no exception)', measured: `throws on: ${throwing.join('; ')}`, verdict: 'MISS' }] : []),
  ];
  for (const t of results.targets) process.stdout.write(`${pad(t.verdict, 6)}${pad(t.target, 58)}${t.measured}\n`);
}

/** The results as Markdown tables for the README's "Speed and limits". */
function printMarkdown(): void {
  const env = results.environment;
  const out: string[] = ['', `<!-- npm run bench -- --markdown: commit ${env.commit}${env.engineChangedSinceCommit ? '+' : ''}, ${env.date.slice(0, 10)}, Node ${env.node}, ${env.cores} × ${env.cpu} -->`, ''];
  if (results.throughput.length) {
    out.push('| document | size | median | throughput |', '| --- | ---: | ---: | ---: |');
    for (const t of results.throughput) out.push(`| ${t.kind === 'plaintext' ? 'plain text' : 'Markdown'} | ${sizeLabel(t.size)} | ${fmt(t.medianMs)} ms | ${fmt(t.mbPerS, 2)} MB/s |`);
    out.push('');
  }
  const rows: string[] = [];
  for (const g of results.growth) rows.push(`| ${g.kind === 'plaintext' ? 'plain text' : 'Markdown'}: time growth 1 MB → ${sizeLabel(g.to)}, per unit of size (linear = 1) | ${fmt(g.normalized, 2)} |`);
  for (const m of results.memory) rows.push(`| ${m.kind === 'plaintext' ? 'plain text' : 'Markdown'} ${fmt(m.chars / 1e6, 0)} M chars: peak heap / peak RSS | ${fmt(m.peakHeapMb, 0)} MB / ${fmt(m.peakRssMb, 0)} MB |`);
  for (const l of results.latency) rows.push(`| ${l.label}: re-annotated, median (p95) | ${fmt(l.medianMs, 2)} ms (${fmt(l.p95Ms, 1)} ms) |`);
  for (const c of results.markdown) rows.push(`| Markdown ${sizeLabel(c.chars >= 5e5 ? 1_000_000 : 100_000)}: remark-parse alone / whole Markdown path / same text as plain text | ${fmt(c.remarkMs, 0)} / ${fmt(c.markdownMs, 0)} / ${fmt(c.plainMs, 0)} ms |`);
  if (rows.length) out.push('| measurement | result |', '| --- | ---: |', ...rows, '');
  if (results.targets.length) {
    out.push('| target | measured | |', '| --- | --- | --- |');
    for (const t of results.targets) out.push(`| ${t.target} | ${t.measured} | ${t.verdict} |`);
    out.push('');
  }
  process.stdout.write(out.join('\n') + '\n');
}

function main(): void {
  if (argv[0] === '--memory-child') {
    memoryChild(argv[1] as DocKind, Number(argv[2]));
    return;
  }
  const env = results.environment;
  process.stdout.write(`Readout engine benchmark — commit ${env.commit}${env.engineChangedSinceCommit ? ' (+ uncommitted engine changes)' : ''}, ` +
    `Node ${env.node}, ${env.cores} × ${env.cpu}${quick ? ', --quick' : ''}\n`);
  warmUp();
  if (wanted('throughput')) throughput();
  if (wanted('latency')) latency();
  if (wanted('markdown')) markdownCost();
  if (wanted('steps')) steps();
  if (wanted('memory')) memory();
  if (wanted('worst')) worstCases();
  targets();
  if (markdownTables) printMarkdown();
  if (jsonFile) {
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
    process.stdout.write(`\nresults written to ${jsonFile}\n`);
  }
}

main();
