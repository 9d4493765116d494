// The Meeting view: its tree (read through the view's data provider, via the extension's API)
// follows the active editor, lists the participants, and clicking a node selects its text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import type { TreeSnapshot } from '../../src/extension/meetingView';
import { readoutApi, showSeedAndWait, waitFor } from './readoutKit';

function find(nodes: TreeSnapshot[], label: string): TreeSnapshot | undefined {
  for (const node of nodes) {
    if (node.label === label) return node;
    const inside = find(node.children, label);
    if (inside) return inside;
  }
  return undefined;
}

describe('Meeting view', () => {
  let api: ReadoutApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await readoutApi();
    document = (await showSeedAndWait(api)).document;
    await vscode.commands.executeCommand('workbench.view.extension.readout');
  });

  it('shows the seed meeting with its participants and counts', () => {
    const tree = api.meetingTree();
    assert.equal(tree.length, 1, JSON.stringify(tree));
    assert.match(tree[0]!.label, /^Meeting with Procurator-General/);
    const participants = find(tree, 'Participants');
    assert.ok(participants, 'no Participants node');
    assert.deepEqual(participants.children.map((c) => c.label).sort(), ['Aleksandr Lukashenko', 'Cao Jianming']);
    assert.equal(participants.description, '2');
    assert.match(find(participants.children, 'Aleksandr Lukashenko')!.description, /5 quotes/);
  });

  it('reveals and selects a node’s text when it is clicked', async () => {
    const cao = find(find(api.meetingTree(), 'Participants')!.children, 'Cao Jianming');
    assert.ok(cao?.command, 'the node has no command');
    await vscode.commands.executeCommand(cao.command.command, ...cao.command.arguments);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), document.uri.toString());
    assert.match(editor.document.getText(editor.selection), /Cao Jianming/);
  });

  it('follows the active editor', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Shopping list: bread, milk.' });
    await vscode.window.showTextDocument(other);
    assert.ok(await waitFor(() => api.meetingTree().length === 0), 'the tree still shows the seed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(document);
    assert.ok(await waitFor(() => api.meetingTree().length === 1), 'the tree does not show the seed again');
  });
});
