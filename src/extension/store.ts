// Per-document annotations: computed by the engine on demand, re-computed after a short pause
// in typing, dropped when the document is closed. Every feature reads annotations from here,
// so hovers, highlights, outline and exports always agree on one model per document version.
// The engine runs off the extension host's thread (annotateService/): features await the state
// of the document's current version, and a result computed for an older version is never kept.
import * as vscode from 'vscode';
import { checkInput, type Annotations } from '../engine';
import { readSettings, affectsReadout, type ReadoutSettings } from './settings';
import { looksLikeReadout } from './viewModel/readoutDetection';
import { effectiveSizeLimit } from './sizeLimit';
import { isSuperseded, type AnnotateService, type Backend } from './annotateService/service';
import { buildOutline, type OutlineNode } from './viewModel/outline';

/** What the store decided for a document. */
export type Verdict =
  | 'annotated' // a readout (or forced on): every feature shows it
  | 'not-readout' // automatic detection said this is an ordinary text: nothing painted
  | 'too-large' // above readout.sizeLimit: declined until "Annotate anyway"
  | 'binary' // not text
  | 'error' // the engine threw, or its worker crashed or hung; the message says why
  | 'off'; // language not in readout.languages, or turned off for this document

export interface DocumentState {
  verdict: Verdict;
  /** The document version the state was computed for. */
  version: number;
  /** The model, for `annotated` and `not-readout`. */
  annotations?: Annotations;
  /** The model's outline (built by the worker, or on the first request for it). */
  outline?: OutlineNode;
  /** Why a document was declined. */
  message?: string;
  /** How long the engine took, in milliseconds. */
  annotateMs?: number;
  /** Where the engine ran. */
  backend?: Backend;
  /** Time the extension host's thread spent receiving the model from the worker, in milliseconds. */
  receiveMs?: number;
}

/** A per-document choice that beats the language list and automatic detection. */
export type Override = 'on' | 'off';

const OVERRIDES_KEY = 'readout.documentOverrides';
/** Pause after the last edit before annotating again, in milliseconds. */
export const DEBOUNCE_MS = 300;
/** The longest pause, for documents the engine needs long for. */
const MAX_DEBOUNCE_MS = 3000;
/** Schemes that hold VS Code's own panels, never a user's document. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment']);
/** How many times a reader waits again when the document changed while its state was computed. */
const MAX_CATCH_UPS = 5;

/** A computation under way for one version of a document. */
interface Computation {
  version: number;
  /** Computations of a document are numbered: only the newest may settle the document's state. */
  ticket: number;
  done: Promise<DocumentState>;
}

export class AnnotationStore implements vscode.Disposable {
  /** Settled states, one per document (for the version they name). */
  private readonly states = new Map<string, DocumentState>();
  private readonly computing = new Map<string, Computation>();
  private tickets = 0;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly opened = new Map<string, number>();
  /** Documents the user chose to annotate in spite of the size limit, for this session. */
  private readonly allowedLarge = new Set<string>();
  /** Documents already told they are too large, so the message shows once per session. */
  private readonly declined = new Set<string>();
  private settings: ReadoutSettings = readSettings();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly forgetEmitter = new vscode.EventEmitter<string>();
  private readonly declineEmitter = new vscode.EventEmitter<{ document: vscode.TextDocument; state: DocumentState }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A document's state was recomputed (after an edit, a setting change, a refresh or an override). */
  readonly onDidChange = this.changeEmitter.event;
  /** A closed document's state was dropped (the URI as a string). */
  readonly onDidForget = this.forgetEmitter.event;
  /** A document was declined for its size (fires once per document and session). */
  readonly onDidDecline = this.declineEmitter.event;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly service: AnnotateService,
  ) {
    for (const document of vscode.workspace.textDocuments) this.opened.set(document.uri.toString(), performance.now());
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.opened.set(document.uri.toString(), performance.now())),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleRefresh(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      // A closed tab does not always close its document at once: free the state when no tab shows it.
      vscode.window.tabGroups.onDidChangeTabs((event) => this.forgetClosedTabs(event.closed)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsReadout(event)) {
          this.settings = readSettings();
          this.refreshAll();
        }
      }),
      this.changeEmitter,
      this.forgetEmitter,
      this.declineEmitter,
    );
  }

  /**
   * The state for the document as it is now, computing it (off the host's thread) if the text
   * changed since. If the document changes while it is computed, this waits for the newer
   * version's state; a caller still gets an older state only after several edits in a row,
   * and must then compare `version` with the document's.
   */
  async state(document: vscode.TextDocument): Promise<DocumentState> {
    let state = await this.stateOfVersion(document);
    for (let i = 0; i < MAX_CATCH_UPS && state.version !== document.version && !document.isClosed; i++) {
      state = await this.stateOfVersion(document);
    }
    return state;
  }

  /** The settled state of the document's current version, if there is one: nothing is computed. */
  peek(document: vscode.TextDocument): DocumentState | undefined {
    const known = this.states.get(document.uri.toString());
    if (known && known.version === document.version) return known;
    return this.isWanted(document) ? undefined : { verdict: 'off', version: document.version };
  }

  /**
   * Calls `use` with the document's current state: at once when it is settled (so a feature
   * updates in the same turn), else once it is computed, unless the document changed meanwhile.
   */
  async withState(document: vscode.TextDocument, use: (state: DocumentState) => void): Promise<void> {
    const known = this.peek(document);
    if (known) return use(known);
    const state = await this.state(document);
    if (state.version === document.version && !document.isClosed) use(state);
  }

  /** Annotations the features show: only for documents judged (or forced to be) readouts, for the version now open. */
  async annotations(document: vscode.TextDocument): Promise<Annotations | undefined> {
    const state = await this.state(document);
    return state.verdict === 'annotated' && state.version === document.version ? state.annotations : undefined;
  }

  /** The meeting's outline for the version now open, when the document is annotated: the worker's, else built here once. */
  async outline(document: vscode.TextDocument): Promise<OutlineNode | undefined> {
    const state = await this.state(document);
    if (state.verdict !== 'annotated' || state.version !== document.version || !state.annotations) return undefined;
    state.outline ??= buildOutline(state.annotations, document.getText());
    return state.outline;
  }

  /**
   * Annotations for an explicit request (an export): automatic detection and the language list
   * do not apply, because the user asked; binary files and the size limit still do.
   */
  async annotationsOnRequest(document: vscode.TextDocument): Promise<Annotations | undefined> {
    const state = await this.state(document);
    if (state.annotations && state.version === document.version) return state.annotations;
    if (state.verdict !== 'off' || this.overrideOf(document) === 'off') return undefined;
    const text = document.getText();
    if (!checkInput(text, this.sizeLimitFor(document.uri.toString())).ok) return undefined;
    return (await this.service.annotate(text, { languageId: document.languageId, uri: document.uri.toString() })).annotations;
  }

  /** Whether the store holds state for a URI (for tests: closing a document frees it). */
  isTracked(uri: vscode.Uri): boolean {
    return this.states.has(uri.toString()) || this.computing.has(uri.toString());
  }

  /** When the document was opened (performance.now() time), for the open-to-decorated measurement. */
  openedAt(document: vscode.TextDocument): number | undefined {
    return this.opened.get(document.uri.toString());
  }

  overrideOf(document: vscode.TextDocument): Override | undefined {
    return this.overrides()[document.uri.toString()];
  }

  /** Forces a document on or off, or (undefined) hands it back to the language list and detection. */
  async setOverride(document: vscode.TextDocument, override: Override | undefined): Promise<void> {
    const overrides = { ...this.overrides() };
    const key = document.uri.toString();
    if (override) overrides[key] = override;
    else delete overrides[key];
    await this.memento.update(OVERRIDES_KEY, overrides);
    await this.refresh(document);
  }

  /** "Annotate anyway": lift the size limit for this document and force it on. */
  async annotateAnyway(document: vscode.TextDocument): Promise<void> {
    this.allowedLarge.add(document.uri.toString());
    await this.setOverride(document, 'on');
  }

  /** Recomputes one document now and tells the features once its new state is settled. */
  async refresh(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.invalidate(key);
    await this.state(document);
    this.changeEmitter.fire(document);
  }

  /** Recomputes every open document (settings changed, or `Readout: Refresh`); features recompute what they show. */
  refreshAll(): void {
    for (const key of new Set([...this.states.keys(), ...this.computing.keys()])) {
      this.cancelTimer(key);
      this.invalidate(key);
    }
    for (const document of vscode.workspace.textDocuments) {
      if (!IGNORED_SCHEMES.has(document.uri.scheme)) this.changeEmitter.fire(document);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.states.clear();
    this.computing.clear();
    for (const s of this.subscriptions) s.dispose();
  }

  /** The state of the document's current version: settled, under way, or started now. */
  private stateOfVersion(document: vscode.TextDocument): Promise<DocumentState> {
    const key = document.uri.toString();
    const version = document.version;
    const known = this.states.get(key);
    if (known && known.version === version) return Promise.resolve(known);
    const running = this.computing.get(key);
    if (running && running.version === version) return running.done;
    const ticket = ++this.tickets;
    const done = this.compute(document).then(
      (state) => this.settle(document, ticket, state),
      // a newer computation of this document replaced this one: its answer is the answer
      (error: unknown): DocumentState | Promise<DocumentState> => {
        if (document.isClosed) return { verdict: 'off', version };
        if (isSuperseded(error)) return this.stateOfVersion(document);
        return { verdict: 'error', version, message: String(error) };
      },
    );
    this.computing.set(key, { version, ticket, done });
    return done;
  }

  /** Keeps a computed state, unless a newer computation of the document started meanwhile. */
  private settle(document: vscode.TextDocument, ticket: number, state: DocumentState): DocumentState | Promise<DocumentState> {
    const key = document.uri.toString();
    if (this.computing.get(key)?.ticket !== ticket) return document.isClosed ? state : this.stateOfVersion(document);
    this.computing.delete(key);
    if (state.verdict === 'off') {
      this.states.delete(key);
      return state;
    }
    this.states.set(key, state);
    if (state.verdict === 'too-large' && !this.declined.has(key)) {
      this.declined.add(key);
      this.declineEmitter.fire({ document, state });
    }
    return state;
  }

  /** Forgets a document's state and any computation under way (its result will not be kept). */
  private invalidate(key: string): void {
    this.states.delete(key);
    if (this.computing.delete(key)) this.service.cancel(key);
  }

  private async compute(document: vscode.TextDocument): Promise<DocumentState> {
    const version = document.version;
    if (!this.isWanted(document)) return { verdict: 'off', version };
    const override = this.overrideOf(document);
    const key = document.uri.toString();
    if (!this.opened.has(key)) this.opened.set(key, performance.now());
    const text = document.getText();
    const sizeLimit = this.sizeLimitFor(key);
    const input = checkInput(text, sizeLimit);
    if (!input.ok) {
      const message =
        input.reason === 'too-large'
          ? `is ${text.length.toLocaleString('en-US')} characters long, above the limit of ${sizeLimit.toLocaleString('en-US')} (setting readout.sizeLimit)`
          : input.message;
      return { verdict: input.reason, version, message };
    }
    try {
      const result = await this.service.annotate(text, { languageId: document.languageId, uri: key }, key, true);
      const { annotations, outline, annotateMs, backend, receiveMs } = result;
      const isReadout = override === 'on' || !this.settings.autoDetect || looksLikeReadout(annotations);
      return { verdict: isReadout ? 'annotated' : 'not-readout', version, annotations, outline, annotateMs, backend, receiveMs };
    } catch (error) {
      if (isSuperseded(error)) throw error;
      console.error('[readout] the engine failed on', key, error);
      return { verdict: 'error', version, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private sizeLimitFor(key: string): number {
    return this.allowedLarge.has(key) ? Infinity : effectiveSizeLimit(this.settings.sizeLimit, this.service.backend);
  }

  private overrides(): Record<string, Override> {
    return this.memento.get<Record<string, Override>>(OVERRIDES_KEY, {});
  }

  private scheduleRefresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // A document that is off has nothing on screen to update.
    if (!this.states.has(key) && !this.isWanted(document)) return;
    this.cancelTimer(key);
    // The engine needs a few ms for a readout, about 0.8 s per million characters: on big
    // documents wait longer, so the worker is not kept busy with versions typing replaces.
    const lastRun = this.states.get(key)?.annotateMs ?? 0;
    const delay = Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, 3 * lastRun));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        void this.state(document).then(() => {
          if (!document.isClosed) this.changeEmitter.fire(document);
        });
      }, delay),
    );
  }

  private isWanted(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    const override = this.overrideOf(document);
    return override === 'on' || (override !== 'off' && this.settings.languages.includes(document.languageId));
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forgetClosedTabs(closed: readonly vscode.Tab[]): void {
    const stillShown = new Set<string>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        if (input instanceof vscode.TabInputText) stillShown.add(input.uri.toString());
        else if (input instanceof vscode.TabInputTextDiff) {
          stillShown.add(input.original.toString());
          stillShown.add(input.modified.toString());
        }
      }
    }
    for (const tab of closed) {
      if (tab.input instanceof vscode.TabInputText && !stillShown.has(tab.input.uri.toString())) {
        this.forget(tab.input.uri.toString());
      }
    }
  }

  private forget(key: string): void {
    this.cancelTimer(key);
    const had = this.states.has(key) || this.computing.has(key);
    this.invalidate(key);
    this.opened.delete(key);
    if (had) this.forgetEmitter.fire(key);
  }
}
