// The extension's entry for the Node extension host (VS Code desktop, code-server, remotes):
// the engine runs in a worker thread, dist/annotateWorker.js beside this bundle.
import './loadClock'; // first: the activation time includes loading the rest of the bundle
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { activateReadout } from './activate';
import type { ReadoutApi } from './api';
import { InProcessAnnotateService } from './annotateService/inProcessService';
import { nodeWorkerStarter } from './annotateService/nodeWorker';
import { SizeLanesAnnotateService } from './annotateService/sizeLanes';
import { WorkerAnnotateService } from './annotateService/workerService';

/** The worker's bundle, built beside dist/extension.js by scripts/build.mjs. */
export const WORKER_SCRIPT = 'annotateWorker.js';

export function activate(context: vscode.ExtensionContext): ReadoutApi {
  // one worker for ordinary readouts, a second for large documents (see sizeLanes.ts)
  const service = new SizeLanesAnnotateService(() => new WorkerAnnotateService(nodeWorkerStarter(join(__dirname, WORKER_SCRIPT)), () => new InProcessAnnotateService(), {
    log: (message) => console.warn(message),
  }));
  return activateReadout(context, service);
}

export function deactivate(): void {
  // everything is released through the context's subscriptions
}
