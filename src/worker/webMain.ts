// The annotation worker for the web extension host (vscode.dev): a Web Worker, bundled as
// dist/web/annotateWorker.js by scripts/build.mjs. No Node built-in on this path. Loaded
// outside a worker (a test requiring every module of src/), it does nothing.
import type { WorkerAnswer } from './protocol';
import { isRequest, respond } from './respond';

const scope = (globalThis as { self?: unknown }).self as DedicatedWorkerGlobalScope | undefined;
if (scope && typeof scope.postMessage === 'function') {
  const answer = (message: WorkerAnswer) => scope.postMessage(message);
  scope.onmessage = (event: MessageEvent<unknown>) => {
    if (isRequest(event.data)) answer(respond(event.data));
  };
  answer({ type: 'ready' });
}
