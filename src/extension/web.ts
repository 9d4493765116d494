// The extension's entry for the web extension host (vscode.dev): the engine runs in a Web
// Worker, dist/web/annotateWorker.js, loaded from the extension's own URI. No Node built-in here.
import './loadClock'; // first: the activation time includes loading the rest of the bundle
import * as vscode from 'vscode';
import { activateReadout } from './activate';
import type { ReadoutApi } from './api';
import { InProcessAnnotateService } from './annotateService/inProcessService';
import { webWorkerStarter } from './annotateService/webWorker';
import { SizeLanesAnnotateService } from './annotateService/sizeLanes';
import { WorkerAnnotateService } from './annotateService/workerService';

export function activate(context: vscode.ExtensionContext): ReadoutApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'annotateWorker.js');
  // one worker for ordinary readouts, a second for large documents (see sizeLanes.ts)
  const service = new SizeLanesAnnotateService(() => new WorkerAnnotateService(webWorkerStarter(script.toString(true)), () => new InProcessAnnotateService(), {
    log: (message) => console.warn(message),
  }));
  return activateReadout(context, service);
}

export function deactivate(): void {
  // everything is released through the context's subscriptions
}
