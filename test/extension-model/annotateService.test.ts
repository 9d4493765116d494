// The annotate service: the engine in a worker thread (the same worker script the extension
// ships, bundled here as scripts/build.mjs bundles it), newer requests superseding older ones,
// a crashed or hung worker restarted with a clear error, and the in-process fallback when no
// worker can start.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { annotate } from '../../src/engine';
import { InProcessAnnotateService } from '../../src/extension/annotateService/inProcessService';
import { nodeWorkerStarter } from '../../src/extension/annotateService/nodeWorker';
import { AnnotateError, SupersededError, type AnnotateResult } from '../../src/extension/annotateService/service';
import { SizeLanesAnnotateService } from '../../src/extension/annotateService/sizeLanes';
import { WorkerAnnotateService, type StartWorker, type WorkerEvents } from '../../src/extension/annotateService/workerService';
import { buildOutline } from '../../src/extension/viewModel/outline';
import type { AnnotateRequestMessage } from '../../src/worker/protocol';
import { respond } from '../../src/worker/respond';
import { seedText } from './seedAnnotations';

const root = join(__dirname, '../..');
const options = { languageId: 'plaintext', uri: 'file:///seed.txt' };

/** A worker the test answers by hand: what it was sent, and its events to answer with. */
function manualWorker() {
  const sent: AnnotateRequestMessage[] = [];
  let events: WorkerEvents | undefined;
  let started = 0;
  const start: StartWorker = (e) => {
    events = e;
    started++;
    e.message({ type: 'ready' });
    return { post: (request) => sent.push(request), terminate: () => undefined };
  };
  const answer = (request: AnnotateRequestMessage) =>
    events!.message({ type: 'annotated', id: request.id, json: JSON.stringify(annotate(request.text, request.options)), annotateMs: 1 });
  /** What respond() sends when the engine throws. */
  const fail = (request: AnnotateRequestMessage, message: string) => events!.message({ type: 'failed', id: request.id, message });
  return { start, sent, answer, fail, started: () => started };
}

/** Settles a promise into what it came to, for asserting after the fact. */
function outcome<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('annotate service', function () {
  this.timeout(60_000);
  let dir: string;
  let workerScript: string;
  /** A worker speaking the protocol that crashes on CRASH, hangs on HANG, and otherwise echoes an empty model. */
  let trickyScript: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-worker-test-'));
    workerScript = join(dir, 'annotateWorker.js');
    await build({
      entryPoints: [join(root, 'src/worker/nodeMain.ts')], outfile: workerScript, bundle: true, platform: 'node',
      format: 'cjs', target: 'es2022', logLevel: 'silent',
    });
    trickyScript = join(dir, 'tricky.js');
    writeFileSync(trickyScript, `
      const { parentPort } = require('node:worker_threads');
      const { annotate } = require(${JSON.stringify(workerScript)}.replace('annotateWorker.js', 'engine.js'));
      parentPort.on('message', (m) => {
        if (m.text === 'CRASH') process.exit(3);
        if (m.text === 'HANG') for (;;) {}
        if (m.text === 'THROW') throw new Error('boom');
        parentPort.postMessage({ type: 'annotated', id: m.id, json: JSON.stringify(annotate(m.text, m.options)), annotateMs: 0 });
      });
      parentPort.postMessage({ type: 'ready' });
    `);
    await build({
      stdin: { contents: "export { annotate } from './src/engine';", resolveDir: root, loader: 'ts' },
      outfile: join(dir, 'engine.js'), bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'silent',
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('in a worker thread', () => {
    it('returns the engine’s model of the seed, from the worker, without blocking this thread', async () => {
      const service = new WorkerAnnotateService(nodeWorkerStarter(workerScript), () => new InProcessAnnotateService());
      try {
        // a long document: the engine needs a good while, during which this thread keeps turning
        const long = `${seedText}\n\n`.repeat(150);
        let ticks = 0;
        const ticker = setInterval(() => ticks++, 5);
        const started = performance.now();
        const big = await service.annotate(long, options);
        const elapsed = performance.now() - started;
        clearInterval(ticker);
        assert.equal(big.backend, 'worker');
        assert.ok(big.annotateMs > 50, `the engine took ${big.annotateMs} ms: too short to tell`);
        // a blocked thread ticks at most a couple of times; a free one about every 5 ms
        assert.ok(ticks >= Math.min(big.annotateMs, elapsed) / 5 / 4, `${ticks} ticks in ${elapsed.toFixed(0)} ms: this thread was blocked`);

        const result = await service.annotate(seedText, options, 'file:///seed.txt', true);
        assert.equal(result.backend, 'worker');
        const expected = annotate(seedText, options);
        assert.deepEqual(result.annotations, expected);
        assert.ok(result.annotations.quotes.length > 0, 'the seed has quotes');
        // the outline the Outline and the Meeting view show, built in the worker when asked for
        assert.deepEqual(result.outline, buildOutline(expected, seedText));
        assert.equal((await service.annotate(seedText, options)).outline, undefined, 'no outline unless asked for');
        assert.equal(service.backend, 'worker');
        assert.equal(service.workersStarted, 1);
      } finally {
        service.dispose();
      }
    });

    it('drops a superseded request: the older result is never delivered, the newest is', async () => {
      const worker = manualWorker();
      const service = new WorkerAnnotateService(worker.start, () => new InProcessAnnotateService());
      const key = 'file:///draft.txt';
      const v1 = outcome(service.annotate('Version one.', options, key));
      const v2 = outcome(service.annotate('Version two.', options, key));
      const other = outcome(service.annotate('Another document.', options, 'file:///other.txt'));
      const v3 = outcome(service.annotate(seedText, options, key));
      // v1 went to the worker at once; v2 was still queued when v3 came, so it was never sent
      assert.deepEqual(worker.sent.map((r) => r.text), ['Version one.']);
      assert.ok((await v2).error instanceof SupersededError, 'the queued older version is dropped');
      worker.answer(worker.sent[0]!);
      assert.ok((await v1).error instanceof SupersededError, 'the running older version’s result is discarded');
      await tick();
      assert.deepEqual(worker.sent.map((r) => r.text), ['Version one.', 'Another document.']);
      worker.answer(worker.sent[1]!);
      assert.equal((await other).value?.annotations.document.length, 'Another document.'.length, 'other documents are not superseded');
      await tick();
      worker.answer(worker.sent[2]!);
      const newest = (await v3).value as AnnotateResult;
      assert.equal(newest.annotations.document.length, seedText.length);
      service.dispose();
    });

    it('drops a cancelled document’s request (the document was closed)', async () => {
      const worker = manualWorker();
      const service = new WorkerAnnotateService(worker.start, () => new InProcessAnnotateService());
      const running = outcome(service.annotate('Closed soon.', options, 'file:///a.txt'));
      service.cancel('file:///a.txt');
      worker.answer(worker.sent[0]!);
      assert.ok((await running).error instanceof SupersededError);
      service.dispose();
    });

    it('restarts a crashed worker: the request fails with a clear error, the next one is answered', async () => {
      const logged: string[] = [];
      const service = new WorkerAnnotateService(nodeWorkerStarter(trickyScript), () => new InProcessAnnotateService(), { log: (m) => logged.push(m) });
      try {
        assert.equal((await service.annotate('Warm up.', options)).backend, 'worker');
        const crashed = await outcome(service.annotate('CRASH', options, 'file:///crash.txt'));
        assert.ok(crashed.error instanceof AnnotateError, String(crashed.error));
        assert.match((crashed.error as Error).message, /annotation worker stopped \(it exited with code 3\).*restarted/);
        const after = await service.annotate(seedText, options, 'file:///crash.txt');
        assert.equal(after.backend, 'worker');
        assert.ok(after.annotations.quotes.length > 0);
        assert.equal(service.workersStarted, 2);
        assert.equal(service.backend, 'worker', 'a worker that crashed on a document is restarted, not abandoned');
        assert.ok(logged.some((m) => /restarting/.test(m)), logged.join('\n'));
      } finally {
        service.dispose();
      }
    });

    it('stops and restarts a worker that hangs past the timeout', async () => {
      // (the worker's first answer loads the engine: on a busy machine that alone may take longer than the short timeout)
      let timeoutMs = 30_000;
      const service = new WorkerAnnotateService(nodeWorkerStarter(trickyScript), () => new InProcessAnnotateService(), { timeoutMs: () => timeoutMs });
      try {
        await service.annotate('Warm up.', options);
        timeoutMs = 500;
        const started = performance.now();
        const hung = await outcome(service.annotate('HANG', options, 'file:///hang.txt'));
        assert.ok(hung.error instanceof AnnotateError, String(hung.error));
        assert.match((hung.error as Error).message, /did not finish within 1 s; the annotation worker was stopped and restarted/);
        assert.ok(performance.now() - started < 5_000);
        // (the restarted worker loads the engine again)
        timeoutMs = 30_000;
        const queuedBehind = await service.annotate('Next document.', options, 'file:///next.txt');
        assert.equal(queuedBehind.annotations.document.length, 'Next document.'.length);
        assert.equal(service.workersStarted, 2);
      } finally {
        service.dispose();
      }
    });

    it('treats a worker that throws as crashed, and the engine’s own error as an answer', async () => {
      const service = new WorkerAnnotateService(nodeWorkerStarter(trickyScript), () => new InProcessAnnotateService());
      try {
        await service.annotate('Warm up.', options);
        const thrown = await outcome(service.annotate('THROW', options));
        assert.match(String((thrown.error as Error).message), /it threw: boom/);
        assert.equal((await service.annotate('Fine again.', options)).backend, 'worker');
      } finally {
        service.dispose();
      }
      const worker = manualWorker();
      const manual = new WorkerAnnotateService(worker.start, () => new InProcessAnnotateService());
      const failing = outcome(manual.annotate('Any text.', options));
      worker.fail(worker.sent[0]!, 'no engine today');
      const failed = await failing;
      assert.ok(failed.error instanceof AnnotateError);
      assert.equal((failed.error as Error).message, 'the engine failed: no engine today');
      assert.equal(worker.started(), 1, 'an engine error does not restart the worker');
      manual.dispose();
    });
  });

  describe('re-annotating an edited document (the worker keeps a memo per document)', () => {
    it('answers each version of a document as a fresh annotation would, the memo carried from version to version', () => {
      const seed = seedText;
      const versions = [seed, `${seed.slice(0, 50)}x${seed.slice(50)}`, `${seed.slice(0, 50)}\n\n${seed.slice(50)}`, seed.slice(200), seed];
      versions.forEach((text, id) => {
        for (const uri of ['file:///seed.txt', 'file:///other.txt']) {
          const answer = respond({ type: 'annotate', id, text, options: { languageId: 'plaintext', uri }, withOutline: false });
          assert.equal(answer.type, 'annotated');
          if (answer.type === 'annotated') assert.deepEqual(JSON.parse(answer.json), JSON.parse(JSON.stringify(annotate(text, { languageId: 'plaintext', uri }))), `version ${id} of ${uri}`);
        }
      });
    });
  });

  describe('lanes by document size', () => {
    /** Lanes over manual workers: the first made serves small documents, the second large ones. */
    function lanes(largeFrom: number) {
      const workers: ReturnType<typeof manualWorker>[] = [];
      const service = new SizeLanesAnnotateService(() => {
        const worker = manualWorker();
        workers.push(worker);
        return new WorkerAnnotateService(worker.start, () => new InProcessAnnotateService());
      }, largeFrom);
      return { service, workers };
    }

    it('answers a small document while a large one is still in the engine, and starts the large lane only when needed', async () => {
      const { service, workers } = lanes(100);
      assert.equal(workers.length, 1, 'no second worker before a large document comes');
      const large = outcome(service.annotate(seedText, options, 'file:///large.txt'));
      assert.equal(workers.length, 2);
      const small = outcome(service.annotate('A short note.', options, 'file:///small.txt'));
      // the small document went straight to its own worker although the large one has no answer yet
      assert.deepEqual(workers[0]!.sent.map((r) => r.text), ['A short note.']);
      assert.deepEqual(workers[1]!.sent.map((r) => r.text), [seedText]);
      workers[0]!.answer(workers[0]!.sent[0]!);
      assert.equal((await small).value?.annotations.document.length, 'A short note.'.length);
      workers[1]!.answer(workers[1]!.sent[0]!);
      assert.equal((await large).value?.annotations.document.length, seedText.length);
      service.dispose();
    });

    it('supersedes a document’s older request in the other lane when it crosses the size line', async () => {
      const { service, workers } = lanes(100);
      const key = 'file:///growing.txt';
      const before = outcome(service.annotate('Short at first.', options, key));
      const after = outcome(service.annotate(seedText, options, key));
      workers[0]!.answer(workers[0]!.sent[0]!);
      assert.ok((await before).error instanceof SupersededError, 'the small lane’s older result is discarded');
      workers[1]!.answer(workers[1]!.sent[0]!);
      assert.equal((await after).value?.annotations.document.length, seedText.length);
      service.dispose();
    });

    it('cancels a closed document in both lanes', async () => {
      const { service, workers } = lanes(100);
      const large = outcome(service.annotate(seedText, options, 'file:///closed.txt'));
      service.cancel('file:///closed.txt');
      workers[1]!.answer(workers[1]!.sent[0]!);
      assert.ok((await large).error instanceof SupersededError);
      service.dispose();
    });
  });

  describe('fallback to the extension host’s thread', () => {
    it('runs in process when no worker can be created', async () => {
      const logged: string[] = [];
      const service = new WorkerAnnotateService(() => { throw new Error('no Worker here'); }, () => new InProcessAnnotateService(), { log: (m) => logged.push(m) });
      assert.equal(service.backend, 'in-process');
      const result = await service.annotate(seedText, options, 'file:///seed.txt');
      assert.equal(result.backend, 'in-process');
      assert.deepEqual(result.annotations, annotate(seedText, options));
      assert.match(service.fallbackReason ?? '', /no worker could be created \(no Worker here\)/);
      assert.ok(logged.some((m) => /extension host's thread/.test(m)));
      service.dispose();
    });

    it('runs in process when the worker script cannot start, and still answers the request it held', async () => {
      const service = new WorkerAnnotateService(nodeWorkerStarter(join(dir, 'missing.js')), () => new InProcessAnnotateService());
      try {
        const result = await service.annotate(seedText, options, 'file:///seed.txt');
        assert.equal(result.backend, 'in-process');
        assert.equal(result.annotations.document.length, seedText.length);
        assert.equal(service.backend, 'in-process');
        assert.match(service.fallbackReason ?? '', /could not start/);
      } finally {
        service.dispose();
      }
    });

    it('supersedes older requests for a document in process too', async () => {
      const service = new InProcessAnnotateService();
      const v1 = outcome(service.annotate('Version one.', options, 'k'));
      const v2 = outcome(service.annotate(seedText, options, 'k'));
      assert.ok((await v1).error instanceof SupersededError);
      assert.equal((await v2).value?.annotations.document.length, seedText.length);
      const cancelled = outcome(service.annotate('Closed.', options, 'k'));
      service.cancel('k');
      assert.ok((await cancelled).error instanceof SupersededError);
      assert.equal((await service.annotate('Reopened.', options, 'k')).backend, 'in-process');
    });
  });
});
