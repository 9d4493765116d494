// The annotation worker for the Node extension host (VS Code desktop, code-server, remotes):
// a worker_threads Worker, bundled as dist/annotateWorker.js by scripts/build.mjs. Loaded
// outside a worker (a test requiring every module of src/), it does nothing.
import { parentPort } from 'node:worker_threads';
import type { WorkerAnswer } from './protocol';
import { isRequest, respond } from './respond';

const port = parentPort;
if (port) {
  const answer = (message: WorkerAnswer) => port.postMessage(message);
  port.on('message', (message: unknown) => {
    if (isRequest(message)) answer(respond(message));
  });
  answer({ type: 'ready' });
}
