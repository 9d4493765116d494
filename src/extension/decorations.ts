// Paints the annotations into every visible editor of an annotated document, and remembers
// what it painted: VS Code cannot read decorations back, so tests and the timing report ask here.
import * as vscode from 'vscode';
import type { AnnotationStore, DocumentState } from './store';
import { HighlightStyles } from './decorationTypes';
import type { Backend } from './annotateService/service';
import { readSettings, affectsReadout } from './settings';
import { toRange } from './spans';
import { planHighlights, highlightId, type HighlightKey } from './viewModel/decorationPlan';

export interface AppliedHighlight {
  /** `quote.0`, `mention.1`, `commitment.intention`, … */
  id: string;
  kind: HighlightKey['kind'];
  ranges: vscode.Range[];
}

export interface DecorationTiming {
  uri: string;
  /** Engine time for the annotations painted (in the worker, when one ran it). */
  annotateMs: number;
  /** Where the engine ran. */
  backend: Backend | undefined;
  /** Host-thread time to receive the model from the worker (parsing its answer). */
  receiveMs: number;
  /** Time to compute the plan and call setDecorations for one editor. */
  decorateMs: number;
  /** From the document's opening (or the extension's start, if it was already open) to its first painting; null on repaints. */
  openToDecoratedMs: number | null;
}

export class Highlighter implements vscode.Disposable {
  private styles: HighlightStyles;
  private enabled = true;
  private readonly applied = new Map<string, AppliedHighlight[]>();
  private readonly painted = new Set<string>();
  private timing: DecorationTiming | undefined;
  private readonly toggleEmitter = new vscode.EventEmitter<boolean>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Highlights were switched on (true) or off (false). */
  readonly onDidToggle = this.toggleEmitter.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.styles = new HighlightStyles(extensionUri, readSettings().speakerColors);
    this.subscriptions.push(
      store.onDidChange((document) => this.paintDocument(document)),
      store.onDidForget((key) => {
        this.applied.delete(key);
        this.painted.delete(key);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void this.paint(e))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('readout.colors') && affectsReadout(event)) this.restyle();
      }),
      this.toggleEmitter,
    );
    vscode.window.visibleTextEditors.forEach((e) => void this.paint(e));
  }

  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  /** Shows or hides every highlight; returns the new state once every visible editor is repainted. */
  async toggle(): Promise<boolean> {
    this.enabled = !this.enabled;
    const enabled = this.enabled;
    await Promise.all(vscode.window.visibleTextEditors.map((e) => this.paint(e, true)));
    this.toggleEmitter.fire(enabled);
    return enabled;
  }

  /** What was last painted in the document (empty when nothing is shown). */
  appliedTo(uri: vscode.Uri): AppliedHighlight[] {
    return this.applied.get(uri.toString()) ?? [];
  }

  lastTiming(): DecorationTiming | undefined {
    return this.timing;
  }

  dispose(): void {
    this.styles.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) void this.paint(editor, true);
    }
  }

  /**
   * Paints the document's current state: at once when it is known, else once the engine has
   * answered (and only if the document did not change meanwhile: a newer painting follows).
   * `force`: also clear when the document was never painted (it may be in several editors).
   */
  private paint(editor: vscode.TextEditor, force = false): Promise<void> {
    return this.store.withState(editor.document, (state) => this.paintState(editor, state, force));
  }

  private paintState(editor: vscode.TextEditor, state: DocumentState, force: boolean): void {
    const document = editor.document;
    const key = document.uri.toString();
    // Most editors (other languages) were never painted and have nothing to paint.
    if (!force && state.verdict !== 'annotated' && !this.applied.has(key)) return;
    const annotations = this.enabled && state.verdict === 'annotated' ? state.annotations : undefined;
    const started = performance.now();
    const applied: AppliedHighlight[] = [];
    const plan = annotations ? planHighlights(annotations, this.styles.paletteSize) : [];
    const planned = new Map(plan.map((p) => [highlightId(p.key), p]));
    // Every type is set, with [] where nothing applies, so highlights from a previous version go away.
    for (const id of this.styles.ids()) {
      const entry = planned.get(id);
      const ranges = entry ? entry.spans.map((s) => toRange(document, s)) : [];
      editor.setDecorations(this.styles.typeFor(id)!, ranges);
      if (entry && ranges.length > 0) applied.push({ id, kind: entry.key.kind, ranges });
    }
    const finished = performance.now();
    if (applied.length > 0) this.applied.set(key, applied);
    else this.applied.delete(key);
    if (!annotations) return;
    const first = !this.painted.has(key);
    this.painted.add(key);
    const openedAt = this.store.openedAt(document);
    this.timing = {
      uri: key,
      annotateMs: state.annotateMs ?? 0,
      backend: state.backend,
      receiveMs: state.receiveMs ?? 0,
      decorateMs: finished - started,
      openToDecoratedMs: first && openedAt !== undefined ? finished - openedAt : null,
    };
  }

  private restyle(): void {
    this.styles.dispose();
    this.styles = new HighlightStyles(this.extensionUri, readSettings().speakerColors);
    vscode.window.visibleTextEditors.forEach((e) => void this.paint(e));
  }
}
