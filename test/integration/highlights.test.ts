// Highlights on the seed: every quote covered, one colour per speaker, commitments by kind,
// the toggle and refresh commands, re-annotation after an edit, and the timings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import type { Quote } from '../../src/engine/model';
import { readoutApi, setSetting, showSeedAndWait, waitFor } from './readoutKit';

function sameRange(a: vscode.Range, start: vscode.Position, end: vscode.Position): boolean {
  return a.start.isEqual(start) && a.end.isEqual(end);
}

describe('highlights (decorations) on the seed readout', () => {
  let api: ReadoutApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await readoutApi();
    editor = await showSeedAndWait(api);
  });

  it('covers every one of the six quotes with a quote highlight', async () => {
    const document = editor.document;
    const quotes = (await api.getAnnotations(document.uri))?.quotes ?? [];
    assert.equal(quotes.length, 6, 'the seed has six quotes');
    const quoteRanges = api.appliedDecorations(document.uri).filter((d) => d.kind === 'quote').flatMap((d) => d.ranges);
    for (const quote of quotes) {
      const start = document.positionAt(quote.start);
      const end = document.positionAt(quote.end);
      assert.ok(quoteRanges.some((r) => sameRange(r, start, end)), `quote “${quote.text.slice(0, 30)}…” is not highlighted`);
    }
  });

  it('gives a speaker one colour for their name and their quotes', async () => {
    const document = editor.document;
    const annotations = await api.getAnnotations(document.uri);
    assert.ok(annotations, 'the seed is annotated');
    const applied = api.appliedDecorations(document.uri);
    const slotOf = (kind: 'mention' | 'quote', offset: number) =>
      applied.find((d) => d.kind === kind && d.ranges.some((r) => r.contains(document.positionAt(offset))))?.id.split('.')[1];
    const slots = new Set<string>();
    for (const official of annotations.officials) {
      const quote: Quote | undefined = annotations.quotes.find((q) => q.speaker === official.id);
      if (!quote) continue;
      const mentionSlot = slotOf('mention', official.mentions[0]!.start);
      assert.ok(mentionSlot, `${official.name}'s mention is not highlighted`);
      assert.equal(slotOf('quote', quote.start + 1), mentionSlot, `${official.name}'s quote and name differ in colour`);
      slots.add(mentionSlot);
    }
    assert.equal(slots.size, 2, 'both speakers of the seed have a colour of their own');
  });

  it('marks each commitment with the highlight of its kind', async () => {
    const document = editor.document;
    const commitments = (await api.getAnnotations(document.uri))?.commitments ?? [];
    assert.ok(commitments.length > 0, 'the seed has commitments');
    const applied = api.appliedDecorations(document.uri);
    for (const c of commitments) {
      const ranges = applied.find((d) => d.id === `commitment.${c.kind}`)?.ranges ?? [];
      assert.ok(ranges.some((r) => sameRange(r, document.positionAt(c.start), document.positionAt(c.end))), `${c.kind} “${c.text}” not marked`);
      // one gutter icon per commitment, at its start, even when the commitment wraps
      const icons = applied.find((d) => d.id === `commitmentIcon.${c.kind}`)?.ranges ?? [];
      assert.ok(icons.some((r) => r.isEmpty && r.start.isEqual(document.positionAt(c.start))), `${c.kind} “${c.text}” has no gutter icon`);
    }
    const iconCount = applied.filter((d) => d.kind === 'commitmentIcon').reduce((n, d) => n + d.ranges.length, 0);
    assert.equal(iconCount, commitments.length);
  });

  it('reports the activation time and the time from opening to highlights', () => {
    assert.ok(api.activationMs > 0 && api.activationMs < 10_000, `activation ${api.activationMs} ms`);
    const timing = api.lastDecorationTiming();
    assert.ok(timing, 'no painting was reported');
    assert.ok(timing.annotateMs >= 0 && timing.decorateMs >= 0);
    console.log(`[readout-metric] extensionActivationMs=${api.activationMs.toFixed(1)}`);
    console.log(`[readout-metric] seedAnnotateMs=${timing.annotateMs.toFixed(1)}`);
    console.log(`[readout-metric] seedDecorateMs=${timing.decorateMs.toFixed(1)}`);
  });

  it('uses the speaker colours of readout.colors.speakers, and ignores what is not a colour', async () => {
    const uri = editor.document.uri;
    const quotes = (await api.getAnnotations(uri))?.quotes.length ?? 0;
    assert.equal(quotes, 6);
    await setSetting('colors.speakers', ['#d73a49', 'url(https://example.invalid/x.png)']);
    try {
      // one valid colour: a palette of one, so both speakers' quotes share slot 0
      assert.ok(await waitFor(() => api.appliedDecorations(uri).some((d) => d.id === 'quote.0' && d.ranges.length === quotes)), JSON.stringify(api.appliedDecorations(uri).map((d) => [d.id, d.ranges.length])));
      assert.ok(!api.appliedDecorations(uri).some((d) => d.id === 'quote.1'));
    } finally {
      await setSetting('colors.speakers', undefined);
    }
    assert.ok(await waitFor(() => api.appliedDecorations(uri).some((d) => d.id === 'quote.1')), 'the theme palette is not back');
  });

  it('Readout: Toggle Highlights hides and shows them, and the status bar says so', async () => {
    const uri = editor.document.uri;
    const before = api.appliedDecorations(uri).reduce((n, d) => n + d.ranges.length, 0);
    assert.ok(before > 0, 'highlights are shown before toggling');
    assert.ok(await waitFor(() => !!api.statusBarText()?.includes('quote')), `status bar: ${api.statusBarText()}`);
    await vscode.commands.executeCommand('readout.toggleHighlights');
    try {
      assert.equal(api.highlightsEnabled(), false);
      assert.deepEqual(api.appliedDecorations(uri), []);
      assert.match(api.statusBarText() ?? '', /eye-closed/);
    } finally {
      await vscode.commands.executeCommand('readout.toggleHighlights');
    }
    assert.equal(api.highlightsEnabled(), true);
    assert.equal(api.appliedDecorations(uri).reduce((n, d) => n + d.ranges.length, 0), before);
  });

  it('Readout: Refresh annotates and paints again', async () => {
    const previous = api.lastDecorationTiming();
    await vscode.commands.executeCommand('readout.refresh');
    assert.ok(await waitFor(() => api.lastDecorationTiming() !== previous), 'nothing was repainted');
    assert.ok(api.appliedDecorations(editor.document.uri).some((d) => d.kind === 'quote'));
  });

  it('re-annotates after an edit, once typing pauses', async () => {
    const seed = editor.document.getText();
    const draft = await vscode.workspace.openTextDocument({ language: 'plaintext', content: seed });
    const draftEditor = await vscode.window.showTextDocument(draft);
    assert.ok(await waitFor(() => api.appliedDecorations(draft.uri).some((d) => d.kind === 'quote')), 'the draft is not highlighted');
    const firstQuoteBefore = (await api.getAnnotations(draft.uri))!.quotes[0]!.start;
    const prefix = 'Minsk, Belarus. ';
    await draftEditor.edit((e) => e.insert(new vscode.Position(0, 0), prefix));
    const moved = () =>
      api
        .appliedDecorations(draft.uri)
        .filter((d) => d.kind === 'quote')
        .some((d) => d.ranges.some((r) => draft.offsetAt(r.start) === firstQuoteBefore + prefix.length));
    assert.ok(await waitFor(moved, 5_000), 'the highlights were not recomputed after the edit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
