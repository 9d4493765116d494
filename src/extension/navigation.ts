// Go to Definition and Find All References for officials: the definition is the first full
// mention (the first of the longest name mentions); references are every mention, role nouns
// (`the President`) and resolved pronouns (`he`) included.
import * as vscode from 'vscode';
import type { AnnotationStore } from './store';
import { toRange } from './spans';
import { firstFullMention, mentionAt, mentionsInOrder } from './viewModel/officials';

export class OfficialDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const annotations = await this.store.annotations(document);
    const hit = annotations && mentionAt(annotations, document.offsetAt(position));
    const definition = hit && firstFullMention(hit.official);
    return definition ? new vscode.Location(document.uri, toRange(document, definition)) : undefined;
  }
}

export class OfficialReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): Promise<vscode.Location[] | undefined> {
    const annotations = await this.store.annotations(document);
    const hit = annotations && mentionAt(annotations, document.offsetAt(position));
    if (!hit) return undefined;
    const definition = firstFullMention(hit.official);
    return mentionsInOrder(hit.official)
      .filter((m) => context.includeDeclaration || m !== definition)
      .map((m) => new vscode.Location(document.uri, toRange(document, m)));
  }
}
