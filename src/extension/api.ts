// What activate() returns: a small API for other extensions and for the integration tests,
// which cannot otherwise read decorations, timings or the Meeting view's tree.
import * as vscode from 'vscode';
import type { Annotations } from '../engine/model';
import type { AnnotationStore, Verdict } from './store';
import type { AppliedHighlight, DecorationTiming, Highlighter } from './decorations';
import type { MeetingTreeProvider, TreeSnapshot } from './meetingView';
import type { StatusBar } from './statusBar';

export interface ReadoutApi {
  /** Milliseconds from the start of loading the extension's code to the end of activate(). */
  readonly activationMs: number;
  /** The annotations the features show for an open document (undefined if it is not annotated). */
  getAnnotations(uri: vscode.Uri): Annotations | undefined;
  /** What the store decided for an open document, and why (`closed` when it is not open). */
  documentState(uri: vscode.Uri): { verdict: Verdict | 'closed'; message?: string };
  /** Whether the store still holds state for the URI (closing frees it). */
  isTracked(uri: vscode.Uri): boolean;
  /** The last painting: engine time, decoration time, and open-to-decorated time on a first painting. */
  lastDecorationTiming(): DecorationTiming | undefined;
  /** The highlights last painted in the document. */
  appliedDecorations(uri: vscode.Uri): AppliedHighlight[];
  highlightsEnabled(): boolean;
  /** The Meeting view's tree, read through its data provider. */
  meetingTree(): TreeSnapshot[];
  /** The status bar item's text, undefined when hidden. */
  statusBarText(): string | undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

export function createApi(
  activationMs: number,
  store: AnnotationStore,
  highlighter: Highlighter,
  meetingTree: MeetingTreeProvider,
  statusBar: StatusBar,
): ReadoutApi {
  return {
    activationMs,
    getAnnotations: (uri) => {
      const document = openDocument(uri);
      return document && store.annotations(document);
    },
    documentState: (uri) => {
      const document = openDocument(uri);
      if (!document) return { verdict: 'closed' };
      const state = store.state(document);
      return state.message === undefined ? { verdict: state.verdict } : { verdict: state.verdict, message: state.message };
    },
    isTracked: (uri) => store.isTracked(uri),
    lastDecorationTiming: () => highlighter.lastTiming(),
    appliedDecorations: (uri) => highlighter.appliedTo(uri),
    highlightsEnabled: () => highlighter.highlightsEnabled,
    meetingTree: () => meetingTree.snapshot(),
    statusBarText: () => statusBar.text,
  };
}
