// The Outline, breadcrumbs and Go to Symbol: the meeting tree (viewModel/outline.ts, built by
// the annotation worker) as document symbols.
import * as vscode from 'vscode';
import type { Span } from '../engine/model';
import type { AnnotationStore } from './store';
import { toRange } from './spans';
import type { OutlineKind, OutlineNode } from './viewModel/outline';

const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  meeting: vscode.SymbolKind.Namespace,
  participants: vscode.SymbolKind.Package,
  others: vscode.SymbolKind.Package,
  participant: vscode.SymbolKind.Class,
  role: vscode.SymbolKind.Property,
  turn: vscode.SymbolKind.Event,
  quote: vscode.SymbolKind.String,
  paraphrase: vscode.SymbolKind.Field,
  commitment: vscode.SymbolKind.Interface,
  outcomes: vscode.SymbolKind.Package,
};

/** VS Code rejects a symbol whose selection range is not inside its range. */
function clampInto(inner: Span, outer: Span): Span {
  const start = Math.min(Math.max(inner.start, outer.start), outer.end);
  return { start, end: Math.min(Math.max(inner.end, start), outer.end) };
}

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    node.label || '(untitled)',
    node.detail,
    SYMBOL_KIND[node.kind],
    toRange(document, node.range),
    toRange(document, clampInto(node.selection, node.range)),
  );
  symbol.children = node.children.map((child) => toSymbol(document, child));
  return symbol;
}

export class MeetingSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    const outline = await this.store.outline(document);
    return outline && [toSymbol(document, outline)];
  }
}
