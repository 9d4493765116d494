// Starts the annotation worker as a Node worker_threads Worker (dist/annotateWorker.js), for the
// Node extension host. Only the desktop entry imports this: the web bundle has no Node built-in.
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer } from '../../worker/protocol';
import type { StartWorker } from './workerService';

export function nodeWorkerStarter(script: string): StartWorker {
  return (events) => {
    const worker = new Worker(script);
    let over = false;
    const end = (reason: string) => {
      if (over) return;
      over = true;
      events.failure(reason);
    };
    worker.on('message', (answer: WorkerAnswer) => events.message(answer));
    worker.on('error', (error: Error) => end(`it threw: ${error.message}`));
    worker.on('messageerror', (error: Error) => end(`a message could not be read: ${error.message}`));
    worker.on('exit', (code) => end(`it exited with code ${code}`));
    // an idle worker must not keep a process (the CLI, a test run) alive
    worker.unref();
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => {
        over = true;
        void worker.terminate();
      },
    };
  };
}
