// Starts the annotation worker as a Web Worker (dist/web/annotateWorker.js), for the web
// extension host (vscode.dev), which is itself a worker and may start nested workers.
import type { WorkerAnswer } from '../../worker/protocol';
import type { StartWorker } from './workerService';

export function webWorkerStarter(url: string): StartWorker {
  return (events) => {
    const WorkerClass = (globalThis as { Worker?: typeof Worker }).Worker;
    if (typeof WorkerClass !== 'function') throw new Error('this extension host has no Web Workers');
    const worker = new WorkerClass(url);
    let over = false;
    const end = (reason: string) => {
      if (over) return;
      over = true;
      worker.terminate();
      events.failure(reason);
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => events.message(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      end(`it threw: ${event.message || 'its script could not be loaded or run'}`);
    };
    worker.onmessageerror = () => end('a message could not be read');
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => {
        over = true;
        worker.terminate();
      },
    };
  };
}
