// Go to Definition and Find All References on officials in the seed, through the VS Code API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../src/extension/api';
import { positionOf, readoutApi, showSeedAndWait } from './readoutKit';

type Target = vscode.Location | vscode.LocationLink;
const rangeOf = (t: Target) => ('targetRange' in t ? (t.targetSelectionRange ?? t.targetRange) : t.range);

describe('navigation between the mentions of an official', () => {
  let api: ReadoutApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await readoutApi();
    document = (await showSeedAndWait(api)).document;
  });

  it('Go to Definition on “he” (in “he said” after his quote) lands on Cao Jianming', async () => {
    const he = positionOf(document, 'he said', { after: 'warm and hospitable' });
    const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', document.uri, he);
    assert.equal(targets.length, 1, JSON.stringify(targets));
    assert.equal(document.getText(rangeOf(targets[0]!)), 'Cao Jianming');
  });

  it('Go to Definition on “the President” lands on Aleksandr Lukashenko’s first full mention', async () => {
    const targets = await vscode.commands.executeCommand<Target[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'the President stressed', { shift: 5 }));
    assert.equal(targets.length, 1);
    const range = rangeOf(targets[0]!);
    assert.equal(document.getText(range), 'Aleksandr Lukashenko');
    assert.equal(document.offsetAt(range.start), document.getText().indexOf('Aleksandr Lukashenko'));
  });

  it('Find All References lists every mention: names, role nouns and pronouns', async () => {
    const lukashenko = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, 'Aleksandr Lukashenko', { shift: 1 }));
    const texts = lukashenko.map((l) => document.getText(l.range));
    assert.ok(texts.includes('Aleksandr Lukashenko'), JSON.stringify(texts));
    assert.ok(texts.some((t) => /^the President$/i.test(t)), JSON.stringify(texts));
    assert.ok(texts.includes('the Belarusian head of state'), JSON.stringify(texts));
    const cao = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, 'Cao Jianming', { shift: 1 }));
    const caoTexts = cao.map((l) => document.getText(l.range));
    assert.ok(caoTexts.includes('he'), `the pronoun in “he said” is a reference: ${JSON.stringify(caoTexts)}`);
    assert.ok(caoTexts.filter((t) => t === 'Cao Jianming').length >= 3, JSON.stringify(caoTexts));
  });

  it('finds nothing on a word that is not an official', async () => {
    const targets = await vscode.commands.executeCommand<Target[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'crime prevention', { shift: 2 }));
    assert.deepEqual(targets, []);
  });
});
