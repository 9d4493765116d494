// Converts the model's UTF-16 offsets to VS Code ranges and back. Offsets are only valid for
// the document version the annotations were computed on: the store guarantees that.
import * as vscode from 'vscode';
import type { Span } from '../engine/model';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
