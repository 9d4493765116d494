// The status bar item: what Readout found in the active document (officials, quotes,
// commitments), or why it shows nothing. Clicking toggles the highlights, or offers to
// annotate a document that automatic detection or the size limit left plain.
import * as vscode from 'vscode';
import type { AnnotationStore, DocumentState } from './store';
import type { Highlighter } from './decorations';
import { plural } from './viewModel/excerpt';
import { ANNOTATE_DOCUMENT_COMMAND, TOGGLE_HIGHLIGHTS_COMMAND } from './commands';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('readout.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnnotationStore,
    private readonly highlighter: Highlighter,
  ) {
    this.item.name = 'Readout';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      highlighter.onDidToggle(() => this.update()),
    );
    this.update();
  }

  /** The text on show, or undefined when hidden (for tests). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** Shows the active document's state: at once when it is known, else once the engine has answered. */
  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return this.show(undefined);
    void this.store.withState(document, (state) => {
      if (document === vscode.window.activeTextEditor?.document) this.show(state);
    });
  }

  private show(state: DocumentState | undefined): void {
    if (!state || state.verdict === 'off') {
      this.item.hide();
      this.shown = false;
      return;
    }
    const item = this.item;
    item.backgroundColor = undefined;
    switch (state.verdict) {
      case 'annotated': {
        const a = state.annotations!;
        const on = this.highlighter.highlightsEnabled;
        item.text = `$(comment-discussion) ${plural(a.officials.length, 'official')} · ${plural(a.quotes.length, 'quote')} · ${plural(a.commitments.length, 'commitment')}${on ? '' : ' $(eye-closed)'}`;
        item.tooltip = `Readout: ${on ? 'click to hide the highlights' : 'highlights hidden; click to show them'}`;
        item.command = TOGGLE_HIGHLIGHTS_COMMAND;
        break;
      }
      case 'not-readout':
        item.text = '$(comment-discussion) not a readout';
        item.tooltip = 'Readout: automatic detection found no officials speaking or committing here. Click to annotate this document anyway.';
        item.command = ANNOTATE_DOCUMENT_COMMAND;
        break;
      case 'too-large':
        item.text = '$(warning) Readout: too large';
        item.tooltip = `Readout: this document ${state.message}. Click to annotate it anyway.`;
        item.command = ANNOTATE_DOCUMENT_COMMAND;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'binary':
      case 'error':
        item.text = '$(circle-slash) Readout';
        item.tooltip = `Readout: this document ${state.verdict === 'binary' ? state.message : `could not be annotated: ${state.message}`}`;
        item.command = undefined;
        break;
    }
    item.show();
    this.shown = true;
  }
}
