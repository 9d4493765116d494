// What a worker does with a request, whatever kind of worker it is: run the engine, and answer
// with the model (and its outline, a view model that is costly on long readouts) or the
// engine's error (an engine error is an answer, not a crash).
import { annotate, BlockMemos } from '../engine';
import { buildOutline } from '../extension/viewModel/outline';
import type { AnnotateRequestMessage, WorkerAnswer } from './protocol';

/** The worker's memos of the documents it annotated last: an edit's re-annotation rescans only the changed paragraphs. */
const memos = new BlockMemos();

export function respond(request: AnnotateRequestMessage): WorkerAnswer {
  try {
    const started = performance.now();
    const annotations = annotate(request.text, { ...request.options, memo: memos.for(request.options.uri) });
    const annotateMs = performance.now() - started;
    const json = JSON.stringify(annotations);
    if (!request.withOutline) return { type: 'annotated', id: request.id, json, annotateMs };
    return { type: 'annotated', id: request.id, json, outlineJson: JSON.stringify(buildOutline(annotations, request.text)), annotateMs };
  } catch (error) {
    return { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a message from the host is a request this worker understands. */
export function isRequest(message: unknown): message is AnnotateRequestMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'annotate';
}
