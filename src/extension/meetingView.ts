// The Meeting view: the outline of the active readout (viewModel/outline.ts) as a tree in the
// Readout view container, with counts beside each node. Clicking a node reveals and selects it.
import * as vscode from 'vscode';
import type { AnnotationStore, DocumentState, Verdict } from './store';
import { REVEAL_COMMAND, revealArguments } from './reveal';
import type { Annotations } from '../engine/model';
import { buildOutline, type OutlineKind, type OutlineNode } from './viewModel/outline';

export const MEETING_VIEW_ID = 'readout.meeting';
/** Context key holding the active document's verdict, for the view's welcome messages. */
const VERDICT_CONTEXT = 'readout.activeVerdict';

const ICON: Record<OutlineKind, string> = {
  meeting: 'comment-discussion',
  participants: 'organization',
  others: 'account',
  participant: 'person',
  role: 'briefcase',
  turn: 'comment-discussion',
  quote: 'quote',
  paraphrase: 'comment',
  commitment: 'pass',
  outcomes: 'checklist',
};

/** Nodes opened when the tree first shows (turns stay closed: a transcript has dozens). */
const EXPANDED: ReadonlySet<OutlineKind> = new Set(['meeting', 'participants', 'outcomes']);
/** Nodes whose whole range is too large to select: choose their title or first child instead. */
const SELECT_HEAD: ReadonlySet<OutlineKind> = new Set(['meeting', 'participants', 'others', 'outcomes']);

/** A plain copy of the tree as the view shows it, for tests. */
export interface TreeSnapshot {
  label: string;
  description: string;
  /** What clicking the node runs. */
  command: { command: string; arguments: unknown[] } | undefined;
  children: TreeSnapshot[];
}

export class MeetingTreeProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private roots: OutlineNode[] = [];
  /** The model whose tree is not built yet (no worker built it): built when the view first asks. */
  private unbuilt: { annotations: Annotations; text: string } | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<OutlineNode | undefined>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // A non-text editor (settings, a picture) keeps the last readout on show.
        if (editor) this.follow(editor.document);
      }),
      store.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.follow(document);
      }),
      store.onDidForget((key) => {
        if (this.document?.uri.toString() === key) this.follow(undefined);
      }),
      this.changeEmitter,
    );
    this.follow(vscode.window.activeTextEditor?.document);
  }

  /** The document the tree shows. */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const state = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : EXPANDED.has(node.kind)
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label || '(untitled)', state);
    item.id = node.id;
    item.description = node.counts ?? (node.kind === 'commitment' ? node.detail : '');
    item.tooltip = node.detail ? `${node.label}\n${node.detail}` : node.label;
    item.contextValue = node.kind;
    item.iconPath = this.iconFor(node);
    if (this.document) {
      const span = SELECT_HEAD.has(node.kind) ? node.selection : node.range;
      item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: revealArguments(this.document.uri, span) };
    }
    return item;
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    if (node) return node.children;
    if (this.unbuilt) {
      this.roots = [buildOutline(this.unbuilt.annotations, this.unbuilt.text)];
      this.unbuilt = undefined;
    }
    return this.roots;
  }

  /** The tree as labels and descriptions, read through the same provider methods the view uses. */
  snapshot(): TreeSnapshot[] {
    const walk = (nodes: OutlineNode[]): TreeSnapshot[] =>
      nodes.map((node) => {
        const item = this.getTreeItem(node);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        const command = item.command && { command: item.command.command, arguments: item.command.arguments ?? [] };
        return { label, description: String(item.description ?? ''), command, children: walk(this.getChildren(node)) };
      });
    return walk(this.getChildren());
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** Shows the document's meeting: at once when its state is known, else once the engine has answered. */
  private follow(document: vscode.TextDocument | undefined): void {
    const switched = this.document !== document;
    this.document = document;
    if (!document) return this.show(undefined, undefined);
    // another document's tree must not stay on show while this one is computed
    if (switched && !this.store.peek(document)) {
      this.roots = [];
      this.unbuilt = undefined;
      this.changeEmitter.fire(undefined);
    }
    void this.store.withState(document, (state) => {
      if (this.document === document) this.show(document, state);
    });
  }

  private show(document: vscode.TextDocument | undefined, state: DocumentState | undefined): void {
    const annotations = state?.verdict === 'annotated' ? state.annotations : undefined;
    this.roots = document && annotations && state?.outline ? [state.outline] : [];
    this.unbuilt = document && annotations && !state?.outline ? { annotations, text: document.getText() } : undefined;
    const verdict: Verdict | 'none' = state?.verdict ?? 'none';
    void vscode.commands.executeCommand('setContext', VERDICT_CONTEXT, verdict);
    this.changeEmitter.fire(undefined);
  }

  private iconFor(node: OutlineNode): vscode.ThemeIcon | vscode.Uri {
    if (node.commitmentKind) return vscode.Uri.joinPath(this.extensionUri, 'media', `commitment-${node.commitmentKind}.svg`);
    return new vscode.ThemeIcon(ICON[node.kind]);
  }
}

export function registerMeetingView(provider: MeetingTreeProvider): vscode.Disposable {
  const view = vscode.window.createTreeView(MEETING_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const describe = () => {
    const document = provider.shownDocument;
    view.description = document ? document.uri.path.split('/').pop() : undefined;
  };
  describe();
  return vscode.Disposable.from(view, provider.onDidChangeTreeData(describe));
}
