// Hovers on the seed, through vscode.executeHoverProvider: officials (name, role noun),
// quotes (speaker and cue), commitments (kind, actor, trigger), and the link to the first full mention.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import { hoverText, positionOf, readoutApi, showSeedAndWait } from './readoutKit';

describe('hover on the seed readout', () => {
  let api: ReadoutApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await readoutApi();
    document = (await showSeedAndWait(api)).document;
  });

  it('on Cao Jianming: his office and organization', async () => {
    const text = await hoverText(document, positionOf(document, 'Cao Jianming', { after: 'as he met with', shift: 2 }));
    assert.ok(text.includes('Cao Jianming'), text);
    assert.ok(text.includes('Procurator-General'), text);
    assert.ok(text.includes("Supreme People's Procuratorate"), text);
  });

  it('on “the President”: resolves to Aleksandr Lukashenko', async () => {
    const text = await hoverText(document, positionOf(document, 'the President stressed', { shift: 6 }));
    assert.ok(text.includes('Aleksandr Lukashenko'), text);
    assert.ok(text.includes('President'), text);
    assert.match(text, /“the President” \(role reference\) refers to Aleksandr Lukashenko/);
  });

  it('on an official: counts of quotes and commitments with their first words, and a link to the first full mention', async () => {
    const text = await hoverText(document, positionOf(document, 'Aleksandr Lukashenko', { occurrence: 2, shift: 3 }));
    assert.match(text, /5 quotes:/);
    assert.ok(text.includes('“We are going to step up'), text);
    assert.match(text, /\d+ commitments?/);
    const link = /\[Go to first full mention\]\(command:readout\.reveal\?([^)]+)\)/.exec(text);
    assert.ok(link, text);
    const args = JSON.parse(decodeURIComponent(link[1]!)) as [string, number, number];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('readout.reveal', ...args);
    assert.equal(editor.document.getText(editor.selection), 'Aleksandr Lukashenko');
    assert.equal(editor.document.offsetAt(editor.selection.start), document.getText().indexOf('Aleksandr Lukashenko'));
  });

  it('on a quote: its speaker and the cue that decided it', async () => {
    const annotations = await api.getAnnotations(document.uri);
    const quote = annotations?.quotes.find((q) => q.text.startsWith('Today there are many'));
    assert.ok(quote, 'the quote “Today there are many…” is annotated');
    assert.ok(quote.cue, 'the quote has a cue');
    const text = await hoverText(document, document.positionAt(quote.start + 10));
    assert.match(text, /Quote\*\* said by \*\*Aleksandr Lukashenko\*\*/);
    assert.ok(text.includes(document.getText().slice(quote.cue.start, quote.cue.end)), text);
  });

  it('on a commitment: its kind, actor and trigger', async () => {
    const annotations = await api.getAnnotations(document.uri);
    const agreement = annotations?.commitments.find((c) => c.kind === 'agreement');
    assert.ok(agreement, 'the seed has an agreement (“agreed to deepen interagency cooperation”)');
    const text = await hoverText(document, document.positionAt(agreement.trigger.start));
    assert.match(text, /Commitment\*\* \(agreement\)/);
    assert.ok(text.includes(`Trigger: “${document.getText().slice(agreement.trigger.start, agreement.trigger.end)}”`), text);
    assert.match(text, /Actor: /);
  });

  it('has nothing to say between annotations', async () => {
    const text = await hoverText(document, positionOf(document, '• 1'));
    assert.equal(text, '');
  });
});
