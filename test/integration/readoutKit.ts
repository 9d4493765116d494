// What the feature suites share: the extension's API, the fixtures in the workspace, polling,
// and reading hovers as text. Not a suite itself (no `.test.ts`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';

export const EXTENSION_ID = 'readout.readout';
export const SEED = 'seed-meeting-procurator-general.txt';
/** An ordinary project README: automatic detection must leave it plain. */
export const ORDINARY_README = 'some-library/README.md';

export async function readoutApi(): Promise<ReadoutApi> {
  const extension = vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

/** Opens a fixture in the active editor. */
export async function showFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls until `condition` holds; false on timeout (the caller asserts, with its own message). */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, pollMs = 20): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return true;
}

/** Opens the seed and waits (without failing) for its highlights, so each test can assert on its own. */
export async function showSeedAndWait(api: ReadoutApi): Promise<vscode.TextEditor> {
  const editor = await showFixture(SEED);
  await waitFor(() => api.appliedDecorations(editor.document.uri).length > 0, 10_000);
  return editor;
}

/** The position of the `occurrence`-th `needle` (after `after`, if given), plus `shift` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, options: { occurrence?: number; after?: string; shift?: number } = {}): vscode.Position {
  const text = document.getText();
  let at = options.after ? text.indexOf(options.after) : -1;
  assert.ok(!options.after || at >= 0, `not in the document: ${options.after}`);
  for (let i = 0; i < (options.occurrence ?? 1); i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `not in the document: ${needle}`);
  }
  return document.positionAt(at + (options.shift ?? 0));
}

/** Every hover's Markdown at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

export function textAt(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

/** Sets a readout.* setting for the test (user settings of the throw-away profile); undefined resets it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('readout').update(key, value, vscode.ConfigurationTarget.Global);
}
