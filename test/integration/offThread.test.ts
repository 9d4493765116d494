// The engine runs off the extension host's thread: the seed is annotated by the worker, and
// while a long document is annotated the extension host keeps turning (its longest pause is a
// fraction of the engine's time). Also measures what the host's thread still pays for 1 MB and
// 5 MB documents (receiving the model, painting), printed as [readout-metric] lines; a 5 KB
// readout's are printed too, for comparison.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import { SEED, fixtureUri, readoutApi, showSeedAndWait, waitFor } from './readoutKit';

function metric(name: string, value: number): void {
  console.log(`[readout-metric] ${name}=${value.toFixed(1)}`);
}

/** The seed readout again and again, cut to `length` characters. */
async function longReadout(length: number): Promise<string> {
  const seed = (await vscode.workspace.openTextDocument(fixtureUri(SEED))).getText();
  return `${seed}\n\n`.repeat(Math.ceil(length / (seed.length + 2))).slice(0, length);
}

/** The extension host's longest pause while `work` runs: a 5 ms timer notes every late turn. */
async function longestPause(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

interface LongRun {
  /** The host's longest pause while VS Code opened the document (its own work, before Readout sees it). */
  openPauseMs: number;
  /** The host's longest pause from showing the document to its highlights (Readout's work, and VS Code's for the editor). */
  pauseMs: number;
  annotateMs: number;
  receiveMs: number;
  decorateMs: number;
  backend: string | undefined;
}

/** Opens a long readout, shows it, waits for its highlights, and reports the host's longest pauses meanwhile. */
async function annotateLong(api: ReadoutApi, length: number): Promise<LongRun> {
  const text = await longReadout(length);
  let document: vscode.TextDocument | undefined;
  const openPauseMs = await longestPause(async () => {
    document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
  });
  const uri = document!.uri;
  const pauseMs = await longestPause(async () => {
    await vscode.window.showTextDocument(document!, { preview: false });
    assert.ok(await waitFor(() => api.appliedDecorations(uri).some((d) => d.kind === 'quote'), 120_000), 'the long readout was not painted');
  });
  try {
    const state = await api.documentState(uri);
    assert.equal(state.verdict, 'annotated');
    const timing = api.lastDecorationTiming();
    assert.equal(timing?.uri, uri.toString());
    return { openPauseMs, pauseMs, annotateMs: state.annotateMs ?? 0, receiveMs: state.receiveMs ?? 0, decorateMs: timing!.decorateMs, backend: state.backend };
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

function report(size: string, run: LongRun): void {
  metric(`hostOpenPause${size}ms`, run.openPauseMs);
  metric(`hostPause${size}ms`, run.pauseMs);
  metric(`annotate${size}ms(${run.backend})`, run.annotateMs);
  metric(`receive${size}ms`, run.receiveMs);
  metric(`decorate${size}ms`, run.decorateMs);
}

describe('the engine runs off the extension host’s thread', () => {
  let api: ReadoutApi;

  before(async () => {
    api = await readoutApi();
  });

  it('annotates the seed in the worker', async () => {
    const editor = await showSeedAndWait(api);
    const state = await api.documentState(editor.document.uri);
    assert.equal(state.verdict, 'annotated');
    assert.equal(state.backend, 'worker', 'the seed was annotated on the extension host’s thread');
    assert.equal(api.annotateBackend(), 'worker');
    assert.equal(api.lastDecorationTiming()?.backend, 'worker');
  });

  it('measures the host’s share for a 5 KB readout', async () => {
    const run = await annotateLong(api, 5_000);
    report('5KB', run);
    assert.equal(run.backend, 'worker');
  });

  // The engine's time lies inside the measured window: on the host's thread the longest pause
  // would be at least the engine's time. Off it, the host pauses only to receive and paint.
  it('keeps the extension host turning while a 1 MB readout is annotated', async function () {
    this.timeout(240_000);
    const run = await annotateLong(api, 1_000_000);
    report('1MB', run);
    assert.ok(run.annotateMs > 200, `the engine took ${run.annotateMs.toFixed(0)} ms: too short to tell a blocked host from a free one`);
    assert.ok(run.pauseMs < run.annotateMs, `the extension host paused ${run.pauseMs.toFixed(0)} ms while the engine ran ${run.annotateMs.toFixed(0)} ms`);
    assert.equal(run.backend, 'worker');
  });

  it('keeps the extension host turning while a 5 MB readout is annotated (within the default size limit)', async function () {
    this.timeout(240_000);
    const run = await annotateLong(api, 5_000_000);
    report('5MB', run);
    assert.ok(run.pauseMs < run.annotateMs, `the extension host paused ${run.pauseMs.toFixed(0)} ms while the engine ran ${run.annotateMs.toFixed(0)} ms`);
    assert.equal(run.backend, 'worker');
  });
});
