// Which documents get painted: automatic detection leaves an ordinary README plain (with a
// per-document override), readout.languages, the size limit (declined politely, then
// "Annotate anyway"), binary text, and closing a document frees its state.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import { ORDINARY_README, SEED, fixtureUri, readoutApi, setSetting, showFixture, waitFor } from './readoutKit';

describe('which documents Readout annotates', () => {
  let api: ReadoutApi;

  before(async () => {
    api = await readoutApi();
  });

  afterEach(async () => {
    await setSetting('sizeLimit', undefined);
    await setSetting('languages', undefined);
    await setSetting('autoDetect', undefined);
  });

  it('leaves an ordinary README unpainted (automatic detection)', async () => {
    const editor = await showFixture(ORDINARY_README);
    const uri = editor.document.uri;
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal((await api.documentState(uri)).verdict, 'not-readout');
    assert.deepEqual(api.appliedDecorations(uri), []);
    assert.equal(await api.getAnnotations(uri), undefined);
    assert.ok(await waitFor(() => /not a readout/.test(api.statusBarText() ?? '')), `status bar: ${api.statusBarText()}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(!(symbols ?? []).some((s) => s.kind === vscode.SymbolKind.Namespace), 'no meeting outline for a README');
  });

  it('annotates it anyway when asked for this document, and hands it back to detection', async () => {
    const uri = fixtureUri(ORDINARY_README);
    await showFixture(ORDINARY_README);
    await vscode.commands.executeCommand('readout.annotateThisDocument', uri);
    assert.equal((await api.documentState(uri)).verdict, 'annotated');
    assert.ok(await api.getAnnotations(uri));
    await vscode.commands.executeCommand('readout.useAutomaticDetection', uri);
    assert.equal((await api.documentState(uri)).verdict, 'not-readout');
  });

  it('paints everything in the listed languages when automatic detection is off', async () => {
    const uri = fixtureUri(ORDINARY_README);
    await showFixture(ORDINARY_README);
    await setSetting('autoDetect', false);
    assert.ok(await waitFor(async () => (await api.documentState(uri)).verdict === 'annotated'), (await api.documentState(uri)).verdict);
  });

  it('leaves alone the languages not in readout.languages', async () => {
    const editor = await showFixture(SEED);
    const uri = editor.document.uri;
    await setSetting('languages', ['markdown']);
    assert.ok(await waitFor(async () => (await api.documentState(uri)).verdict === 'off'), (await api.documentState(uri)).verdict);
    assert.deepEqual(api.appliedDecorations(uri), []);
    assert.ok(await waitFor(() => api.statusBarText() === undefined), `status bar: ${api.statusBarText()}`);
    await setSetting('languages', undefined);
    assert.ok(await waitFor(async () => (await api.documentState(uri)).verdict === 'annotated'), (await api.documentState(uri)).verdict);
  });

  it('declines a document above readout.sizeLimit politely, then annotates it anyway', async () => {
    const editor = await showFixture(SEED);
    const uri = editor.document.uri;
    await setSetting('sizeLimit', 1000);
    assert.ok(await waitFor(async () => (await api.documentState(uri)).verdict === 'too-large'), (await api.documentState(uri)).verdict);
    assert.match((await api.documentState(uri)).message ?? '', /above the limit of 1,000 \(setting readout\.sizeLimit\)/);
    assert.deepEqual(api.appliedDecorations(uri), []);
    assert.ok(await waitFor(() => /too large/.test(api.statusBarText() ?? '')), `status bar: ${api.statusBarText()}`);
    await vscode.commands.executeCommand('readout.annotateThisDocument', uri);
    assert.equal((await api.documentState(uri)).verdict, 'annotated');
    assert.ok(await waitFor(() => api.appliedDecorations(uri).length > 0), 'not painted after “Annotate anyway”');
    await vscode.commands.executeCommand('readout.useAutomaticDetection', uri);
  });

  it('annotates a readout written in Markdown', async () => {
    const seed = await vscode.workspace.openTextDocument(fixtureUri(SEED));
    const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# ${seed.getText()}` });
    await vscode.window.showTextDocument(markdown);
    try {
      assert.equal((await api.documentState(markdown.uri)).verdict, 'annotated');
      assert.equal((await api.getAnnotations(markdown.uri))?.quotes.length, 6);
      assert.ok(await waitFor(() => api.appliedDecorations(markdown.uri).filter((d) => d.kind === 'quote').reduce((n, d) => n + d.ranges.length, 0) === 6));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('does not read binary text', async () => {
    const binary = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `PK\u0003\u0004\u0000\u0000${'\u0001'.repeat(50)}` });
    await vscode.window.showTextDocument(binary);
    assert.equal((await api.documentState(binary.uri)).verdict, 'binary');
    assert.deepEqual(api.appliedDecorations(binary.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('frees a document’s state when it is closed', async () => {
    const editor = await showFixture(SEED);
    const uri = editor.document.uri;
    assert.ok(await waitFor(() => api.isTracked(uri)), 'the seed is tracked while open');
    // only the seed's editor: closing all could meet another suite's unsaved draft (a save dialog)
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const stillOpen = vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    assert.equal(stillOpen, false, 'the seed is still in a tab');
    assert.ok(await waitFor(() => !api.isTracked(uri), 5_000), 'the state of the closed seed is still held');
    assert.deepEqual(api.appliedDecorations(uri), []);
  });
});
