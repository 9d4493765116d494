// One way for the extension to run the engine, whatever runs it: a worker thread (desktop,
// code-server), a Web Worker (vscode.dev), or the extension host's own thread when no worker
// can be created. Every caller awaits the model; none of them knows which backend ran.
import type { AnnotateOptions, Annotations } from '../../engine/model';
import type { OutlineNode } from '../viewModel/outline';

/** Where the engine ran. */
export type Backend = 'worker' | 'in-process';

export interface AnnotateResult {
  annotations: Annotations;
  /** The meeting's outline, when asked for and a worker built it (else the caller builds it if it needs it). */
  outline?: OutlineNode;
  /** The engine's own time, in milliseconds (in the worker, for the worker backend). */
  annotateMs: number;
  /** Time the extension host's thread spent receiving the model (parsing the worker's answer), in milliseconds. */
  receiveMs: number;
  backend: Backend;
}

export interface AnnotateService {
  /**
   * Annotates `text`. With a `key` (a document's URI), a later request with the same key
   * supersedes this one: it is dropped, or its result discarded, and the promise rejects with
   * a {@link SupersededError}. Rejects with an {@link AnnotateError} when the engine threw, or
   * the worker crashed or hung (the worker is then restarted).
   */
  annotate(text: string, options: AnnotateOptions, key?: string, withOutline?: boolean): Promise<AnnotateResult>;
  /** Drops the pending request for `key`, if any (the document was closed). */
  cancel(key: string): void;
  /** The backend the next request goes to. */
  readonly backend: Backend;
  dispose(): void;
}

/** A newer request for the same document replaced this one: its result would be stale. */
export class SupersededError extends Error {
  constructor(key: string) {
    super(`superseded by a newer request for ${key}`);
    this.name = 'SupersededError';
  }
}

/** The engine threw, or the worker crashed or hung: the message says which, for the user. */
export class AnnotateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotateError';
  }
}

export function isSuperseded(error: unknown): error is SupersededError {
  return error instanceof SupersededError;
}
