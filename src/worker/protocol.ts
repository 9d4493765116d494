// The messages between the extension host and the annotation worker (Node worker_threads or a
// Web Worker): plain data, so the same protocol serves both. The model travels as JSON text:
// the worker pays for stringifying it, and the host's share (JSON.parse) can be measured.
import type { AnnotateOptions } from '../engine/model';

/** Host → worker: annotate this text. */
export interface AnnotateRequestMessage {
  type: 'annotate';
  id: number;
  text: string;
  options: AnnotateOptions;
  /** Also build the meeting's outline (the Outline's and Meeting view's tree), so the host does not have to. */
  withOutline: boolean;
}

/** Worker → host. */
export type WorkerAnswer =
  /** The worker has loaded the engine and listens: a worker that dies before this never started. */
  | { type: 'ready' }
  /** `json` is the Annotations model, `outlineJson` its outline if asked for; `annotateMs` the engine's time in the worker. */
  | { type: 'annotated'; id: number; json: string; outlineJson?: string; annotateMs: number }
  /** The engine threw: the message says why. */
  | { type: 'failed'; id: number; message: string };
