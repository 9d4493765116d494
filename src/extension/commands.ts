// The palette commands: toggle highlights, refresh, and the per-document choices that beat
// automatic detection and the size limit.
import * as vscode from 'vscode';
import type { AnnotationStore } from './store';
import type { Highlighter } from './decorations';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'readout.toggleHighlights';
export const REFRESH_COMMAND = 'readout.refresh';
/** Forces annotation on (in spite of detection, the language list and the size limit). */
export const ANNOTATE_DOCUMENT_COMMAND = 'readout.annotateThisDocument';
export const DONT_ANNOTATE_DOCUMENT_COMMAND = 'readout.dontAnnotateThisDocument';
export const AUTOMATIC_DOCUMENT_COMMAND = 'readout.useAutomaticDetection';

/** The document a command acts on: the one it was given (a URI from a menu or a test), else the active one. */
async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

export function registerCommands(store: AnnotationStore, highlighter: Highlighter): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, () => highlighter.toggle()),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => store.refreshAll()),
    vscode.commands.registerCommand(ANNOTATE_DOCUMENT_COMMAND, async (uri?: vscode.Uri) => {
      const document = await targetDocument(uri);
      if (document) await store.annotateAnyway(document);
    }),
    vscode.commands.registerCommand(DONT_ANNOTATE_DOCUMENT_COMMAND, async (uri?: vscode.Uri) => {
      const document = await targetDocument(uri);
      if (document) await store.setOverride(document, 'off');
    }),
    vscode.commands.registerCommand(AUTOMATIC_DOCUMENT_COMMAND, async (uri?: vscode.Uri) => {
      const document = await targetDocument(uri);
      if (document) await store.setOverride(document, undefined);
    }),
  );
}
