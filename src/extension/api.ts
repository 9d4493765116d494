// What activate() returns: a small API for other extensions and for the integration tests,
// which cannot otherwise read decorations, timings or the Meeting view's tree.
import * as vscode from 'vscode';
import type { Annotations } from '../engine/model';
import type { AnnotationStore, Verdict } from './store';
import type { AnnotateService, Backend } from './annotateService/service';
import type { AppliedHighlight, DecorationTiming, Highlighter } from './decorations';
import type { MeetingTreeProvider, TreeSnapshot } from './meetingView';
import type { StatusBar } from './statusBar';

export interface DocumentStateReport {
  verdict: Verdict | 'closed';
  message?: string;
  backend?: Backend;
  annotateMs?: number;
  receiveMs?: number;
}

export interface ReadoutApi {
  /** Milliseconds from the start of loading the extension's code to the end of activate(). */
  readonly activationMs: number;
  /** The annotations the features show for an open document as it is now (undefined if it is not annotated). */
  getAnnotations(uri: vscode.Uri): Promise<Annotations | undefined>;
  /**
   * What the store decided for an open document as it is now, and why (`closed` when it is not
   * open); for an annotated document, where the engine ran and its time.
   */
  documentState(uri: vscode.Uri): Promise<DocumentStateReport>;
  /** Where the engine runs now: `worker` (off the extension host's thread) or `in-process`. */
  annotateBackend(): Backend;
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
  service: AnnotateService,
): ReadoutApi {
  return {
    activationMs,
    getAnnotations: async (uri) => {
      const document = openDocument(uri);
      return document && store.annotations(document);
    },
    documentState: async (uri) => {
      const document = openDocument(uri);
      if (!document) return { verdict: 'closed' };
      const { verdict, message, backend, annotateMs, receiveMs } = await store.state(document);
      const report: DocumentStateReport = { verdict };
      if (message !== undefined) report.message = message;
      if (backend !== undefined) Object.assign(report, { backend, annotateMs, receiveMs });
      return report;
    },
    annotateBackend: () => service.backend,
    isTracked: (uri) => store.isTracked(uri),
    lastDecorationTiming: () => highlighter.lastTiming(),
    appliedDecorations: (uri) => highlighter.appliedTo(uri),
    highlightsEnabled: () => highlighter.highlightsEnabled,
    meetingTree: () => meetingTree.snapshot(),
    statusBarText: () => statusBar.text,
  };
}
