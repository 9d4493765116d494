// The one way every feature jumps to a span: the hover's "first full mention" link and the
// Meeting view's nodes run this command, which reveals and selects the span.
import * as vscode from 'vscode';
import type { Span } from '../engine/model';
import { toRange } from './spans';

export const REVEAL_COMMAND = 'readout.reveal';

/** Arguments of the reveal command: serialisable, because hovers pass them in a command URI. */
export type RevealArguments = [uri: string, start: number, end: number];

export function revealArguments(uri: vscode.Uri, span: Span): RevealArguments {
  return [uri.toString(), span.start, span.end];
}

export async function reveal(uri: string, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const range = toRange(document, { start, end });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, reveal);
}
