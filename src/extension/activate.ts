// The extension's wiring, shared by its two entries (desktop.ts for the Node extension host,
// web.ts for vscode.dev), which differ only in how they run the engine off the host's thread.
// Each feature lives in its own file and registers itself here.
import { bundleLoadStarted } from './loadClock';
import * as vscode from 'vscode';
import { AnnotationStore } from './store';
import { Highlighter } from './decorations';
import { ReadoutHoverProvider } from './hover';
import { MeetingSymbolProvider } from './symbols';
import { OfficialDefinitionProvider, OfficialReferenceProvider } from './navigation';
import { MeetingTreeProvider, registerMeetingView } from './meetingView';
import { StatusBar } from './statusBar';
import { registerCommands } from './commands';
import { registerExportCommands } from './exportCommands';
import { registerDeclineNotice } from './declineNotice';
import { registerReveal } from './reveal';
import { createApi, type ReadoutApi } from './api';
import type { AnnotateService } from './annotateService/service';

/**
 * Providers answer for every language: which documents are annotated is the store's decision
 * (readout.languages, per-document overrides), and it changes without re-registering.
 */
const ALL_DOCUMENTS: vscode.DocumentSelector = [{ scheme: '*' }];

export function activateReadout(context: vscode.ExtensionContext, service: AnnotateService): ReadoutApi {
  const store = new AnnotationStore(context.workspaceState, service);
  const highlighter = new Highlighter(store, context.extensionUri);
  const meetingTree = new MeetingTreeProvider(store, context.extensionUri);
  const statusBar = new StatusBar(store, highlighter);
  context.subscriptions.push(
    { dispose: () => service.dispose() },
    store,
    highlighter,
    meetingTree,
    statusBar,
    registerMeetingView(meetingTree),
    registerCommands(store, highlighter),
    registerDeclineNotice(store),
    registerReveal(),
    vscode.languages.registerHoverProvider(ALL_DOCUMENTS, new ReadoutHoverProvider(store)),
    vscode.languages.registerDocumentSymbolProvider(ALL_DOCUMENTS, new MeetingSymbolProvider(store), { label: 'Readout' }),
    vscode.languages.registerDefinitionProvider(ALL_DOCUMENTS, new OfficialDefinitionProvider(store)),
    vscode.languages.registerReferenceProvider(ALL_DOCUMENTS, new OfficialReferenceProvider(store)),
  );
  registerExportCommands(context, (document) => store.annotationsOnRequest(document), service);
  return createApi(performance.now() - bundleLoadStarted, store, highlighter, meetingTree, statusBar, service);
}

export function deactivate(): void {
  // everything is released through the context's subscriptions
}
