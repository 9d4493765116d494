// The extension's entry: wiring only. Each feature lives in its own file and registers itself here.
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

/**
 * Providers answer for every language: which documents are annotated is the store's decision
 * (readout.languages, per-document overrides), and it changes without re-registering.
 */
const ALL_DOCUMENTS: vscode.DocumentSelector = [{ scheme: '*' }];

export function activate(context: vscode.ExtensionContext): ReadoutApi {
  const store = new AnnotationStore(context.workspaceState);
  const highlighter = new Highlighter(store, context.extensionUri);
  const meetingTree = new MeetingTreeProvider(store, context.extensionUri);
  const statusBar = new StatusBar(store, highlighter);
  context.subscriptions.push(
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
  registerExportCommands(context, (document) => store.annotationsOnRequest(document));
  return createApi(performance.now() - bundleLoadStarted, store, highlighter, meetingTree, statusBar);
}

export function deactivate(): void {
  // everything is released through the context's subscriptions
}
