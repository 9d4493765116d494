// The Outline (vscode.executeDocumentSymbolProvider) of the seed: title and date, the two
// participants with their roles, the turns with their six quotes under the right speakers,
// the outcomes; every range valid.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import { readoutApi, showSeedAndWait } from './readoutKit';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('outline (document symbols) of the seed readout', () => {
  let api: ReadoutApi;
  let document: vscode.TextDocument;
  let root: vscode.DocumentSymbol | undefined;

  before(async () => {
    api = await readoutApi();
    document = (await showSeedAndWait(api)).document;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    root = symbols?.find((s) => s.kind === vscode.SymbolKind.Namespace);
  });

  it('starts from the title, with the date beside it', () => {
    assert.ok(root, 'no meeting symbol');
    assert.equal(root.name, "Meeting with Procurator-General of the Supreme People's Procuratorate of China Cao Jianming");
    assert.match(root.detail, /10 April/);
  });

  it('lists both participants with their roles', () => {
    const participants = root?.children.find((s) => s.name === 'Participants');
    assert.ok(participants, 'no Participants group');
    assert.deepEqual(participants.children.map((s) => s.name).sort(), ['Aleksandr Lukashenko', 'Cao Jianming']);
    const cao = participants.children.find((s) => s.name === 'Cao Jianming')!;
    assert.match(cao.detail, /Procurator-General/);
    assert.ok(cao.children.some((r) => r.kind === vscode.SymbolKind.Property && r.name.includes('Procurator-General')));
  });

  it('puts the six quotes under the right turns: five for Lukashenko, one for Cao Jianming', () => {
    const turns = root?.children.filter((s) => s.kind === vscode.SymbolKind.Event) ?? [];
    const quotesOf = (speaker: string) =>
      turns
        .filter((t) => t.name === speaker)
        .flatMap((t) => t.children.filter((c) => c.kind === vscode.SymbolKind.String))
        .map((q) => document.getText(q.range));
    const lukashenko = quotesOf('Aleksandr Lukashenko');
    const cao = quotesOf('Cao Jianming');
    assert.equal(lukashenko.length + cao.length, 6, JSON.stringify({ lukashenko, cao }));
    assert.equal(lukashenko.length, 5);
    for (const opening of ['We are going to step up', 'This also pertains', 'Taking into account', 'Today there are many', 'Organized crime']) {
      assert.ok(lukashenko.some((q) => q.startsWith(`“${opening}`)), `Lukashenko's turn lacks “${opening}…”`);
    }
    assert.deepEqual(cao.map((q) => q.slice(0, 21)), ['“We are very grateful']);
    assert.ok(turns.findIndex((t) => t.name === 'Aleksandr Lukashenko') < turns.findIndex((t) => t.name === 'Cao Jianming'), 'turns out of order');
  });

  it('ends with the outcomes: the agreement', () => {
    const outcomes = root?.children[root.children.length - 1];
    assert.equal(outcomes?.name, 'Outcomes');
    assert.ok(outcomes!.children.some((c) => document.getText(c.range).includes('agreed to deepen interagency cooperation')));
  });

  it('gives every symbol a selection range inside its range, inside the document', () => {
    assert.ok(root);
    const whole = new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length));
    for (const s of flatten([root])) {
      assert.ok(s.range.contains(s.selectionRange), `${s.name}: selection outside its range`);
      assert.ok(whole.contains(s.range), `${s.name}: outside the document`);
    }
  });
});
