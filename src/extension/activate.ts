// The extension's entry: wiring only. Each feature lives in its own file and registers itself here.
import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // features are registered here as they land (store, decorations, hover, symbols, views, commands)
}

export function deactivate(): void {
  // nothing to release beyond the context's subscriptions
}
