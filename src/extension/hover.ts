// Hover: on an official's mention (name, role noun, resolved pronoun) who they are, their roles,
// what they said and committed to, and a link to their first full mention; on a quote, its
// speaker and the cue that decided it; on indirect speech likewise; on a commitment its kind,
// actor and trigger. Several can apply at once (a name inside a quote): all are shown.
import * as vscode from 'vscode';
import type { Span } from '../engine/model';
import type { AnnotationStore } from './store';
import { toRange } from './spans';
import { REVEAL_COMMAND, revealArguments } from './reveal';
import { commitmentHover, officialHover, paraphraseHover, quoteHover } from './viewModel/hoverText';
import { mentionAt, touches } from './viewModel/officials';

export class ReadoutHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnnotationStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const annotations = await this.store.annotations(document);
    if (!annotations) return undefined;
    const offset = document.offsetAt(position);
    const text = document.getText();
    const parts: vscode.MarkdownString[] = [];
    let range: Span | undefined;
    const narrowest = (span: Span) => {
      if (!range || span.end - span.start < range.end - range.start) range = span;
    };

    const hit = mentionAt(annotations, offset);
    if (hit) {
      const link = (span: Span) =>
        `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(revealArguments(document.uri, span)))}`;
      const hovered = { kind: hit.mention.kind, text: text.slice(hit.mention.start, hit.mention.end) };
      const markdown = new vscode.MarkdownString(officialHover(annotations, hit.official, link, hovered));
      markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
      parts.push(markdown);
      narrowest(hit.mention);
    }
    for (const commitment of annotations.commitments) {
      if (touches(commitment, offset)) {
        parts.push(new vscode.MarkdownString(commitmentHover(commitment, text)));
        narrowest(commitment);
      }
    }
    for (const quote of annotations.quotes) {
      if (touches(quote, offset)) {
        parts.push(new vscode.MarkdownString(quoteHover(annotations, quote, text)));
        narrowest(quote);
      }
    }
    for (const paraphrase of annotations.paraphrases) {
      if (touches(paraphrase, offset)) {
        parts.push(new vscode.MarkdownString(paraphraseHover(annotations, paraphrase, text)));
        narrowest(paraphrase);
      }
    }
    return range ? new vscode.Hover(parts, toRange(document, range)) : undefined;
  }
}
